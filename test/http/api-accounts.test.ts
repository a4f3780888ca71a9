// Accounts through the API: one's own tokens (made, listed, revoked) and password; an administrator managing a staff
// account of the agency (roles, lock, password change required, disable, enable); and the request steps' "同时出具"
// letter, a registration with its scan, and the undelivered mail list, which the back office offers beside the cases.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { thisYear } from '../clock.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff, TEST_PASSWORD } from '../factories.ts';
import { pdfFile } from '../catalogue.ts';
import { Client, startTestServer, type TestServer } from './client.ts';
import { type ApiCaller, apiStaff, assertError } from './office-api.ts';

describe(`${DIALECT}: accounts, users and the clerk's desk through the API`, () => {
  let s: TestServer;
  let code = '';
  let admin: ApiCaller, clerk: ApiCaller, otherAdmin: ApiCaller;
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const b = await buildAgency(s);
    code = a.code;
    [admin, clerk, otherAdmin] = [
      await apiStaff(s, a.code, ['admin']),
      await apiStaff(s, a.code, ['clerk']),
      await apiStaff(s, b.code, ['admin']),
    ];
  });
  after(async () => {
    await s.close();
  });

  test('my tokens are listed by prefix and a revoked one stops working; my password changes', async () => {
    const made = await clerk.call('/api/v1/me/tokens', { name: '第二个令牌' });
    assert.equal(made.status, 201);
    const list = await clerk.call('/api/v1/me/tokens');
    assert.equal(list.body.tokens.length, 2);
    assert.ok(
      list.body.tokens.every((t: { prefix: string }) => made.body.token.startsWith('gk_') && t.prefix.length < 10),
    );
    const second = { token: made.body.token as string };
    assert.equal((await new Client(s.url).json('/api/v1/me', { token: second.token })).status, 200);
    const revoked = await clerk.call(`/api/v1/me/tokens/${made.body.id}/revoke`, {});
    assert.equal(revoked.status, 200);
    assertError(await new Client(s.url).json('/api/v1/me', { token: second.token }), 401);
    assertError(await admin.call(`/api/v1/me/tokens/${made.body.id}/revoke`, {}), 404, undefined);
    assertError(await clerk.call('/api/v1/me/tokens', { name: '' }), 400, 'name');

    const u = await apiStaff(s, code, ['clerk']);
    assertError(
      await u.call('/api/v1/me/password', {
        current: 'wrong-password',
        next: '新的密码一二三四五六',
        confirm: '新的密码一二三四五六',
      }),
      400,
    );
    assertError(
      await u.call('/api/v1/me/password', { current: TEST_PASSWORD, next: '新的密码一二三四五六', confirm: '不一样' }),
      400,
      'confirm',
    );
    const changed = await u.call('/api/v1/me/password', {
      current: TEST_PASSWORD,
      next: '新的密码一二三四五六',
      confirm: '新的密码一二三四五六',
    });
    assert.equal(changed.status, 200, JSON.stringify(changed.body));
    const login = await new Client(s.url).postForm('/login', {
      username: u.username,
      password: '新的密码一二三四五六',
    });
    assert.equal(login.status, 303);
  });

  test('an administrator manages a staff account of the agency; another agency’s administrator finds none', async () => {
    const member = await buildStaff(s, code, ['clerk']);
    const roles = await admin.call(`/api/v1/users/${member.id}/roles`, { roles: ['clerk', 'reviewer'] });
    assert.equal(roles.status, 200, JSON.stringify(roles.body));
    assert.deepEqual([...roles.body.roles].sort(), ['clerk', 'reviewer']);
    assertError(await admin.call(`/api/v1/users/${member.id}/roles`, { roles: ['mayor'] }), 400, 'roles');
    assertError(await admin.call(`/api/v1/users/${admin.id}/roles`, { roles: ['clerk'] }), 409);
    assert.equal((await admin.call(`/api/v1/users/${member.id}/require-password-change`, {})).status, 200);
    assert.equal((await admin.call(`/api/v1/users/${member.id}/unlock`, {})).status, 200);
    const disabled = await admin.call(`/api/v1/users/${member.id}/disable`, {});
    assert.equal(disabled.body.disabled, true);
    const refused = await new Client(s.url).postForm('/login', {
      username: member.username,
      password: member.password,
    });
    assert.notEqual(refused.status, 303, 'a disabled account cannot sign in');
    assert.equal((await admin.call(`/api/v1/users/${member.id}/enable`, {})).body.disabled, false);
    assertError(await admin.call(`/api/v1/users/${admin.id}/disable`, {}), 409);
    assertError(await clerk.call(`/api/v1/users/${member.id}`), 403);
    assertError(await clerk.call(`/api/v1/users/${member.id}/disable`, {}), 403);
    assertError(await otherAdmin.call(`/api/v1/users/${member.id}`), 404);
    assertError(await otherAdmin.call(`/api/v1/users/${member.id}/disable`, {}), 404);
    const audit = await s.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'user')
      .where('object_id', '=', String(member.id))
      .execute();
    assert.ok(audit.length >= 5, 'each change audited');
  });

  test('a step with withLetter issues its letter as the back office’s “同时出具” does; the undelivered mail is listed', async () => {
    const reg = await clerk.call(`/api/v1/agencies/${code}/requests/registrations`, {
      application: applicationInput(),
      channel: 'in_person',
      receivedOn: `${thisYear() - 1}-03-02`,
      evidence: '当面签收',
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    const number = reg.body.number as string;
    const view = await clerk.call(`/api/v1/staff/requests/${number}`);
    const step = await clerk.call(`/api/v1/staff/requests/${number}/steps`, {
      version: view.body.version,
      event: 'correction_requested',
      onDate: `${thisYear() - 1}-03-03`,
      replyBy: `${thisYear() - 1}-03-20`,
      items: '请补充所需信息的文号或时间范围',
      withLetter: true,
    });
    assert.equal(step.status, 200, JSON.stringify(step.body));
    assert.deepEqual(
      step.body.letters.map((l: { kind: string }) => l.kind),
      ['correction'],
    );
    // A posted application registered with its scan, as the back office's form does (multipart, fields flat).
    const form = new FormData();
    const fields = {
      channel: 'registered_mail',
      receivedOn: `${thisYear() - 1}-03-04`,
      evidence: 'EMS 1234567890 签收',
      ...applicationInput({ formWanted: 'paper', delivery: 'post' }),
    };
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    const scan = await pdfFile(['政府信息公开申请表']);
    form.append('scan', new Blob([new Uint8Array(scan)]), '申请书.pdf');
    const res = await fetch(`${s.url}/api/v1/agencies/${code}/requests/registrations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerk.token}` },
      body: form,
    });
    const posted = await res.json();
    assert.equal(res.status, 201, JSON.stringify(posted));
    const rows = await s.db
      .selectFrom('request_attachments')
      .innerJoin('requests', 'requests.id', 'request_attachments.request_id')
      .select(['request_attachments.kind', 'request_attachments.media_type'])
      .where('requests.number', '=', posted.number)
      .execute();
    assert.deepEqual(
      rows.map((r) => [r.kind, r.media_type]),
      [['scan', 'application/pdf']],
    );
    const flatJson = await clerk.call(`/api/v1/agencies/${code}/requests/registrations`, fields);
    assertError(flatJson, 400, 'application');

    const mail = await clerk.call('/api/v1/staff/mail');
    assert.equal(mail.status, 200);
    assert.ok(Array.isArray(mail.body.items));
    assertError(await clerk.call('/api/v1/staff/mail/999999/retry', {}), 404);
    assertError(await admin.call('/api/v1/staff/mail/999999/retry', {}), 403);
  });
});
