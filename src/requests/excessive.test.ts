// 第三十五条 on a real database: an application whose number or frequency clearly exceeds a reasonable range. The agency
// asks for reasons; reasonable reasons may get a reasonable later reply date (the clock's due date becomes that date,
// the 第三十三条 date kept beside it), with its 延迟答复告知书; unreasonable ones end in 不予处理 (excessive), counted in
// 表三 row 4.无正当理由大量反复申请.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadCalendar } from '../calendar/store.ts';
import { computeDeadline } from '../clock/deadline.ts';
import { makeCtx, type Ctx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { caseView } from './case-view.ts';
import { computeTableThree } from './compute-table-three.ts';
import { Application } from './form.ts';
import { issueLetter, letterOf } from './issue-letter.ts';
import { performStep } from './perform-step.ts';
import { Step } from './step-form.ts';
import { submitApplication } from './submit.ts';

describe(`${DIALECT}: 第三十五条 — requests clearly exceeding a reasonable range`, () => {
  let t: TestDb;
  let agency: { id: number; code: string };
  let clerk: Ctx;
  const now = new Date('2026-04-20T02:00:00Z');
  const step = async (id: number, raw: Record<string, unknown>) => {
    const v = (await caseView(clerk, id)).c.version;
    return performStep(clerk, id, parseInput(Step, { ...raw, version: String(v) }));
  };
  const newCase = async () =>
    (
      await submitApplication(
        clerk,
        agency.code,
        parseInput(Application, applicationInput({ email: '', formWanted: 'paper', delivery: 'pickup' })),
        { channel: 'in_person', receivedOn: '2026-03-02', evidence: '当面' },
      )
    ).id;
  const askAndAnswer = async (id: number) => {
    await step(id, { event: 'accepted', onDate: '2026-03-02' });
    await step(id, {
      event: 'reasons_requested',
      onDate: '2026-03-03',
      items: '本月已提交 40 件申请，请说明用途',
      replyBy: '2026-03-10',
    });
    assert.equal((await caseView(clerk, id)).c.state, 'awaiting_reasons');
    await step(id, { event: 'reasons_answered', onDate: '2026-03-09', reason: '为撰写村道建设研究报告' });
  };

  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { parent: (await buildAgency(t, { kind: 'county', name: '示范县人民政府' })).code });
    const u = await buildStaff(t, agency.code, ['clerk']);
    clerk = makeCtx(
      { ...t, now },
      {
        kind: 'staff',
        userId: u.id,
        username: u.username,
        displayName: '李信息',
        agencyId: agency.id,
        agencyCode: agency.code,
        agencyPath: `/${agency.id}/`,
        roles: ['clerk'],
      },
    );
  });
  after(async () => {
    await t.close();
  });

  test('reasonable reasons: the delayed reply date replaces the due date, which must fall after the 第三十三条 one; the letter says so', async () => {
    const id = await newCase();
    await askAndAnswer(id);
    const statutory = computeDeadline(await loadCalendar(t.db), {
      received: '2026-03-02',
      channel: 'in_person',
      events: [],
    }).due!;
    assert.equal(
      (await caseView(clerk, id)).clock.deadline.due,
      statutory,
      'asking for reasons does not stop the count',
    );
    await assert.rejects(
      step(id, { event: 'reply_delayed', onDate: '2026-03-10', until: statutory, reason: '需逐件检索档案' }),
      (e: DomainError) => e.code === 'invalid_input' && /应晚于/.test(e.fields?.until ?? ''),
    );
    await assert.rejects(
      step(id, { event: 'reply_delayed', onDate: '2026-03-10' }),
      (e: DomainError) => e.code === 'invalid_input' && 'until' in (e.fields ?? {}) && 'reason' in (e.fields ?? {}),
    );
    await step(id, {
      event: 'reply_delayed',
      onDate: '2026-03-10',
      until: '2026-04-30',
      reason: '需逐件检索 2010 年以来的档案',
    });
    const v = await caseView(clerk, id);
    assert.equal(v.c.state, 'processing');
    assert.equal(v.clock.deadline.due, '2026-04-30');
    assert.equal(v.clock.deadline.statutoryDue, statutory);
    assert.ok(v.clock.deadline.basis.includes('条例第三十五条'));
    assert.ok(v.letterKinds.includes('delayed_reply') && v.letterKinds.includes('reasons_request'));
    const letter = await letterOf(clerk, id, (await issueLetter(clerk, id, 'delayed_reply')).id);
    assert.equal(letter.title, '延迟答复告知书');
    assert.equal(letter.basis, '条例第三十五条');
    assert.ok(letter.body.some((p) => p.includes('2026年4月30日') && p.includes('需逐件检索 2010 年以来的档案')));
    assert.match(letter.remedies ?? '', /行政复议/);
    const ask = await letterOf(clerk, id, (await issueLetter(clerk, id, 'reasons_request')).id);
    assert.ok(ask.body.some((p) => p.includes('2026年3月10日') && p.includes('不予处理')));
    await assert.rejects(
      step(id, { event: 'reply_delayed', until: '2026-05-29', reason: '再次延迟' }),
      (e: DomainError) => e.code === 'illegal_transition',
    );
  });

  test('unreasonable reasons: 不予处理 with outcome excessive, its letter, and 表三 row 4.无正当理由大量反复申请', async () => {
    const before = await computeTableThree(clerk, agency.code, 2026);
    const id = await newCase();
    await askAndAnswer(id);
    await step(id, {
      event: 'replied',
      onDate: '2026-03-16',
      outcome: 'excessive',
      basis: '条例第三十五条',
      reason: '申请人说明的理由不能说明需要如此数量的信息。',
    });
    const v = await caseView(clerk, id);
    assert.equal(v.c.state, 'replied');
    assert.equal(v.c.outcome, 'excessive');
    assert.deepEqual(
      v.letterKinds.filter((k) => k === 'not_processed' || k === 'reply'),
      ['not_processed'],
    );
    const letter = await letterOf(clerk, id, (await issueLetter(clerk, id, 'not_processed')).id);
    assert.equal(letter.basis, '条例第三十五条');
    assert.ok(letter.body.some((p) => p.includes('无正当理由大量反复申请')));
    const after = await computeTableThree(clerk, agency.code, 2026);
    assert.equal(after['notProcessed.excessive']!.natural! - before['notProcessed.excessive']!.natural!, 1);
    assert.equal(after['notProcessed.excessive']!.total! - before['notProcessed.excessive']!.total!, 1);
  });

  test('不予处理 as excessive, or a delayed reply, without first asking for reasons is refused', async () => {
    const id = await newCase();
    await step(id, { event: 'accepted', onDate: '2026-03-02' });
    await assert.rejects(
      step(id, { event: 'replied', outcome: 'excessive', basis: '条例第三十五条' }),
      (e: DomainError) => e.code === 'illegal_transition' && /说明理由/.test(e.message),
    );
    await assert.rejects(
      step(id, { event: 'reply_delayed', until: '2026-04-30', reason: '档案多' }),
      (e: DomainError) => e.code === 'illegal_transition',
    );
    await step(id, { event: 'reasons_requested', items: '请说明用途', replyBy: '2026-03-12' });
    await assert.rejects(
      step(id, { event: 'replied', outcome: 'excessive', basis: '条例第三十五条' }),
      (e: DomainError) => e.code === 'illegal_transition',
    );
    assert.equal((await caseView(clerk, id)).c.state, 'awaiting_reasons');
  });
});
