import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from './config.ts';

const base = { GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_DATA_DIR: './data-test-unused' };

test('annual-report due dates are configured per level; without them the clock keeps its defaults', () => {
  assert.deepEqual(loadConfig(base).reportDue, {});
  assert.deepEqual(loadConfig({ ...base, GONGKAI_REPORT_DUE: 'township=02-20, street=2-20' }).reportDue, {
    township: { month: 2, day: 20 },
    street: { month: 2, day: 20 },
  });
});

test('a due date that does not exist every year, or an unknown level, is refused with a Chinese message', () => {
  assert.throws(() => loadConfig({ ...base, GONGKAI_REPORT_DUE: 'township=02-29' }), /不存在的日期/);
  assert.throws(() => loadConfig({ ...base, GONGKAI_REPORT_DUE: 'village=01-31' }), /GONGKAI_REPORT_DUE 形如/);
});

test('the base URL for links in mail drops a trailing slash, defaults to this host and port, and must be an http(s) address', () => {
  assert.equal(
    loadConfig({ ...base, GONGKAI_BASE_URL: 'https://gk.example.gov.cn/' }).baseUrl,
    'https://gk.example.gov.cn',
  );
  assert.equal(
    loadConfig({ ...base, GONGKAI_BASE_URL: 'https://example.gov.cn/gongkai' }).baseUrl,
    'https://example.gov.cn/gongkai',
  );
  assert.equal(loadConfig({ ...base, PORT: '8080' }).baseUrl, 'http://localhost:8080');
  assert.throws(
    () => loadConfig({ ...base, GONGKAI_BASE_URL: 'gk.example.gov.cn' }),
    /GONGKAI_BASE_URL 应为网站的访问地址/,
  );
});

test('the portal footer identifiers are read from the environment and empty when unset', () => {
  assert.deepEqual(
    loadConfig({
      ...base,
      GONGKAI_SITE_CODE: '4307000001',
      GONGKAI_ICP: '湘ICP备05000001号',
      GONGKAI_PSB: '湘公网安备 43070202000001号',
    }).site,
    { code: '4307000001', icp: '湘ICP备05000001号', psb: '湘公网安备 43070202000001号' },
  );
  assert.deepEqual(loadConfig(base).site, { code: '', icp: '', psb: '' });
});

test('X-Forwarded-For is trusted from nobody unless GONGKAI_TRUST_PROXY names the proxy (addresses, networks or a hop count)', () => {
  assert.equal(loadConfig(base).trustProxy, false);
  assert.equal(loadConfig({ ...base, GONGKAI_TRUST_PROXY: '1' }).trustProxy, 1);
  assert.deepEqual(loadConfig({ ...base, GONGKAI_TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,loopback,::1' }).trustProxy, [
    '10.0.0.5',
    '192.168.0.0/16',
    'loopback',
    '::1',
  ]);
  assert.throws(() => loadConfig({ ...base, GONGKAI_TRUST_PROXY: 'true' }), /GONGKAI_TRUST_PROXY/);
  assert.throws(() => loadConfig({ ...base, GONGKAI_TRUST_PROXY: '10.0.0.300' }), /GONGKAI_TRUST_PROXY/);
});
