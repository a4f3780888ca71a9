// 复议/诉讼 through the API alone: a case recorded, moved along and decided (the request it names reopened, as in the
// back office), its documents filed and downloaded, the list paged by cursor and filtered by 表四's year; refusals in
// the API's one error shape.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { thisYear } from '../clock.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';
import { pdfFile } from '../catalogue.ts';
import { Client, startTestServer, type TestServer } from './client.ts';
import { type ApiCaller, apiStaff, assertError } from './office-api.ts';

describe(`${DIALECT}: 复议/诉讼 through the API`, () => {
  let s: TestServer;
  let clerk: ApiCaller, reviewer: ApiCaller, other: ApiCaller;
  let number = '';
  const year = thisYear() - 1;
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const b = await buildAgency(s);
    [clerk, reviewer, other] = [
      await apiStaff(s, a.code, ['clerk']),
      await apiStaff(s, a.code, ['reviewer']),
      await apiStaff(s, b.code, ['clerk']),
    ];
    // A case refused last year, through the API: the 复议 below is about it.
    const reg = await clerk.call(`/api/v1/agencies/${a.code}/requests/registrations`, {
      application: applicationInput(),
      channel: 'in_person',
      receivedOn: `${year}-02-02`,
      evidence: '当面签收',
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    number = reg.body.number;
    for (const step of [
      { event: 'accepted', onDate: `${year}-02-02` },
      {
        event: 'replied',
        outcome: 'third_party_rights',
        basis: '条例第十五条',
        reason: '第三方不同意公开且有合理理由',
        onDate: `${year}-02-20`,
      },
    ]) {
      const view = await clerk.call(`/api/v1/staff/requests/${number}`);
      const r = await clerk.call(`/api/v1/staff/requests/${number}/steps`, { version: view.body.version, ...step });
      assert.equal(r.status, 200, JSON.stringify(r.body));
    }
  });
  after(async () => {
    await s.close();
  });

  const record = (by: ApiCaller, o: Record<string, unknown> = {}) =>
    by.call('/api/v1/appeals', {
      kind: 'reconsideration',
      procedure: 'ordinary',
      body: '示范县人民政府',
      applicant: '张某',
      filedOn: `${year}-03-02`,
      ...o,
    });

  test('a 复议 is recorded, accepted, answered and decided; a correcting decision reopens the request it names', async () => {
    const made = await record(clerk, { requestNumber: number });
    assert.equal(made.status, 201, JSON.stringify(made.body));
    assert.equal(made.body.kindLabel, '行政复议');
    assert.equal(made.body.deadlines.decisionDue, null, 'no decision due before it is accepted');
    const id = made.body.id as number;
    const accepted = await clerk.call(`/api/v1/appeals/${id}/steps`, {
      version: made.body.version,
      acceptedOn: `${year}-03-05`,
      copyReceivedOn: `${year}-03-06`,
    });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    assert.match(accepted.body.deadlines.decisionDue.basis, /行政复议法/);
    assert.match(accepted.body.deadlines.answerDue.basis, /行政复议法/);
    const stale = await clerk.call(`/api/v1/appeals/${id}/steps`, { version: made.body.version });
    assertError(stale, 409);
    const decided = await clerk.call(`/api/v1/appeals/${id}/steps`, {
      version: accepted.body.version,
      acceptedOn: `${year}-03-05`,
      copyReceivedOn: `${year}-03-06`,
      answeredOn: `${year}-03-12`,
      decidedOn: `${year}-04-20`,
      decision: 'revoked',
    });
    assert.equal(decided.status, 200, JSON.stringify(decided.body));
    assert.equal(decided.body.decisionLabel, '撤销或部分撤销');
    const kase = await clerk.call(`/api/v1/staff/requests/${number}`);
    assert.equal(kase.status, 200);
    assert.equal(kase.body.state, 'processing', 'back in the workflow for a new reply');
    assert.match(JSON.stringify(kase.body), /复议或诉讼结果纠正/);
    const four = await clerk.call(`/api/v1/appeals/table-four?year=${year}`);
    assert.equal(four.status, 200);
    assert.deepEqual(four.body.reconsideration, { upheld: 0, corrected: 1, other: 0, pending: 0, total: 1 });
    const audit = await s.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'appeal')
      .where('object_id', '=', String(id))
      .execute();
    assert.deepEqual(
      audit.map((r) => r.action),
      ['appeal.recorded', 'appeal.updated', 'appeal.updated'],
    );
  });

  test('a document is filed with its scan (multipart) and downloaded as filed', async () => {
    const made = await record(clerk);
    const id = made.body.id as number;
    const scan = await pdfFile(['复议决定书']);
    const form = new FormData();
    for (const [k, v] of Object.entries({ kind: '决定书', title: '行政复议决定书', dated: `${year}-05-01` }))
      form.append(k, v);
    form.append('file', new Blob([new Uint8Array(scan)]), '决定书.pdf');
    const res = await fetch(`${s.url}/api/v1/appeals/${id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${clerk.token}` },
      body: form,
    });
    const filed = await res.json();
    assert.equal(res.status, 201, JSON.stringify(filed));
    const doc = filed.documents[0];
    assert.equal(doc.title, '行政复议决定书');
    assert.equal(doc.file.type, 'pdf');
    const got = await fetch(`${s.url}/api/v1/appeals/${id}/documents/${doc.id}`, {
      headers: { authorization: `Bearer ${clerk.token}` },
    });
    assert.equal(got.status, 200);
    assert.equal(got.headers.get('content-type'), 'application/pdf');
    assert.match(got.headers.get('content-disposition') ?? '', /^attachment; filename\*=UTF-8''/);
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), scan);
    const plain = await clerk.call(`/api/v1/appeals/${id}/documents`, {
      kind: '答复书',
      title: '行政复议答复书',
      dated: `${year}-03-10`,
    });
    assert.equal(plain.status, 201, 'a document without a file is filed from JSON');
    assert.equal(plain.body.documents.length, 2);
  });

  test('the list pages by cursor, newest filing first, and ?year= keeps the cases that year’s 表四 counts', async () => {
    for (const day of ['01-10', '01-11', '01-12']) await record(clerk, { filedOn: `${year - 1}-${day}` });
    const seen: number[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const r = await clerk.call(`/api/v1/appeals?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      seen.push(...r.body.items.map((a: { id: number }) => a.id));
      const dates = r.body.items.map((a: { filedOn: string }) => a.filedOn);
      assert.deepEqual(dates, [...dates].sort().reverse());
      cursor = r.body.nextCursor;
      pages++;
    }
    assert.equal(new Set(seen).size, seen.length, 'no case twice');
    assert.ok(seen.length >= 5 && pages === Math.ceil(seen.length / 2));
    const lastYear = await clerk.call(`/api/v1/appeals?year=${year - 1}`);
    assert.equal(lastYear.body.items.length, 3, 'the cases filed that year, still open at its end');
    assertError(await clerk.call(`/api/v1/appeals?year=${thisYear() + 1}`), 400, 'year');
    assertError(await clerk.call('/api/v1/appeals?cursor=bm9wZQ'), 400, 'cursor');
    assertError(await clerk.call('/api/v1/appeals?limit=500'), 400, 'limit');
  });

  test('refusals: a role without appeal.record 403, another agency’s case 404, bad input a Chinese 400 on its field', async () => {
    const made = await record(clerk);
    assertError(await record(reviewer), 403);
    assert.equal((await reviewer.call(`/api/v1/appeals/${made.body.id}`)).status, 200, 'reading is any staff’s');
    assertError(await other.call(`/api/v1/appeals/${made.body.id}`), 404);
    assertError(await other.call(`/api/v1/appeals/${made.body.id}/steps`, { version: 1 }), 404);
    assert.equal((await other.call('/api/v1/appeals')).body.items.length, 0, 'another agency lists none of them');
    assertError(await record(clerk, { filedOn: '2023-02-30' }), 400, 'filedOn');
    assertError(await record(clerk, { kind: 'litigation_after_reconsideration' }), 400, 'followsId');
    assertError(
      await clerk.call(`/api/v1/appeals/${made.body.id}/steps`, {
        version: made.body.version,
        acceptedOn: `${year - 2}-01-01`,
      }),
      400,
      'acceptedOn',
    );
    assertError(await new Client(s.url).json('/api/v1/appeals'), 401);
    const viaSession = await clerk.session.json('/api/v1/appeals', {
      method: 'POST',
      body: { kind: 'reconsideration', procedure: 'ordinary', body: '某', applicant: '某', filedOn: `${year}-01-01` },
    });
    assertError(viaSession, 403); // a session without its CSRF header
  });
});
