// Logging in through the real server: CSRF on every form, lockout, session rotation, logout, API tokens.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { MAX_FAILURES } from '../../src/auth/login.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: login, CSRF and tokens over HTTP`, () => {
  let s: TestServer;
  let agency: { code: string };
  before(async () => {
    s = await startTestServer();
    agency = await buildAgency(s);
  });
  after(async () => {
    await s.close();
  });
  const auditCount = async () =>
    Number(
      (
        await s.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  test('a clerk logs in, gets a new session cookie, sees the back office, and logs out', async () => {
    const u = await buildStaff(s, agency.code, ['clerk']);
    const c = new Client(s.url);
    assert.equal((await c.get('/admin')).res.headers.get('location'), '/login?next=%2Fadmin');
    const r = await c.login(u.username, u.password);
    assert.equal(r.location, '/admin');
    const cookie = r.res.headers.getSetCookie().find((x) => x.startsWith('gk_session='))!;
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    const home = await c.get('/admin');
    assert.equal(home.status, 200);
    assert.match(home.text, /工作台/);
    const first = c.cookie('gk_session');
    await c.postForm('/login', { username: u.username, password: u.password }, { from: '/admin' });
    assert.notEqual(c.cookie('gk_session'), first, 'the session is rotated at login');
    const out = await c.postForm('/logout', {}, { from: '/admin' });
    assert.equal(out.status, 303);
    assert.equal((await c.get('/admin')).status, 303);
  });

  test('a form posted without its CSRF token, or with a forged one, is refused and writes nothing', async () => {
    const admin = await buildStaff(s, agency.code, ['admin']);
    const c = new Client(s.url);
    await c.login(admin.username, admin.password);
    const before = await auditCount();
    const fields = { username: 'csrf-victim', displayName: '受害者', password: 'long-enough-pass', roles: 'clerk' };
    for (const csrf of [false, 'forged-token'] as const) {
      const r = await c.postForm('/admin/users', fields, { csrf });
      assert.equal(r.status, 403);
      assert.ok(hasChinese(r.text));
    }
    assert.equal(
      await s.db.selectFrom('users').select('id').where('username', '=', 'csrf-victim').executeTakeFirst(),
      undefined,
    );
    const login = await new Client(s.url).postForm(
      '/login',
      { username: admin.username, password: admin.password },
      { csrf: false },
    );
    assert.equal(login.status, 403, 'the login form needs its token too');
    // Only the refusals themselves are recorded.
    const after = await s.db.selectFrom('audit_log').select('action').where('seq', '>', before).execute();
    assert.ok(after.every((x) => x.action === 'access.denied'));
  });

  test('a session-authenticated API write needs the X-CSRF-Token header', async () => {
    const admin = await buildStaff(s, agency.code, ['admin']);
    const c = new Client(s.url);
    await c.login(admin.username, admin.password);
    const body = { username: 'via-api', displayName: '接口', password: 'long-enough-pass', roles: ['clerk'] };
    assert.equal((await c.json(`/api/v1/agencies/${agency.code}/users`, { method: 'POST', body })).status, 403);
    const csrf = await c.csrf('/admin/account');
    const ok = await c.json(`/api/v1/agencies/${agency.code}/users`, {
      method: 'POST',
      body,
      headers: { 'x-csrf-token': csrf },
    });
    assert.equal(ok.status, 201);
    assert.deepEqual(ok.body.roles, ['clerk']);
  });

  test(`after ${MAX_FAILURES} wrong passwords the login page says the account is locked`, async () => {
    const u = await buildStaff(s, agency.code, ['clerk']);
    const c = new Client(s.url);
    let last = { status: 0, text: '' };
    for (let i = 0; i < MAX_FAILURES; i++)
      last = await c.postForm('/login', { username: u.username, password: 'wrong-password' });
    assert.equal(last.status, 423);
    assert.match(last.text, /账号已锁定/);
    const right = await c.postForm('/login', { username: u.username, password: u.password });
    assert.equal(right.status, 423);
  });

  test('a personal API token reads the API until it is revoked', async () => {
    const u = await buildStaff(s, agency.code, ['clerk']);
    const c = new Client(s.url);
    await c.login(u.username, u.password);
    const page = await c.postForm('/admin/account/tokens', { name: '测试对接' }, { from: '/admin/account' });
    assert.equal(page.status, 201);
    const token = /gk_[\w-]+/.exec(page.text)![0];
    const me = await new Client(s.url).json('/api/v1/me', { token });
    assert.deepEqual([me.status, me.body.username], [200, u.username]);
    const row = await s.db
      .selectFrom('api_tokens')
      .select(['id', 'token_hash'])
      .where('prefix', '=', token.slice(0, 7))
      .executeTakeFirstOrThrow();
    assert.notEqual(row.token_hash, token, 'only the hash is stored');
    await c.postForm(`/admin/account/tokens/${row.id}/revoke`, {}, { from: '/admin/account' });
    const gone = await new Client(s.url).json('/api/v1/me', { token });
    assert.equal(gone.status, 401);
    assert.ok(hasChinese(gone.body.error.message));
  });

  test('the OpenAPI document lists every API route', async () => {
    const { API_ROUTES } = await import('../../src/api/routes.ts');
    const doc = (await new Client(s.url).json('/api/v1/openapi.json')).body;
    assert.equal(doc.openapi, '3.1.0');
    for (const r of API_ROUTES) assert.ok(doc.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`);
  });

  test('pages carry a strict content security policy and no inline scripts', async () => {
    const r = await new Client(s.url).get('/');
    const csp = r.res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /upgrade-insecure-requests/);
    assert.doesNotMatch(r.text, /<script/);
    assert.equal(r.res.headers.get('x-content-type-options'), 'nosniff');
  });
});
