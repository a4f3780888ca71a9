// Issue 2's isolation rule across every room that holds an agency's objects: staff of agency A get 404 (or 403) for
// every kind of object of agency B, through pages and the API, and nothing of B is changed by trying.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: agency isolation in every room`, () => {
  let s: TestServer;
  let clerkA: Client, headA: Client, headB: Client;
  const b = { code: '', request: '', requestId: 0, entry: 0, feedback: 0, appeal: 0, round: 0, task: 0 };

  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const agencyB = await buildAgency(s);
    b.code = agencyB.code;
    const login = async (code: string, roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerkA, headA, headB] = [
      await login(a.code, ['clerk', 'admin']),
      await login(a.code, ['head']),
      await login(agencyB.code, ['clerk', 'head']),
    ];
    // Agency B's objects, one of each kind.
    const csrf = await headB.csrf('/admin');
    const reg = await headB.json(`/api/v1/agencies/${b.code}/requests/registrations`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrf },
      body: { application: applicationInput(), channel: 'in_person', receivedOn: '2026-03-02', evidence: '当面签收' },
    });
    b.request = reg.body.number;
    b.requestId = Number(
      (await s.db.selectFrom('requests').select('id').where('number', '=', b.request).executeTakeFirstOrThrow()).id,
    );
    b.entry = (
      await createEntry(await staffCtx(s, agencyB, ['clerk']), b.code, draftInput(await columnId(s, agencyB)))
    ).id;
    const appeal = await headB.postForm(
      '/admin/appeals',
      { kind: 'reconsideration', procedure: 'ordinary', body: '某县政府', applicant: '某人', filedOn: '2026-04-01' },
      { csrf },
    );
    b.appeal = Number(/\/admin\/appeals\/(\d+)/.exec(appeal.location!)![1]);
    const round = await headB.postForm(
      '/admin/supervision/assessments',
      { year: '2026', title: '乙机关考核', items: '栏目 10' },
      { csrf },
    );
    b.round = Number(/assessments\/(\d+)/.exec(round.location!)![1]);
    await headB.postForm(
      '/admin/supervision/tasks',
      { year: '2026', source: '分工', task: '乙机关任务', owner: '乙', dueOn: '2026-12-31' },
      { csrf },
    );
    b.task = Number((await s.db.selectFrom('key_tasks').select('id').executeTakeFirstOrThrow()).id);
    await headB.postForm(
      '/admin/supervision/accountability',
      { decidedOn: '2026-05-01', person: '乙机关某人', matter: '乙机关问题', outcome: '批评' },
      { csrf },
    );
    const fbPage = await new Client(s.url).get(`/${b.code}/feedback`);
    const key = /name="key" value="([^"]+)"/.exec(fbPage.text)![1]!;
    const citizen = new Client(s.url);
    await citizen.postForm(
      `/${b.code}/feedback`,
      { key, subject: '乙机关留言', body: '给乙机关的意见' },
      { from: `/${b.code}/feedback` },
    );
    b.feedback = Number((await s.db.selectFrom('feedback').select('id').executeTakeFirstOrThrow()).id);
  });
  after(async () => {
    await s.close();
  });

  test('every page of an object of agency B is not found for agency A', async () => {
    const pages = [
      `/admin/requests/${b.requestId}`,
      `/admin/catalogue/${b.entry}`,
      `/admin/feedback/${b.feedback}`,
      `/admin/appeals/${b.appeal}`,
      `/admin/supervision/assessments/${b.round}`,
      `/admin/agencies/${b.code}`,
    ];
    for (const c of [clerkA, headA]) for (const p of pages) assert.equal((await c.get(p)).status, 404, p);
  });

  test('lists of agency A show nothing of agency B', async () => {
    for (const [path, text] of [
      ['/admin/requests', b.request],
      ['/admin/feedback', '乙机关留言'],
      ['/admin/appeals', '某县政府'],
      ['/admin/supervision', '乙机关某人'],
      ['/admin/supervision/tasks', '乙机关任务'],
      ['/admin/supervision/assessments', '乙机关考核'],
    ] as const) {
      assert.doesNotMatch((await headA.get(path)).text, new RegExp(text), path);
    }
  });

  test('the API answers 404 for agency B’s request and refuses writes there', async () => {
    const csrf = await clerkA.csrf('/admin');
    const h = { 'x-csrf-token': csrf };
    assert.equal((await clerkA.json(`/api/v1/staff/requests/${b.request}`)).status, 404);
    assert.equal(
      (
        await clerkA.json(`/api/v1/staff/requests/${b.request}/steps`, {
          method: 'POST',
          headers: h,
          body: { version: 1, event: 'accepted' },
        })
      ).status,
      404,
    );
    assert.equal((await clerkA.json(`/api/v1/staff/requests/${b.request}/personal`)).status, 404);
    // Agencies are public (the portal lists them), so registering a case at B is a plain refusal, not a hidden one.
    const reg = await clerkA.json(`/api/v1/agencies/${b.code}/requests/registrations`, {
      method: 'POST',
      headers: h,
      body: { application: applicationInput(), channel: 'in_person', receivedOn: '2026-03-02', evidence: 'x' },
    });
    assert.equal(reg.status, 403, JSON.stringify(reg.body));
    assert.equal(
      await s.db
        .selectFrom('requests')
        .select('id')
        .where(
          'agency_id',
          '!=',
          (
            await s.db
              .selectFrom('requests')
              .select('agency_id')
              .where('number', '=', b.request)
              .executeTakeFirstOrThrow()
          ).agency_id,
        )
        .executeTakeFirst(),
      undefined,
    );
    assert.equal((await clerkA.json(`/api/v1/agencies/${b.code}/users`)).status, 404);
  });

  test('writes aimed at agency B’s objects through pages are refused and change nothing', async () => {
    const before = await s.db.selectFrom('audit_log').select('seq').where('action', '!=', 'access.denied').execute();
    const csrf = await headA.csrf('/admin');
    const attempts: Array<[string, Record<string, string>]> = [
      [`/admin/feedback/${b.feedback}/reply`, { reply: '越权答复', version: '1' }],
      [`/admin/appeals/${b.appeal}/steps`, { version: '1', acceptedOn: '2026-04-02' }],
      [`/admin/supervision/assessments/${b.round}/results`, { unit: 'x', scores: '1' }],
      [`/admin/supervision/tasks/${b.task}/done`, { doneOn: '2026-05-01' }],
      [`/admin/catalogue/${b.entry}/submit`, {}],
    ];
    for (const [path, fields] of attempts) {
      const r = await headA.postForm(path, fields, { csrf });
      assert.ok(r.status === 404 || r.status === 403, `${path}: ${r.status}`);
    }
    const after = await s.db.selectFrom('audit_log').select('seq').where('action', '!=', 'access.denied').execute();
    assert.equal(after.length, before.length);
  });
});
