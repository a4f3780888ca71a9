// A citizen applies without an account or JavaScript, keeps the receipt, tracks the case, sends the 补正 and withdraws;
// the same through the JSON API. Guessing is refused alike for a wrong 查询码 and an unknown 编号, and audited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { loadCalendar } from '../../src/calendar/store.ts';
import { addDays } from '../../src/calendar/dates.ts';
import { computeDeadline } from '../../src/clock/deadline.ts';
import { chinaToday } from '../../src/time.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

const nonceOf = (page: string) => /name="nonce" value="([^"]+)"/.exec(page)![1]!;
const receiptOf = (page: string) => ({
  number: /申请编号：<strong class="mono">(YS\d{12})</.exec(page)![1]!,
  code: /class="mono code">([A-Z0-9]{10})</.exec(page)![1]!,
});

describe(`${DIALECT}: citizen applies and tracks`, () => {
  let s: TestServer;
  let a: { code: string; id: number };
  const count = async () =>
    Number(
      (
        await s.db
          .selectFrom('requests')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    s = await startTestServer();
    a = await buildAgency(s);
  });
  after(async () => {
    await s.close();
  });

  test('the form works without JavaScript; a double submit makes one case with the same receipt', async () => {
    const c = new Client(s.url);
    const form = await c.get(`/${a.code}/apply?applicantType=natural`);
    assert.equal(form.status, 200);
    assert.match(form.text, /个人信息保护法/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form.text)![1]!;
    const fields = { ...applicationInput(), nonce: nonceOf(form.text) };
    const before = await count();
    const first = await c.postForm(`/${a.code}/apply`, fields, { csrf });
    const second = await c.postForm(`/${a.code}/apply`, fields, { csrf });
    assert.equal(first.status, 201);
    assert.equal(second.status, 200);
    assert.match(second.text, /未重复登记/);
    assert.deepEqual(receiptOf(first.text), receiptOf(second.text));
    assert.equal(await count(), before + 1);
  });

  test('bad input re-renders the form with a Chinese message next to each field, and stores nothing', async () => {
    const c = new Client(s.url);
    const before = await count();
    const bad: Record<string, string>[] = [
      { idNumber: '110105194912310021' }, // wrong check digit
      { applicantType: 'org', orgCode: '91350100M000100Y40', orgKind: '', legalRep: '', contactPerson: '' },
      { phone: '12345' },
      { infoTitle: '' },
      { delivery: 'pigeon' },
      { delivery: 'post', address: '' },
      { formWanted: 'email', email: '' },
    ];
    for (const o of bad) {
      const r = await c.postForm(`/${a.code}/apply`, applicationInput(o), {
        from: `/${a.code}/apply?applicantType=natural`,
      });
      assert.equal(r.status, 400, JSON.stringify(o));
      assert.match(r.text, /class="field-error"/);
      assert.ok(hasChinese(r.text));
    }
    const idr = await c.postForm(`/${a.code}/apply`, applicationInput({ idNumber: '110105194912310021' }), {
      from: `/${a.code}/apply?applicantType=natural`,
    });
    assert.match(idr.text, /校验位/);
    assert.equal(await count(), before);
  });

  test('tracking: the status page shows state and due date; a wrong 查询码 answers like an unknown 编号, and is audited', async () => {
    const c = new Client(s.url);
    const r = await c.json(`/api/v1/agencies/${a.code}/requests`, { method: 'POST', body: applicationInput() });
    assert.equal(r.status, 201);
    assert.deepEqual(Object.keys(r.body).sort(), ['code', 'number']);
    const ok = await c.postForm(
      `/${a.code}/track`,
      { number: r.body.number, code: r.body.code },
      { from: `/${a.code}/track` },
    );
    assert.equal(ok.status, 200);
    assert.match(ok.text, /已登记/);
    assert.match(ok.text, /答复期限<\/dt><dd>\d{4}-\d{2}-\d{2}/);
    const wrong = await c.postForm(
      `/${a.code}/track`,
      { number: r.body.number, code: 'ABCDEFGHJK' },
      { from: `/${a.code}/track` },
    );
    const unknown = await c.postForm(
      `/${a.code}/track`,
      { number: 'YS209901019999', code: r.body.code },
      { from: `/${a.code}/track` },
    );
    assert.equal(wrong.status, 404);
    assert.equal(unknown.status, 404);
    const msg = (t: string) => /class="error-summary"[\s\S]*?<\/div>/.exec(t)?.[0];
    assert.ok(msg(wrong.text));
    assert.equal(msg(wrong.text), msg(unknown.text));
    const api = await c.json(`/api/v1/requests/${r.body.number}?code=ABCDEFGHJK`);
    assert.equal(api.status, 404);
    const refused = await s.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'request.lookup_refused')
      .execute();
    assert.ok(refused.filter((x) => x.summary.includes(r.body.number)).length >= 2);
  });

  test('the API answers 4xx with a Chinese message per field, and stores nothing', async () => {
    const c = new Client(s.url);
    const before = await count();
    const r = await c.json(`/api/v1/agencies/${a.code}/requests`, {
      method: 'POST',
      body: { ...applicationInput(), idNumber: '123', phone: 'x' },
    });
    assert.equal(r.status, 400);
    assert.ok(hasChinese(r.body.error.message));
    assert.ok(hasChinese(r.body.error.fields.idNumber) && hasChinese(r.body.error.fields.phone));
    assert.equal((await c.json(`/api/v1/agencies/${a.code}/requests`, { method: 'POST', body: [] })).status, 400);
    assert.equal(
      (await c.json('/api/v1/agencies/no-such-agency/requests', { method: 'POST', body: applicationInput() })).status,
      404,
    );
    assert.equal((await c.json('/api/v1/requests/YS1?code=x')).status, 400);
    assert.equal(await count(), before);
  });

  test('the applicant withdraws from the status page after confirming on its own page; the case closes as 其他 and the API shows it', async () => {
    const c = new Client(s.url);
    const r = await c.json(`/api/v1/agencies/${a.code}/requests`, { method: 'POST', body: applicationInput() });
    const status = await c.postForm(
      `/${a.code}/track`,
      { number: r.body.number, code: r.body.code },
      { from: `/${a.code}/track` },
    );
    assert.match(status.text, /<form method="post" action="\/[^"]+\/track\/withdraw">(?:(?!<\/form>)[\s\S])*撤回申请…/);
    assert.doesNotMatch(status.text, /name="confirm"/, 'the status page itself never withdraws');
    const ask = await c.postForm(
      `/${a.code}/track/withdraw`,
      { number: r.body.number, code: r.body.code },
      { from: `/${a.code}/track` },
    );
    assert.equal(ask.status, 200);
    assert.match(ask.text, /<h1>确认撤回申请 YS\d{12}？<\/h1>/);
    assert.match(ask.text, /name="confirm" value="yes"/);
    assert.match(ask.text, /不撤回，返回办理进度/);
    assert.equal(
      (await c.json(`/api/v1/requests/${r.body.number}?code=${r.body.code}`)).body.state,
      'received',
      'asking is not withdrawing',
    );
    const w = await c.postForm(
      `/${a.code}/track/withdraw`,
      { number: r.body.number, code: r.body.code, text: '已通过其他途径获得', confirm: 'yes' },
      { from: `/${a.code}/track` },
    );
    assert.equal(w.status, 200);
    assert.match(w.text, /申请已撤回/);
    const v = await c.json(`/api/v1/requests/${r.body.number}?code=${r.body.code}`);
    assert.equal(v.body.state, 'withdrawn');
    assert.equal(v.body.outcome.code, 'withdrawn');
    const again = await c.postForm(
      `/${a.code}/track/withdraw`,
      { number: r.body.number, code: r.body.code, confirm: 'yes' },
      { from: `/${a.code}/track` },
    );
    assert.equal(again.status, 409);
    const askAgain = await c.postForm(
      `/${a.code}/track/withdraw`,
      { number: r.body.number, code: r.body.code },
      { from: `/${a.code}/track` },
    );
    assert.equal(askAgain.status, 409, 'a withdrawn case is not offered the confirmation again');
  });

  test('the applicant sends the 补正 from the status page: the case goes back to processing and the due date restarts from today', async () => {
    const staff = await buildStaff(s, a.code, ['clerk']);
    const clerk = new Client(s.url);
    await clerk.login(staff.username, staff.password);
    const c = new Client(s.url);
    const r = await c.json(`/api/v1/agencies/${a.code}/requests`, { method: 'POST', body: applicationInput() });
    const id = Number(
      (await s.db.selectFrom('requests').select('id').where('number', '=', r.body.number).executeTakeFirstOrThrow()).id,
    );
    const form = await clerk.get(`/admin/requests/${id}?step=correction_requested`);
    const version = /name="version" value="(\d+)"/.exec(form.text)![1]!;
    const today = chinaToday(s.config.clock());
    const asked = await clerk.postForm(
      `/admin/requests/${id}/steps`,
      { event: 'correction_requested', version, items: '请写明年份', replyBy: addDays(today, 15) },
      { from: `/admin/requests/${id}` },
    );
    assert.equal(asked.status, 303, asked.text.slice(0, 300));
    const waiting = await c.json(`/api/v1/requests/${r.body.number}?code=${r.body.code}`);
    assert.equal(waiting.body.dueDate, null);
    const empty = await c.postForm(
      `/${a.code}/track/correct`,
      { number: r.body.number, code: r.body.code, text: '' },
      { from: `/${a.code}/track` },
    );
    assert.equal(empty.status, 400);
    const sent = await c.postForm(
      `/${a.code}/track/correct`,
      { number: r.body.number, code: r.body.code, text: '所需信息为2025年度' },
      { from: `/${a.code}/track` },
    );
    assert.equal(sent.status, 200);
    assert.match(sent.text, /已提交补正/);
    const v = await c.json(`/api/v1/requests/${r.body.number}?code=${r.body.code}`);
    assert.equal(v.body.state, 'processing');
    const cal = await loadCalendar(s.db);
    assert.equal(
      v.body.dueDate,
      computeDeadline(cal, {
        received: today,
        channel: 'online',
        events: [
          { type: 'correctionRequested', date: today, replyBy: addDays(today, 15) },
          { type: 'correctionReceived', date: today },
        ],
      }).due,
    );
  });

  test('a repeat application by the same applicant is shown to the clerk with the earlier case', async () => {
    const staff = await buildStaff(s, a.code, ['clerk']);
    const clerk = new Client(s.url);
    await clerk.login(staff.username, staff.password);
    const first = await new Client(s.url).json(`/api/v1/agencies/${a.code}/requests`, {
      method: 'POST',
      body: applicationInput({ idNumber: '110101199003074477' }),
    });
    const again = await new Client(s.url).json(`/api/v1/agencies/${a.code}/requests`, {
      method: 'POST',
      body: applicationInput({ idNumber: '110101199003074477', infoTitle: '2025年东和乡道路维修经费的使用情况' }),
    });
    const v = await clerk.json(`/api/v1/staff/requests/${again.body.number}`);
    const earlier = v.body.earlierCases.find((e: { number: string }) => e.number === first.body.number);
    assert.ok(earlier, 'the earlier case is listed');
    assert.equal(earlier.similar, true);
    const id = Number(
      (await s.db.selectFrom('requests').select('id').where('number', '=', again.body.number).executeTakeFirstOrThrow())
        .id,
    );
    assert.match((await clerk.get(`/admin/requests/${id}`)).text, /可能为重复申请/);
  });
});
