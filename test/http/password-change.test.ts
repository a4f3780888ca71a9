// An administrator can require a colleague to change their password at the next login: until they do, every staff
// page leads to 我的账号 and the API refuses their token; afterwards all works again. Weak new passwords are refused.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: a password change required by an administrator`, () => {
  let s: TestServer;
  let code: string;
  before(async () => {
    s = await startTestServer();
    code = (await buildAgency(s)).code;
  });
  after(async () => {
    await s.close();
  });

  test('until the clerk changes it, staff pages lead to the password form and the API refuses; then all works', async () => {
    const admin = await buildStaff(s, code, ['admin']);
    const clerk = await buildStaff(s, code, ['clerk']);
    const c = new Client(s.url);
    await c.login(clerk.username, clerk.password);
    const token = /gk_[\w-]+/.exec(
      (await c.postForm('/admin/account/tokens', { name: '对接' }, { from: '/admin/account' })).text,
    )![0];

    const a = new Client(s.url);
    await a.login(admin.username, admin.password);
    const req = await a.postForm(
      `/admin/users/${clerk.id}/require-password-change`,
      {},
      { from: `/admin/users/${clerk.id}` },
    );
    assert.equal(req.status, 303);
    assert.ok(
      await s.db
        .selectFrom('audit_log')
        .select('seq')
        .where('action', '=', 'user.password_change_required')
        .where('object_id', '=', String(clerk.id))
        .executeTakeFirst(),
    );

    const page = await c.get('/admin/requests');
    assert.equal(page.status, 303);
    assert.equal(page.res.headers.get('location'), '/admin/account?must=1');
    const account = await c.get('/admin/account?must=1');
    assert.equal(account.status, 200);
    assert.match(account.text, /管理员要求您修改密码/);
    const api = await c.json(`/api/v1/agencies/${code}/requests`, { token });
    assert.equal(api.status, 403);
    assert.ok(hasChinese(api.body.error.message));

    const weak = await c.postForm(
      '/admin/account/password',
      { current: clerk.password, next: 'aaaaaaaaaaaa', confirm: 'aaaaaaaaaaaa' },
      { from: '/admin/account' },
    );
    assert.equal(weak.status, 400);
    assert.match(weak.text, /重复/);
    const next = '东和乡 新密码 river 2026';
    const changed = await c.postForm(
      '/admin/account/password',
      { current: clerk.password, next, confirm: next },
      { from: '/admin/account' },
    );
    assert.equal(changed.status, 303);
    const again = new Client(s.url);
    await again.login(clerk.username, next);
    assert.equal((await again.get('/admin/requests')).status, 200);
    assert.equal((await again.json(`/api/v1/agencies/${code}/requests`, { token })).status, 200);
  });

  test('only an administrator of the agency may require it', async () => {
    const clerk = await buildStaff(s, code, ['clerk']);
    const other = await buildStaff(s, code, ['clerk', 'head']);
    const c = new Client(s.url);
    await c.login(other.username, other.password);
    const r = await c.postForm(`/admin/users/${clerk.id}/require-password-change`, {}, { from: '/admin' });
    assert.equal(r.status, 403);
    const row = await s.db
      .selectFrom('users')
      .select('must_change_password')
      .where('id', '=', clerk.id)
      .executeTakeFirstOrThrow();
    assert.equal(Number(row.must_change_password), 0);
  });
});
