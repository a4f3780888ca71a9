// Agency isolation through pages and API: staff of agency A never read or change anything of agency B; a supervisor
// reads below its agency but never writes there; refusals are audited where they are decisions.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: agency isolation over HTTP`, () => {
  let s: TestServer;
  let a: { code: string }, b: { code: string }, county: { code: string };
  let bUser: { id: number; username: string };
  let clerkA: Client, adminA: Client, supervisor: Client;
  let adminAToken: string;

  before(async () => {
    s = await startTestServer();
    county = await buildAgency(s, { kind: 'county' });
    a = await buildAgency(s, { parent: county.code });
    b = await buildAgency(s, { parent: county.code });
    const ca = await buildStaff(s, a.code, ['clerk']);
    const aa = await buildStaff(s, a.code, ['admin']);
    bUser = await buildStaff(s, b.code, ['clerk', 'admin']);
    const sup = await buildStaff(s, county.code, ['supervisor']);
    clerkA = new Client(s.url);
    await clerkA.login(ca.username, ca.password);
    adminA = new Client(s.url);
    await adminA.login(aa.username, aa.password);
    supervisor = new Client(s.url);
    await supervisor.login(sup.username, sup.password);
    const tokenPage = await adminA.postForm('/admin/account/tokens', { name: '对接' }, { from: '/admin/account' });
    adminAToken = /gk_[\w-]+/.exec(tokenPage.text)![0];
  });
  after(async () => {
    await s.close();
  });

  test('pages of agency B are not found for the clerk and the administrator of agency A', async () => {
    for (const c of [clerkA, adminA]) {
      assert.equal((await c.get(`/admin/agencies/${b.code}`)).status, 404);
      assert.equal((await c.get(`/admin/users/${bUser.id}`)).status, 404);
    }
    assert.equal((await adminA.get(`/admin/agencies/${a.code}`)).status, 200);
  });

  test('changes to staff of agency B are refused and change nothing', async () => {
    const before = await s.db.selectFrom('user_roles').selectAll().where('user_id', '=', bUser.id).execute();
    for (const path of [
      `/admin/users/${bUser.id}/roles`,
      `/admin/users/${bUser.id}/unlock`,
      `/admin/users/${bUser.id}/disable`,
    ]) {
      const r = await adminA.postForm(path, { roles: 'clerk' }, { from: '/admin/account' });
      assert.equal(r.status, 404, path);
      assert.ok(hasChinese(r.text));
    }
    assert.deepEqual(await s.db.selectFrom('user_roles').selectAll().where('user_id', '=', bUser.id).execute(), before);
  });

  test('the API answers 404 for agency B and its staff, with a session or a token', async () => {
    for (const path of [`/api/v1/agencies/${b.code}`, `/api/v1/agencies/${b.code}/users`]) {
      assert.equal((await adminA.json(path)).status, 404, path);
      assert.equal((await new Client(s.url).json(path, { token: adminAToken })).status, 404, path);
    }
    // Agency B itself is public (the portal lists it): adding staff there is a plain refusal, as registering a case is.
    const r = await new Client(s.url).json(`/api/v1/agencies/${b.code}/users`, {
      method: 'POST',
      token: adminAToken,
      body: { username: 'intruder', displayName: '入侵', password: 'long-enough-pass', roles: ['admin'] },
    });
    assert.equal(r.status, 403);
    assert.equal(
      await s.db.selectFrom('users').select('id').where('username', '=', 'intruder').executeTakeFirst(),
      undefined,
    );
    const list = await new Client(s.url).json('/api/v1/agencies', { token: adminAToken });
    assert.deepEqual(
      list.body.agencies.map((x: { code: string }) => x.code),
      [a.code],
    );
  });

  test('a clerk cannot manage staff even of their own agency', async () => {
    assert.equal((await clerkA.get('/admin/users')).status, 403);
    assert.equal((await clerkA.json(`/api/v1/agencies/${a.code}/users`)).status, 403);
    assert.equal((await clerkA.get('/admin/audit')).status, 403);
  });

  test('the audit log of agency A shows nothing of agency B', async () => {
    const r = await new Client(s.url).json('/api/v1/audit?limit=500', { token: adminAToken });
    assert.equal(r.status, 200);
    assert.ok(r.body.entries.length > 0);
    assert.ok(r.body.entries.every((e: { summary: unknown }) => !JSON.stringify(e.summary).includes(bUser.username)));
  });

  test('a supervisor reads every agency below its own but cannot write there, and the refusal is audited', async () => {
    assert.equal((await supervisor.get(`/admin/agencies/${b.code}`)).status, 200);
    const users = await supervisor.json(`/api/v1/agencies/${b.code}/users`);
    assert.equal(users.status, 200);
    assert.ok(users.body.users.some((u: { username: string }) => u.username === bUser.username));
    const csrf = await supervisor.csrf('/admin/account');
    const w = await supervisor.json(`/api/v1/agencies/${b.code}/users`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrf },
      body: { username: 'by-supervisor', displayName: '上级', password: 'long-enough-pass', roles: ['clerk'] },
    });
    assert.equal(w.status, 403);
    assert.ok(hasChinese(w.body.error.message));
    const roles = await supervisor.postForm(
      `/admin/users/${bUser.id}/roles`,
      { roles: 'clerk' },
      { from: '/admin/account' },
    );
    assert.equal(roles.status, 403);
    const denied = await s.db
      .selectFrom('audit_log')
      .select(['action', 'summary'])
      .where('action', '=', 'access.denied')
      .execute();
    assert.ok(denied.length >= 2, 'refusals are audited');
    assert.equal((await supervisor.get(`/admin/agencies/${county.code}`)).status, 200);
  });

  test('a supervisor of agency A sees nothing of its siblings or parent', async () => {
    const supA = await buildStaff(s, a.code, ['supervisor']);
    const c = new Client(s.url);
    await c.login(supA.username, supA.password);
    assert.equal((await c.get(`/admin/agencies/${b.code}`)).status, 404);
    assert.equal((await c.get(`/admin/agencies/${county.code}`)).status, 404);
  });
});
