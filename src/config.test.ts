import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadConfig } from './config.ts';

const base = { GONGKAI_SECRET: 'x'.repeat(40), GONGKAI_DATA_DIR: './data-test-unused' };

test('annual-report due dates are configured per level; without them the clock keeps its defaults', () => {
  assert.deepEqual(loadConfig(base).reportDue, {});
  assert.deepEqual(loadConfig({ ...base, GONGKAI_REPORT_DUE: 'township=02-20, street=2-20' }).reportDue, { township: { month: 2, day: 20 }, street: { month: 2, day: 20 } });
});

test('a due date that does not exist every year, or an unknown level, is refused with a Chinese message', () => {
  assert.throws(() => loadConfig({ ...base, GONGKAI_REPORT_DUE: 'township=02-29' }), /不存在的日期/);
  assert.throws(() => loadConfig({ ...base, GONGKAI_REPORT_DUE: 'village=01-31' }), /GONGKAI_REPORT_DUE 形如/);
});

test('X-Forwarded-For is trusted from nobody unless GONGKAI_TRUST_PROXY names the proxy (addresses, networks or a hop count)', () => {
  assert.equal(loadConfig(base).trustProxy, false);
  assert.equal(loadConfig({ ...base, GONGKAI_TRUST_PROXY: '1' }).trustProxy, 1);
  assert.deepEqual(loadConfig({ ...base, GONGKAI_TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,loopback,::1' }).trustProxy, ['10.0.0.5', '192.168.0.0/16', 'loopback', '::1']);
  assert.throws(() => loadConfig({ ...base, GONGKAI_TRUST_PROXY: 'true' }), /GONGKAI_TRUST_PROXY/);
  assert.throws(() => loadConfig({ ...base, GONGKAI_TRUST_PROXY: '10.0.0.300' }), /GONGKAI_TRUST_PROXY/);
});
