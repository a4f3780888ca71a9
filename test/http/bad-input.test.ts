// Bad input to every form and API route: empty, oversized, wrong types, broken UTF-8. Each gets a 4xx with a
// Chinese message, and nothing is written (the tables and the audit log, but for recorded refusals, stay as they were).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

type Case = { name: string; path: string; body: string | Uint8Array; type: string; auth: 'session' | 'token' | 'none' };

describe(`${DIALECT}: bad input gets a Chinese 4xx and writes nothing`, () => {
  let s: TestServer;
  let admin: Client;
  let csrf: string;
  let token: string;
  let code: string;
  let userId: number;

  before(async () => {
    s = await startTestServer();
    const agency = await buildAgency(s);
    code = agency.code;
    const a = await buildStaff(s, code, ['admin']);
    userId = (await buildStaff(s, code, ['clerk'])).id;
    admin = new Client(s.url);
    await admin.login(a.username, a.password);
    const page = await admin.postForm('/admin/account/tokens', { name: '测试' }, { from: '/admin/account' });
    token = /gk_[\w-]+/.exec(page.text)![0];
    csrf = await admin.csrf('/admin/account');
  });
  after(async () => {
    await s.close();
  });

  const snapshot = async () => ({
    // A refusal (e.g. a form posted as JSON has no CSRF token) is itself audited as access.denied; nothing else may be.
    audit: (await s.db.selectFrom('audit_log').select('seq').where('action', '!=', 'access.denied').execute()).length,
    users: await s.db
      .selectFrom('users')
      .select(['id', 'username', 'display_name', 'password_hash', 'disabled'])
      .orderBy('id')
      .execute(),
    roles: await s.db.selectFrom('user_roles').selectAll().orderBy('user_id').orderBy('role').execute(),
    tokens: await s.db.selectFrom('api_tokens').select(['id', 'name', 'revoked_at']).orderBy('id').execute(),
  });

  const form = (fields: Record<string, string | string[]>, raw = '') => {
    const p = new URLSearchParams({ _csrf: csrf });
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) p.append(k, x);
    return p.toString() + raw;
  };
  const huge = 'x'.repeat(1024 * 1024 + 10);
  const long = '长'.repeat(5000);
  const FORM = 'application/x-www-form-urlencoded';
  const JSON_T = 'application/json';

  const formRoutes = (): Array<{ path: string; good: Record<string, string> }> => [
    { path: '/login', good: { username: 'someone', password: 'x' } },
    {
      path: '/admin/users',
      good: { username: 'newuser', displayName: '新人', password: 'long-enough-pass', roles: 'clerk' },
    },
    { path: `/admin/users/${userId}/roles`, good: { roles: 'clerk' } },
    { path: '/admin/account/password', good: { current: 'x', next: 'long-enough-pass', confirm: 'long-enough-pass' } },
    { path: '/admin/account/tokens', good: { name: '用途' } },
  ];

  const cases = (): Case[] => {
    const out: Case[] = [];
    for (const r of formRoutes()) {
      const firstKey = Object.keys(r.good)[0]!;
      out.push(
        { name: `${r.path} empty`, path: r.path, body: form({}), type: FORM, auth: 'session' },
        {
          name: `${r.path} oversized body`,
          path: r.path,
          body: `${form(r.good)}&pad=${huge}`,
          type: FORM,
          auth: 'session',
        },
        {
          name: `${r.path} oversized field`,
          path: r.path,
          body: form({ ...r.good, [firstKey]: long, name: long, displayName: long }),
          type: FORM,
          auth: 'session',
        },
        {
          name: `${r.path} repeated field (wrong type)`,
          path: r.path,
          body: form({ ...r.good, [firstKey]: ['a', 'b'] }),
          type: FORM,
          auth: 'session',
        },
        {
          name: `${r.path} broken percent-encoded UTF-8`,
          path: r.path,
          body: form(r.good, `&${firstKey}=%FF%FE`),
          type: FORM,
          auth: 'session',
        },
        {
          name: `${r.path} raw invalid UTF-8 bytes`,
          path: r.path,
          body: Buffer.concat([Buffer.from(`${form(r.good)}&x=`), Buffer.from([0xff, 0xfe, 0xc3])]),
          type: FORM,
          auth: 'session',
        },
        { name: `${r.path} JSON instead of a form`, path: r.path, body: '{"a":1}', type: JSON_T, auth: 'session' },
        { name: `${r.path} unsupported content type`, path: r.path, body: 'abc', type: 'text/plain', auth: 'session' },
      );
    }
    const api = `/api/v1/agencies/${code}/users`;
    const good = { username: 'apiuser', displayName: '接口', password: 'long-enough-pass', roles: ['clerk'] };
    out.push(
      { name: 'API empty body', path: api, body: '', type: JSON_T, auth: 'token' },
      { name: 'API empty object', path: api, body: '{}', type: JSON_T, auth: 'token' },
      { name: 'API not JSON', path: api, body: '{username:', type: JSON_T, auth: 'token' },
      { name: 'API array instead of object', path: api, body: '[]', type: JSON_T, auth: 'token' },
      {
        name: 'API wrong types',
        path: api,
        body: JSON.stringify({ username: 12, displayName: ['a'], password: true, roles: 'nope' }),
        type: JSON_T,
        auth: 'token',
      },
      {
        name: 'API unknown field',
        path: api,
        body: JSON.stringify({ ...good, isRoot: true }),
        type: JSON_T,
        auth: 'token',
      },
      {
        name: 'API oversized field',
        path: api,
        body: JSON.stringify({ ...good, displayName: long }),
        type: JSON_T,
        auth: 'token',
      },
      {
        name: 'API oversized body',
        path: api,
        body: JSON.stringify({ ...good, pad: huge }),
        type: JSON_T,
        auth: 'token',
      },
      {
        name: 'API invalid UTF-8',
        path: api,
        body: Buffer.concat([Buffer.from('{"username":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]),
        type: JSON_T,
        auth: 'token',
      },
      {
        name: 'API bad role',
        path: api,
        body: JSON.stringify({ ...good, roles: ['root'] }),
        type: JSON_T,
        auth: 'token',
      },
      {
        name: 'API bad agency code',
        path: '/api/v1/agencies/BAD!!/users',
        body: JSON.stringify(good),
        type: JSON_T,
        auth: 'token',
      },
    );
    return out;
  };

  test('every form and API route refuses each kind of bad input', async () => {
    for (const c of cases()) {
      const before = await snapshot();
      const headers: Record<string, string> = {
        'content-type': c.type,
        accept: c.path.startsWith('/api/') ? JSON_T : 'text/html',
      };
      if (c.auth === 'token') headers.authorization = `Bearer ${token}`;
      const res = await admin.request(c.path, { method: 'POST', body: c.body as BodyInit, headers });
      const text = await res.text();
      assert.ok(res.status >= 400 && res.status < 500, `${c.name}: got ${res.status}`);
      assert.ok(hasChinese(text), `${c.name}: message should be Chinese: ${text.slice(0, 120)}`);
      assert.deepEqual(await snapshot(), before, `${c.name}: nothing is written`);
    }
  });

  test('a bad id in a path is simply not found', async () => {
    for (const path of [
      '/admin/users/abc',
      '/admin/users/0',
      '/admin/users/99999999999',
      '/admin/users/9999999999',
      '/admin/users/2147483648',
      '/admin/agencies/NOPE!',
    ]) {
      const r = await admin.get(path);
      assert.equal(r.status, 404, path);
      assert.ok(hasChinese(r.text));
    }
    for (const path of [
      '/admin/users/abc/roles',
      '/admin/users/-1/unlock',
      '/admin/account/tokens/x/revoke',
      '/admin/users/999999/disable',
    ]) {
      const r = await admin.postForm(path, {}, { csrf });
      assert.equal(r.status, 404, path);
    }
  });

  test('a bad query parameter gets a Chinese 400', async () => {
    for (const q of ['limit=abc', 'limit=0', 'limit=100000', 'before=-3']) {
      const r = await admin.json(`/api/v1/audit?${q}`, { token });
      assert.equal(r.status, 400, q);
      assert.ok(hasChinese(r.body.error.message), q);
    }
  });

  test('a form with errors is shown again with a message beside the field', async () => {
    const r = await admin.postForm(
      '/admin/users',
      { username: 'A!', displayName: '', password: 'short', roles: 'clerk' },
      { csrf },
    );
    assert.equal(r.status, 400);
    assert.match(r.text, /id="f-username-err">登录名须为/);
    assert.match(r.text, /id="f-password-err">密码至少 10 位/);
    assert.match(r.text, /value="A!"/);
  });
});
