// Clerks handle cases to each outcome family through the staff API and the back office: 补正 restart, third-party
// pause, extension with the head's approval, fee non-payment, withdrawal, transfer. The due date shown is the clock's.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadCalendar } from '../../src/calendar/store.ts';
import { computeDeadline } from '../../src/clock/deadline.ts';
import { deadlineInput } from '../../src/requests/clock.ts';
import { findRequestByNumber, listEvents } from '../../src/requests/store.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

const SYSTEM = { kind: 'system' } as const;

describe(`${DIALECT}: clerks handle cases to every outcome family`, () => {
  let s: TestServer;
  let a: { code: string; id: number }, b: { code: string; id: number };
  let clerk: string, head: string, clerkB: string, clerk2: string;
  let clerkWeb: Client;

  const tokenFor = async (username: string, password: string) => {
    const c = new Client(s.url);
    await c.login(username, password);
    const page = await c.postForm('/admin/account/tokens', { name: '测试' }, { from: '/admin/account' });
    return { token: /gk_[\w-]+/.exec(page.text)![0], client: c };
  };
  const api = (token: string) => (path: string, body?: unknown) =>
    new Client(s.url).json(path, { token, method: body === undefined ? 'GET' : 'POST', body });
  const register = async (o: { receivedOn?: string; channel?: string; input?: Record<string, string> } = {}) => {
    const r = await api(clerk)(`/api/v1/agencies/${a.code}/requests/registrations`, {
      application: applicationInput(o.input),
      channel: o.channel ?? 'in_person',
      receivedOn: o.receivedOn ?? '2026-03-02',
      evidence: '窗口当面签收',
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body.number as string;
  };
  const step = async (token: string, number: string, body: Record<string, unknown>) => {
    const view = await api(token)(`/api/v1/staff/requests/${number}`);
    return api(token)(`/api/v1/staff/requests/${number}/steps`, { version: view.body.version, ...body });
  };
  const ok = async (token: string, number: string, body: Record<string, unknown>) => {
    const r = await step(token, number, body);
    assert.equal(r.status, 200, `${String(body.event)}: ${JSON.stringify(r.body)}`);
    return r.body;
  };
  /** The due date the clock computes from what is stored, to compare with what the API shows. */
  const clockDue = async (number: string) => {
    const c = (await findRequestByNumber(s.db, SYSTEM, number))!;
    const input = deadlineInput({ receivedOn: c.received_on, channel: c.channel }, await listEvents(s.db, c.id));
    return computeDeadline(await loadCalendar(s.db), input).due;
  };

  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county' });
    a = await buildAgency(s, { parent: county.code });
    b = await buildAgency(s, { parent: county.code });
    const c = await buildStaff(s, a.code, ['clerk']);
    const h = await buildStaff(s, a.code, ['head']);
    const cb = await buildStaff(s, b.code, ['clerk']);
    const c2 = await buildStaff(s, a.code, ['clerk']);
    const t = await tokenFor(c.username, c.password);
    clerk = t.token;
    clerkWeb = t.client;
    head = (await tokenFor(h.username, h.password)).token;
    clerkB = (await tokenFor(cb.username, cb.password)).token;
    clerk2 = (await tokenFor(c2.username, c2.password)).token;
  });
  after(async () => {
    await s.close();
  });

  test("予以公开: accepted, replied, delivered with evidence (the clock stops), archived; due date is the clock's", async () => {
    const n = await register();
    let v = await ok(clerk, n, { event: 'accepted', onDate: '2026-03-02' });
    assert.equal(v.deadline.due, await clockDue(n));
    assert.ok(v.deadline.trace.length > 20);
    assert.ok(v.deadline.basis.includes('条例第三十三条'));
    assert.equal((await step(clerk, n, { event: 'archived' })).status, 409, 'no archive without an outcome');
    v = await ok(clerk, n, {
      event: 'replied',
      outcome: 'disclosed',
      basis: '条例第三十六条第（二）项',
      onDate: '2026-03-20',
    });
    assert.equal(v.outcomeRow, 'disclosed');
    assert.equal((await step(clerk, n, { event: 'delivered' })).status, 400, 'delivery needs evidence');
    v = await ok(clerk, n, { event: 'delivered', evidence: 'EMS1234567890CN', onDate: '2026-03-23' });
    assert.equal(v.deadline.stopped, true);
    assert.equal(v.deadline.workingDaysLeft, null);
    assert.equal(v.deadline.overdue, false);
    v = await ok(clerk, n, { event: 'archived' });
    assert.equal(v.state, 'archived');
  });

  test('补正 restarts the 20 days from the day the correction arrives (第三十条); none twice', async () => {
    const n = await register();
    let v = await ok(clerk, n, {
      event: 'correction_requested',
      items: '请写明所需信息的年份',
      replyBy: '2026-03-20',
      onDate: '2026-03-04',
    });
    assert.equal(v.deadline.due, null);
    v = await ok(clerk, n, { event: 'corrected', onDate: '2026-03-10' });
    assert.equal(v.state, 'processing');
    assert.equal(v.deadline.due, await clockDue(n));
    assert.ok(v.deadline.due > (await clockDue(await register()))!);
    assert.equal(
      (await step(clerk, n, { event: 'correction_requested', items: 'x', replyBy: '2026-03-30', onDate: '2026-03-11' }))
        .status,
      409,
    );
    v = await ok(clerk, n, {
      event: 'replied',
      outcome: 'not_held',
      basis: '条例第三十六条第（四）项',
      onDate: '2026-03-12',
    });
    assert.equal(v.outcomeRow, 'unavailable.notHeld');
  });

  test('逾期不补正 closes as other.noCorrection', async () => {
    const n = await register();
    await ok(clerk, n, {
      event: 'correction_requested',
      items: '请说明所需信息',
      replyBy: '2026-03-13',
      onDate: '2026-03-03',
    });
    const v = await ok(clerk, n, { event: 'correction_lapsed', onDate: '2026-03-16' });
    assert.deepEqual([v.state, v.outcomeRow], ['deemed_abandoned', 'other.noCorrection']);
  });

  test('third-party consultation pauses the clock (第三十二条, 第三十三条第三款); withheld for third-party rights', async () => {
    const n = await register();
    const plain = await clockDue(n);
    await ok(clerk, n, { event: 'accepted', onDate: '2026-03-02' });
    let v = await ok(clerk, n, {
      event: 'consultation_started',
      party: 'third_party',
      partyName: '某建筑公司',
      onDate: '2026-03-05',
    });
    assert.equal(v.state, 'consulting');
    v = await ok(clerk, n, { event: 'consultation_ended', onDate: '2026-03-12' });
    assert.equal(v.deadline.due, await clockDue(n));
    assert.ok(v.deadline.due > plain!);
    assert.ok(v.deadline.pauses.some((p: { kind: string }) => p.kind === 'third_party'));
    v = await ok(clerk, n, {
      event: 'replied',
      outcome: 'third_party_rights',
      basis: '条例第十五条',
      reason: '第三方不同意公开且有合理理由',
      onDate: '2026-03-20',
    });
    assert.equal(v.outcomeRow, 'withheld.thirdPartyRights');
    // The case page names the 表三 row as printed, never by its key.
    const page = (await clerkWeb.get(`/admin/requests/${(await findRequestByNumber(s.db, SYSTEM, n))!.id}`)).text;
    assert.match(page, /表三：（三）不予公开 · 保护第三方合法权益/);
    assert.doesNotMatch(page, /withheld\.thirdPartyRights/);
  });

  test('extension: asked by the clerk, refused to the clerk, approved by the head; due moves by the approved days', async () => {
    const n = await register();
    await ok(clerk, n, { event: 'accepted', onDate: '2026-03-02' });
    const before = await clockDue(n);
    await ok(clerk, n, { event: 'extension_requested', workingDays: 10, reason: '涉及档案调阅', onDate: '2026-03-20' });
    const denied = await step(clerk, n, { event: 'extension_approved', onDate: '2026-03-23' });
    assert.equal(denied.status, 403);
    assert.ok(hasChinese(denied.body.error.message));
    let v = await ok(head, n, { event: 'extension_approved', onDate: '2026-03-23' });
    assert.equal(v.deadline.due, await clockDue(n));
    assert.ok(v.deadline.due > before!);
    assert.equal(v.deadline.basis.includes('条例第三十三条第二款'), true);
    v = await ok(clerk, n, {
      event: 'replied',
      outcome: 'partial',
      basis: '条例第三十七条',
      reason: '第3页含个人信息，已遮盖',
      onDate: '2026-04-10',
    });
    assert.equal(v.outcomeRow, 'partiallyDisclosed');
    const audit = await s.db.selectFrom('audit_log').select('summary').where('action', '=', 'access.denied').execute();
    assert.ok(audit.some((x) => x.summary.includes('/steps')));
  });

  test('fee notice by pages (250 pages = 4,700元) then non-payment, 20 working days after the notice reached the applicant, closes as other.unpaidFee', async () => {
    const n = await register();
    await ok(clerk, n, { event: 'accepted', onDate: '2026-03-02' });
    assert.equal(
      (await step(clerk, n, { event: 'fee_notice_sent', method: 'pages', pages: 20, onDate: '2026-03-05' })).status,
      400,
      '30 pages or fewer are free',
    );
    let v = await ok(clerk, n, { event: 'fee_notice_sent', method: 'pages', pages: 250, onDate: '2026-03-05' });
    assert.equal(v.state, 'awaiting_fee');
    assert.equal(v.history.at(-1).data.amount, 4700);
    assert.ok(v.deadline.feeLapsesAfter);
    assert.equal(
      (await step(clerk, n, { event: 'fee_lapsed', onDate: '2026-03-07' })).status,
      409,
      'not two days after the notice',
    );
    v = await ok(clerk, n, { event: 'fee_notice_received', onDate: '2026-03-06' });
    assert.equal(v.deadline.feeLapsesAfter, '2026-04-03'); // 20 working days after 03-06
    assert.equal(
      (await step(clerk, n, { event: 'fee_lapsed', onDate: '2026-04-03' })).status,
      409,
      'the last day to pay',
    );
    v = await ok(clerk, n, { event: 'fee_lapsed', onDate: '2026-04-07' }); // 04-04 to 04-06 清明
    assert.deepEqual([v.state, v.outcomeRow], ['deemed_abandoned', 'other.unpaidFee']);
  });

  test('count-based fee: the 11th application of one applicant in a natural month costs 100元; payment resumes the clock with the fee days excluded', async () => {
    const input = { idNumber: '11010119900307803X' };
    const numbers: string[] = [];
    for (let i = 0; i < 11; i++) numbers.push(await register({ receivedOn: '2026-04-01', input }));
    const first = numbers[0]!,
      eleventh = numbers[10]!;
    await ok(clerk, first, { event: 'accepted', onDate: '2026-04-01' });
    const free = await step(clerk, first, {
      event: 'fee_notice_sent',
      method: 'count',
      pieces: 1,
      onDate: '2026-04-02',
    });
    assert.equal(free.status, 400, 'the first ten in a month are free');
    await ok(clerk, eleventh, { event: 'accepted', onDate: '2026-04-01' });
    let v = await ok(clerk, eleventh, { event: 'fee_notice_sent', method: 'count', pieces: 1, onDate: '2026-04-02' });
    assert.equal(v.history.at(-1).data.amount, 100);
    v = await ok(clerk, eleventh, { event: 'fee_paid', onDate: '2026-04-09' });
    assert.equal(v.state, 'processing');
    assert.equal(v.deadline.due, await clockDue(eleventh));
    assert.ok(v.deadline.pauses.some((p: { kind: string; assumed: boolean }) => p.kind === 'fee' && !p.assumed));
  });

  test('不予处理 (信访类) and withdrawal by the clerk close in their rows', async () => {
    const n1 = await register();
    await ok(clerk, n1, { event: 'accepted', onDate: '2026-03-02' });
    assert.equal(
      (
        await ok(clerk, n1, {
          event: 'replied',
          outcome: 'petition',
          basis: '条例第三十九条第一款',
          reason: '所提内容为对村干部的举报，可通过信访渠道提出',
          onDate: '2026-03-03',
        })
      ).outcomeRow,
      'notProcessed.petition',
    );
    const n2 = await register();
    assert.equal(
      (await ok(clerk, n2, { event: 'withdrawn', note: '申请人电话撤回', onDate: '2026-03-03' })).outcomeRow,
      'other.other',
    );
  });

  test('transfer to another agency keeps the original receipt date; the old agency no longer sees the case', async () => {
    const n = await register({ receivedOn: '2026-03-02' });
    await ok(clerk, n, { event: 'accepted', onDate: '2026-03-02' });
    assert.equal((await step(clerk, n, { event: 'transferred', toAgency: a.code, onDate: '2026-03-03' })).status, 409);
    const r = await step(clerk, n, { event: 'transferred', toAgency: b.code, onDate: '2026-03-03' });
    assert.equal(r.status, 404, 'after the transfer the case is outside agency A');
    const v = await api(clerkB)(`/api/v1/staff/requests/${n}`);
    assert.equal(v.status, 200);
    assert.equal(v.body.receivedOn, '2026-03-02');
    assert.equal(v.body.state, 'received');
    assert.equal(v.body.deadline.due, await clockDue(n));
    assert.equal((await api(clerk)(`/api/v1/staff/requests/${n}`)).status, 404);
  });

  test("another agency's clerk finds nothing; only the handler sees whole personal data, and that view is audited", async () => {
    const n = await register();
    assert.equal((await api(clerkB)(`/api/v1/staff/requests/${n}`)).status, 404);
    assert.equal(
      (await api(clerkB)(`/api/v1/staff/requests/${n}/steps`, { event: 'accepted', version: 1 })).status,
      404,
    );
    const masked = await api(clerk)(`/api/v1/staff/requests/${n}`);
    assert.equal(masked.body.applicant.idNumber, '110105********002X');
    assert.equal(masked.body.applicant.phone, '138****8000');
    assert.equal((await api(clerk2)(`/api/v1/staff/requests/${n}/personal`)).status, 403);
    const whole = await api(clerk)(`/api/v1/staff/requests/${n}/personal`);
    assert.equal(whole.status, 200);
    assert.equal(whole.body.idNumber, '11010519491231002X');
    const viewed = await s.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'request.personal_viewed')
      .execute();
    assert.ok(viewed.some((x) => x.summary.includes(n)));
    assert.ok(viewed.every((x) => !x.summary.includes('11010519491231002X')));
  });

  test('a supervisor of the county reads the case but cannot write; the refusal is audited', async () => {
    const n = await register();
    const sup = await buildStaff(
      s,
      (await s.db.selectFrom('agencies').select('code').where('kind', '=', 'county').executeTakeFirstOrThrow()).code,
      ['supervisor'],
    );
    const token = (await tokenFor(sup.username, sup.password)).token;
    assert.equal((await api(token)(`/api/v1/staff/requests/${n}`)).status, 200);
    const r = await step(token, n, { event: 'accepted' });
    assert.equal(r.status, 403);
    const denied = await s.db
      .selectFrom('audit_log')
      .select(['summary', 'actor'])
      .where('action', '=', 'access.denied')
      .execute();
    assert.ok(denied.some((x) => x.actor.startsWith(sup.username) && x.summary.includes(n)));
    assert.equal((await api(clerk)(`/api/v1/staff/requests/${n}`)).body.state, 'received');
  });

  test('bad input to the staff routes: 4xx with Chinese messages, nothing changed', async () => {
    const n = await register();
    const bodies: Record<string, unknown>[] = [
      { event: 'nonsense' },
      { event: 'replied' },
      { event: 'replied', outcome: 'no_correction', basis: 'x' },
      { event: 'extension_requested', workingDays: 30, reason: 'x' },
      { event: 'accepted', onDate: '2099-01-01' },
      { event: 'accepted', onDate: '2026-02-30' },
      { event: 'accepted', onDate: '2026-03-01' },
    ];
    for (const body of bodies) {
      const r = await step(clerk, n, body);
      assert.ok(r.status >= 400 && r.status < 500, JSON.stringify(body));
      assert.ok(hasChinese(r.body.error.message), JSON.stringify(r.body));
    }
    assert.equal(
      (await api(clerk)(`/api/v1/staff/requests/${n}/steps`, { event: 'accepted', version: 99 })).status,
      409,
    );
    assert.equal((await api(clerk)(`/api/v1/staff/requests/${n}`)).body.state, 'received');
    const reg = await api(clerk)(`/api/v1/agencies/${a.code}/requests/registrations`, {
      application: applicationInput(),
      channel: 'portal',
      receivedOn: '2026-03-02',
      evidence: '',
    });
    assert.equal(reg.status, 400);
    assert.ok(reg.body.error.fields.channel && reg.body.error.fields.evidence);
  });

  test('back office: register a paper application by form, see the due date of the clock, act by form; bad input re-renders', async () => {
    const bad = await clerkWeb.postForm(
      '/admin/requests/new',
      { ...applicationInput(), channel: 'registered_mail', receivedOn: '', evidence: '' },
      { from: '/admin/requests/new' },
    );
    assert.equal(bad.status, 400);
    assert.match(bad.text, /收件凭证/);
    const r = await clerkWeb.postForm(
      '/admin/requests/new',
      { ...applicationInput(), channel: 'registered_mail', receivedOn: '2026-03-06', evidence: 'EMS 签收 2026-03-06' },
      { from: '/admin/requests/new' },
    );
    assert.equal(r.status, 303);
    const id = /\/admin\/requests\/(\d+)/.exec(r.location!)![1];
    const page = await clerkWeb.get(`/admin/requests/${id}`);
    const number = /申请 (YS\d{12})/.exec(page.text)![1]!;
    assert.match(page.text, new RegExp(`答复期限</dt><dd><span class="[^"]*">${await clockDue(number)}`));
    assert.match(page.text, /答复期限计算过程/);
    assert.match(page.text, /138\*\*\*\*8000/);
    assert.doesNotMatch(page.text, /13800138000/);
    const form = await clerkWeb.get(`/admin/requests/${id}?step=accepted`);
    const version = /name="version" value="(\d+)"/.exec(form.text)![1]!;
    // The state is checked before the input: a reply to a case not yet accepted is a 409, whatever its fields.
    assert.equal(
      (
        await clerkWeb.postForm(
          `/admin/requests/${id}/steps`,
          { event: 'replied', version, basis: '' },
          { from: `/admin/requests/${id}` },
        )
      ).status,
      409,
    );
    const acc = await clerkWeb.postForm(
      `/admin/requests/${id}/steps`,
      { event: 'accepted', version, onDate: '2026-03-06' },
      { from: `/admin/requests/${id}` },
    );
    assert.equal(acc.status, 303);
    const noOutcome = await clerkWeb.postForm(
      `/admin/requests/${id}/steps`,
      { event: 'replied', version: String(Number(version) + 1), basis: '' },
      { from: `/admin/requests/${id}` },
    );
    assert.equal(noOutcome.status, 400);
    assert.match(noOutcome.text, /请选择处理结果/);
    const list = await clerkWeb.get('/admin/requests?state=processing');
    assert.match(list.text, new RegExp(number));
    assert.match(list.text, /已逾期：<strong class="overdue">[1-9]\d*<\/strong>/);
    assert.match(list.text, /计时中的申请按承办人：[^<]*测试clerk \d+ 件/);
    assert.match(
      (await clerkWeb.get('/admin')).text,
      /依申请公开：计时中 \d+ 件，3个工作日内到期 \d+ 件，已逾期 [1-9]\d* 件/,
    );
  });

  test('表三 computed from these cases balances, and each closed case sits in its outcome row and applicant column', async () => {
    const r = await api(clerk)(`/api/v1/agencies/${a.code}/requests/table-three?year=2026`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const t = r.body;
    assert.equal(t.received.natural + t.carriedIn.natural, t.total.natural + t.carriedOut.natural);
    assert.ok(
      t.disclosed.natural >= 1 &&
        t['withheld.thirdPartyRights'].natural >= 1 &&
        t['other.unpaidFee'].natural >= 1 &&
        t.partiallyDisclosed.natural >= 1,
    );
    assert.equal((await api(clerk)(`/api/v1/agencies/${a.code}/requests/table-three?year=abc`)).status, 400);
    assert.equal((await api(clerkB)(`/api/v1/agencies/${a.code}/requests/table-three?year=2026`)).status, 404);
  });
});
