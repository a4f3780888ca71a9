// Issue 8: a 复议 decision that corrects the reply (结果纠正) sends the request back into the workflow, with a new
// deadline counted from the decision; the request's history shows why.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: a corrected reply reopens its request`, () => {
  let s: TestServer;
  let clerk: Client, otherClerk: Client;
  let csrf: string;
  let code: string;
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const b = await buildAgency(s);
    code = a.code;
    const login = async (agency: string) => {
      const u = await buildStaff(s, agency, ['clerk']);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerk, otherClerk] = [await login(a.code), await login(b.code)];
    csrf = await clerk.csrf('/admin');
  });
  after(async () => {
    await s.close();
  });

  const api = (path: string, body?: unknown) =>
    clerk.json(path, { method: body === undefined ? 'GET' : 'POST', body, headers: { 'x-csrf-token': csrf } });
  const step = async (number: string, body: Record<string, unknown>) => {
    const view = await api(`/api/v1/staff/requests/${number}`);
    const r = await api(`/api/v1/staff/requests/${number}/steps`, { version: view.body.version, ...body });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body;
  };

  test('撤销 of a refusal reopens the case: state 办理中, no outcome, due 20 working days after the decision', async () => {
    const reg = await api(`/api/v1/agencies/${code}/requests/registrations`, {
      application: applicationInput(),
      channel: 'in_person',
      receivedOn: '2026-03-02',
      evidence: '当面签收',
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    const number = reg.body.number as string;
    await step(number, { event: 'accepted', onDate: '2026-03-02' });
    await step(number, {
      event: 'replied',
      outcome: 'third_party_rights',
      basis: '条例第十五条',
      reason: '第三方不同意公开且有合理理由',
      onDate: '2026-03-20',
    });

    const created = await clerk.postForm(
      '/admin/appeals',
      {
        kind: 'reconsideration',
        procedure: 'simplified',
        body: '示范县人民政府',
        applicant: '申请人',
        filedOn: '2026-04-01',
        requestNumber: number,
      },
      { csrf },
    );
    assert.equal(created.status, 303, created.text.slice(0, 300));
    const url = created.location!.split('?')[0]!;
    const page = await clerk.get(url);
    const version = /name="version" value="(\d+)"/.exec(page.text)![1]!;
    const decided = await clerk.postForm(
      `${url}/steps`,
      { version, acceptedOn: '2026-04-02', decidedOn: '2026-04-20', decision: 'revoked' },
      { csrf },
    );
    assert.equal(decided.status, 303, decided.text.slice(0, 300));

    const view = await api(`/api/v1/staff/requests/${number}`);
    assert.equal(view.body.state, 'processing');
    assert.equal(view.body.outcome ?? null, null);
    // 2026-04-20 (Mon) is the decision day; counting from 4/21: 4/21–4/30 has 8 working days, 5/1–5/5 劳动节 off,
    // 5/6–5/8 → 11, 5/9 (调休 Saturday) → 12, 5/11–5/15 → 17, 5/18–5/20 → 20.
    assert.equal(view.body.deadline.due, '2026-05-20');
    assert.match(JSON.stringify(view.body), /reopened|复议或诉讼结果纠正/);
  });

  test('an appeal cannot name another agency’s request', async () => {
    const r = await otherClerk.postForm(
      '/admin/appeals',
      {
        kind: 'reconsideration',
        procedure: 'ordinary',
        body: '某政府',
        applicant: '某人',
        filedOn: '2026-04-01',
        requestNumber: (await s.db.selectFrom('requests').select('number').executeTakeFirstOrThrow()).number,
      },
      { from: '/admin/appeals' },
    );
    assert.equal(r.status, 400);
    assert.match(r.text, /不是本机关的申请/);
  });

  test('a clerk cannot reopen a replied case by hand', async () => {
    const reg = await api(`/api/v1/agencies/${code}/requests/registrations`, {
      application: applicationInput(),
      channel: 'in_person',
      receivedOn: '2026-03-02',
      evidence: '当面签收',
    });
    const number = reg.body.number as string;
    await step(number, { event: 'accepted', onDate: '2026-03-02' });
    await step(number, {
      event: 'replied',
      outcome: 'disclosed',
      basis: '条例第三十六条第（二）项',
      onDate: '2026-03-10',
    });
    const view = await api(`/api/v1/staff/requests/${number}`);
    const r = await api(`/api/v1/staff/requests/${number}/steps`, { version: view.body.version, event: 'reopened' });
    assert.equal(r.status, 409, JSON.stringify(r.body));
    assert.match(r.body.error.message, /只有复议或诉讼结果纠正时/);
  });
});
