// A multipart body whose boundary is missing, wrong or cut short, sent to every route that accepts a body (API and
// forms, staff and public): a 400 with a Chinese message (JSON on the API), never a 500, and nothing written.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { routeTable } from '../../src/http/server.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

const BROKEN: Array<{ name: string; type: string; body: string }> = [
  {
    name: 'no boundary parameter',
    type: 'multipart/form-data',
    body: '--XYZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--XYZ--\r\n',
  },
  {
    name: 'a boundary the body does not use',
    type: 'multipart/form-data; boundary=XYZ',
    body: '--OTHER\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--OTHER--\r\n',
  },
  {
    name: 'a body cut off before its closing boundary',
    type: 'multipart/form-data; boundary=XYZ',
    body: '--XYZ\r\nContent-Disposition: form-data; name="name"\r\n\r\n张',
  },
  { name: 'no parts at all', type: 'multipart/form-data; boundary=XYZ', body: 'garbage' },
];

describe(`${DIALECT}: a broken multipart body is a Chinese 400 on every write route`, () => {
  let s: TestServer;
  let token: string;
  let code: string;
  before(async () => {
    s = await startTestServer();
    code = (await buildAgency(s)).code;
    const admin = await buildStaff(s, code, ['admin', 'clerk']);
    const c = new Client(s.url);
    await c.login(admin.username, admin.password);
    token = /gk_[\w-]+/.exec(
      (await c.postForm('/admin/account/tokens', { name: '测试' }, { from: '/admin/account' })).text,
    )![0];
  });
  after(async () => {
    await s.close();
  });

  const fill = (url: string) =>
    url
      .replace(':code', code)
      .replace(':number', 'YS203101010001')
      .replace(/:[a-z]+/gi, '1');

  test('every POST, PUT and DELETE route answers 400 in Chinese and the audit log stays as it was', async () => {
    const writes = routeTable(s.app).filter((r) => r.method !== 'GET');
    assert.ok(writes.length > 40, `only ${writes.length} write routes found`);
    const auditBefore = (
      await s.db.selectFrom('audit_log').select('seq').where('action', '!=', 'access.denied').execute()
    ).length;
    const wrong: string[] = [];
    for (const r of writes) {
      for (const b of BROKEN) {
        const res = await fetch(s.url + fill(r.url), {
          method: r.method,
          headers: { 'content-type': b.type, authorization: `Bearer ${token}` },
          body: b.body,
        });
        const text = await res.text();
        if (res.status !== 400 || !hasChinese(text) || (r.url.startsWith('/api/') && !text.startsWith('{"error"')))
          wrong.push(`${r.method} ${r.url} (${b.name}): ${res.status} ${text.slice(0, 80)}`);
      }
    }
    assert.deepEqual(wrong, []);
    assert.equal(
      (await s.db.selectFrom('audit_log').select('seq').where('action', '!=', 'access.denied').execute()).length,
      auditBefore,
    );
  });
});
