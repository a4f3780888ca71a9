// The workflow's guards on a real database, through performStep: the dates the law gives the applicant and the agency
// (补正 period, fee payment from receipt, handling period), the consultation period from receipt, and permission
// before state and input. Each test is a case the issue saw go wrong.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedCalendar } from '../calendar/seed.ts';
import { makeCtx, type Ctx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { caseView } from './case-view.ts';
import { Application } from './form.ts';
import { performStep } from './perform-step.ts';
import { submitApplication } from './submit.ts';

describe(`${DIALECT}: the workflow refuses what the law forbids`, () => {
  let t: TestDb;
  let agency: { id: number; code: string };
  let clerk: Ctx, head: Ctx;
  const now = new Date('2026-12-01T02:00:00Z');
  const as = async (ctx: Ctx, id: number, raw: Record<string, unknown>) =>
    performStep(ctx, id, { ...raw, version: String((await caseView(clerk, id)).c.version) });
  const step = (id: number, raw: Record<string, unknown>) => as(clerk, id, raw);
  const refused = (why: RegExp) => (e: DomainError) => e.code === 'illegal_transition' && why.test(e.message);
  /** A case registered in person on `receivedOn` (Monday 2026-06-01 unless said), accepted the same day. */
  const newCase = async (receivedOn = '2026-06-01', accept = true) => {
    const { id } = await submitApplication(
      clerk,
      agency.code,
      parseInput(Application, applicationInput({ email: '', formWanted: 'paper', delivery: 'pickup' })),
      { channel: 'in_person', receivedOn, evidence: '当面' },
    );
    if (accept) await step(id, { event: 'accepted', onDate: receivedOn });
    return id;
  };

  before(async () => {
    t = await createTestDb();
    await seedCalendar(t.db, now, t.config);
    agency = await buildAgency(t);
    const staff = async (roles: ('clerk' | 'head')[]) => {
      const u = await buildStaff(t, agency.code, roles);
      return makeCtx(
        { ...t, now },
        {
          kind: 'staff',
          userId: u.id,
          username: u.username,
          displayName: '测试',
          agencyId: agency.id,
          agencyCode: agency.code,
          agencyPath: `/${agency.id}/`,
          roles,
        },
      );
    };
    clerk = await staff(['clerk']);
    head = await staff(['head']);
  });
  after(async () => {
    await t.close();
  });

  test('视为放弃 after 补正 is refused on 06-10 while the notice gave until 06-30, accepted from 07-01 (第三十条)', async () => {
    const id = await newCase('2026-06-01', false);
    await step(id, {
      event: 'correction_requested',
      onDate: '2026-06-02',
      items: '请写明所需信息的年份',
      replyBy: '2026-06-30',
    });
    await assert.rejects(step(id, { event: 'correction_lapsed', onDate: '2026-06-10' }), refused(/2026-06-30/));
    await assert.rejects(
      step(id, { event: 'correction_lapsed', onDate: '2026-06-30' }),
      refused(/期限届满前不能视为放弃/),
    );
    assert.equal((await step(id, { event: 'correction_lapsed', onDate: '2026-07-01' })).state, 'deemed_abandoned');
  });

  test('an unpaid fee is 视为放弃 only 20 working days after the applicant received the notice, not two days after it was sent', async () => {
    const id = await newCase();
    await step(id, { event: 'fee_notice_sent', onDate: '2026-06-02', method: 'pages', pages: '60' });
    await assert.rejects(step(id, { event: 'fee_lapsed', onDate: '2026-06-04' }), refused(/收到收费通知/));
    await step(id, { event: 'fee_notice_received', onDate: '2026-06-05' });
    // 20 working days after Friday 06-05, 端午 (06-19) off: 06-08 … 06-18 (9), 06-22 … 07-03 (19), 07-06 (20).
    const lapses = (await caseView(clerk, id)).clock.deadline.feeLapsesAfter;
    assert.equal(lapses, '2026-07-06');
    await assert.rejects(step(id, { event: 'fee_lapsed', onDate: '2026-07-06' }), refused(/2026-07-06/));
    assert.equal((await step(id, { event: 'fee_lapsed', onDate: '2026-07-07' })).state, 'deemed_abandoned');
  });

  test('the fee notice goes out within the handling period: refused the day after the due date', async () => {
    const id = await newCase();
    const due = (await caseView(clerk, id)).clock.deadline.due!;
    assert.equal(due, '2026-06-30');
    await assert.rejects(
      step(id, { event: 'fee_notice_sent', onDate: '2026-07-01', method: 'pages', pages: '60' }),
      refused(/答复期限内发出/),
    );
    assert.equal(
      (await step(id, { event: 'fee_notice_sent', onDate: '2026-06-30', method: 'pages', pages: '60' })).state,
      'awaiting_fee',
    );
  });

  test('an extension approved after the due date is refused, and the overdue case stays overdue (第三十三条第二款)', async () => {
    const id = await newCase();
    await step(id, { event: 'extension_requested', onDate: '2026-06-25', workingDays: '10', reason: '需调取档案' });
    await assert.rejects(
      as(head, id, { event: 'extension_approved', onDate: '2026-07-01' }),
      refused(/2026-06-30 届满/),
    );
    const v = await caseView(clerk, id);
    assert.deepEqual([v.clock.deadline.due, v.clock.overdue], ['2026-06-30', true]);
    await as(head, id, { event: 'extension_refused', onDate: '2026-07-01' });
    await assert.rejects(
      step(id, { event: 'extension_requested', onDate: '2026-07-02', workingDays: '5', reason: '再次申请' }),
      refused(/届满/),
    );
    // In time, the same approval extends: a fresh case approved on its due date runs 10 more working days.
    const ok = await newCase();
    await step(ok, { event: 'extension_requested', onDate: '2026-06-25', workingDays: '10', reason: '需调取档案' });
    await as(head, ok, { event: 'extension_approved', onDate: '2026-06-30' });
    assert.equal((await caseView(clerk, ok)).clock.deadline.due, '2026-07-14');
  });

  test("the consultation pause runs 15 working days from the third party's recorded receipt of the request, else from sending", async () => {
    const id = await newCase();
    await step(id, {
      event: 'consultation_started',
      onDate: '2026-06-02',
      party: 'third_party',
      partyName: '某建筑公司',
    });
    const fromSending = (await caseView(clerk, id)).clock.deadline.pauses[0]!;
    assert.deepEqual([fromSending.from, fromSending.to], ['2026-06-02', '2026-06-24']); // 端午 06-19 off
    await step(id, { event: 'consultation_received', onDate: '2026-06-08' });
    const fromReceipt = (await caseView(clerk, id)).clock.deadline.pauses[0]!;
    assert.deepEqual([fromReceipt.from, fromReceipt.to], ['2026-06-02', '2026-06-30']);
    await assert.rejects(step(id, { event: 'consultation_received', onDate: '2026-06-09' }), refused(/已记录过/));
  });

  test('permission before state and input: steps the actor may not take are forbidden whatever the state and the fields', async () => {
    const id = await newCase();
    // The head does not handle cases: a reply, even an empty one, is forbidden (not a missing-field 400).
    await assert.rejects(as(head, id, { event: 'replied' }), (e: DomainError) => e.code === 'forbidden');
    // A clerk approving an extension of a case that has none pending: forbidden, not "the state does not allow it".
    await assert.rejects(
      step(id, { event: 'extension_approved', onDate: 'not a date' }),
      (e: DomainError) => e.code === 'forbidden',
    );
    // Allowed party, wrong state: 409 before the bad date is looked at.
    await assert.rejects(
      step(id, { event: 'corrected', onDate: 'not a date' }),
      (e: DomainError) => e.code === 'illegal_transition',
    );
  });
});
