import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { seedArrangements } from '../calendar/seed.ts';
import { buildCalendar, type Calendar } from '../calendar/working-days.ts';
import { appealDeadlines } from './deadlines.ts';
import { DECISIONS, reopensRequest, type Decision } from './outcomes.ts';
import { tableFour } from './table-four.ts';

let cal: Calendar;
before(() => {
  cal = buildCalendar(seedArrangements());
});

test('each decision counts in its 表四 column, and only corrections reopen the request', () => {
  const expected: Record<Decision, string> = {
    upheld: 'upheld',
    changed: 'corrected',
    revoked: 'corrected',
    confirmed_illegal: 'corrected',
    ordered_to_perform: 'corrected',
    confirmed_void: 'corrected',
    rejected: 'other',
    terminated: 'other',
    mediated: 'other',
    settled: 'other',
  };
  for (const [d, column] of Object.entries(expected) as Array<[Decision, string]>) {
    assert.equal(DECISIONS[d].column, column, d);
    assert.equal(reopensRequest(d), column === 'corrected', d);
  }
});

test('the 复议 answer is due 10 working days after the copy arrives (5 in 简易程序), skipping 国庆 2025', () => {
  // Copy received Tue 2025-09-30; 10/1–10/8 off; 10/9, 10/10, 10/11 (调休 Saturday), 10/13–10/17 → 8; 10/20 → 9; 10/21 → 10.
  const a = { kind: 'reconsideration' as const, acceptedOn: null, copyReceivedOn: '2025-09-30', extendedDays: 0 };
  assert.equal(appealDeadlines(cal, { ...a, procedure: 'ordinary' }).answerDue?.date, '2025-10-21');
  // 5 working days: 10/9, 10/10, 10/11, 10/13, 10/14.
  assert.equal(appealDeadlines(cal, { ...a, procedure: 'simplified' }).answerDue?.date, '2025-10-14');
});

test('in a 行政诉讼 the answer is due 15 natural days after the 起诉状副本 arrives (行政诉讼法第六十七条): 2025-09-24 → 2025-10-09', () => {
  for (const kind of ['litigation_direct', 'litigation_after_reconsideration'] as const) {
    for (const procedure of ['ordinary', 'simplified'] as const) {
      const d = appealDeadlines(cal, {
        kind,
        procedure,
        acceptedOn: null,
        copyReceivedOn: '2025-09-24',
        extendedDays: 0,
      }).answerDue;
      assert.deepEqual(d, { date: '2025-10-09', basis: '行政诉讼法第六十七条' }, `${kind} ${procedure}`);
    }
  }
  // 15 days from 2025-09-16 is 10/1, inside 国庆 (10/1–10/8): the period ends on the first working day after, 10/9.
  assert.equal(
    appealDeadlines(cal, {
      kind: 'litigation_direct',
      procedure: 'ordinary',
      acceptedOn: null,
      copyReceivedOn: '2025-09-16',
      extendedDays: 0,
    }).answerDue?.date,
    '2025-10-09',
  );
});

test('the 复议 decision is due 60 natural days after acceptance (30 in 简易程序), plus any extension', () => {
  const a = { kind: 'reconsideration' as const, copyReceivedOn: null, acceptedOn: '2025-03-01', extendedDays: 0 };
  assert.equal(appealDeadlines(cal, { ...a, procedure: 'ordinary' }).decisionDue?.date, '2025-04-30');
  assert.equal(appealDeadlines(cal, { ...a, procedure: 'simplified' }).decisionDue?.date, '2025-03-31');
  assert.equal(appealDeadlines(cal, { ...a, procedure: 'ordinary', extendedDays: 30 }).decisionDue?.date, '2025-05-30');
});

test('a decision period ending on a day off ends on the next working day', () => {
  // 2025-08-02 + 60 days = 2025-10-01, inside 国庆 (10/1–10/8) → 2025-10-09.
  const a = {
    kind: 'reconsideration' as const,
    procedure: 'ordinary' as const,
    copyReceivedOn: null,
    acceptedOn: '2025-08-02',
    extendedDays: 0,
  };
  assert.equal(appealDeadlines(cal, a).decisionDue?.date, '2025-10-09');
});

test('a lawsuit is decided within 6 months (45 days in 简易程序) of acceptance', () => {
  const a = { kind: 'litigation_direct' as const, copyReceivedOn: null, acceptedOn: '2024-08-31', extendedDays: 0 };
  assert.equal(appealDeadlines(cal, { ...a, procedure: 'ordinary' }).decisionDue?.date, '2025-02-28');
  assert.equal(appealDeadlines(cal, { ...a, procedure: 'simplified' }).decisionDue?.date, '2024-10-15');
});

test('表四 counts cases decided in the year by result and cases open on 31 December as 尚未审结', () => {
  const t = tableFour(
    [
      { kind: 'reconsideration', decidedOn: '2025-05-01', decision: 'upheld' },
      { kind: 'reconsideration', decidedOn: '2025-06-01', decision: 'revoked' },
      { kind: 'reconsideration', decidedOn: null, decision: null },
      { kind: 'reconsideration', decidedOn: '2026-01-10', decision: 'upheld' }, // open on 2025-12-31
      { kind: 'reconsideration', decidedOn: '2024-12-30', decision: 'upheld' }, // an earlier year's result
      { kind: 'litigation_direct', decidedOn: '2025-02-01', decision: 'rejected' },
      { kind: 'litigation_after_reconsideration', decidedOn: '2025-09-09', decision: 'mediated' },
    ],
    2025,
  );
  assert.deepEqual(t.reconsideration, { upheld: 1, corrected: 1, other: 0, pending: 2, total: 4 });
  assert.deepEqual(t.litigationDirect, { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 });
  assert.deepEqual(t.litigationAfterReconsideration, { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 });
});
