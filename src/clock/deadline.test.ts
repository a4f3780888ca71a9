// Hand-checked deadlines on the real 2024–2026 arrangements (the seed, itself checked against the State Council
// notices in src/calendar/seed.test.ts). Each expected date is worked out by hand in the comment above it:
// "n: date" is the n-th counted working day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedArrangements } from '../calendar/seed.ts';
import { buildCalendar } from '../calendar/working-days.ts';
import { computeDeadline } from './deadline.ts';
import { type DeadlineEvent, parseDeadlineInput } from './input.ts';

const cal = buildCalendar(seedArrangements());
const due = (received: string, events: unknown[] = [], channel = 'online') =>
  computeDeadline(cal, parseDeadlineInput({ received, channel, events }), { trace: true });
const ev = (type: DeadlineEvent['type'], date: string, more: object = {}) => ({ type, date, ...more });

// 2025-09-28 is the 调休 Sunday before 国庆+中秋 (10/1–10/8 off, 10/11 Saturday worked). Counting starts the next day:
// 1: 9/29, 2: 9/30, 3: 10/9, 4: 10/10, 5: 10/11 (Sat, 调休), 6: 10/13, 10: 10/17, 15: 10/24, 20: 10/31.
test('received online on the 调休 Sunday 2025-09-28: due 2025-10-31, 补正 notice due 2025-10-14 (7th: 10/14)', () => {
  const r = due('2025-09-28');
  assert.deepEqual([r.due, r.correctionNoticeDue, r.provisional], ['2025-10-31', '2025-10-14', false]);
  assert.deepEqual(
    r.trace!.slice(3, 6).map((d) => [d.date, d.counted, d.why]),
    [
      ['2025-10-01', false, '国庆节'],
      ['2025-10-02', false, '国庆节'],
      ['2025-10-03', false, '国庆节'],
    ],
  );
  assert.deepEqual(
    r.trace!.find((d) => d.date === '2025-10-11'),
    { date: '2025-10-11', counted: true, n: 5, why: '调休上班（国庆节）' },
  );
  assert.deepEqual(r.basis, ['条例第三十一条第（三）项', '期间开始之日不计算在内', '条例第三十三条']);
});

// 2025-09-30 (Tuesday) before 国庆: 1: 10/9, 3: 10/11 (Sat), 4: 10/13, 8: 10/17, 13: 10/24, 18: 10/31, 19: 11/3, 20: 11/4.
test('received 2025-09-30, the day before 国庆+中秋: due 2025-11-04', () =>
  assert.equal(due('2025-09-30').due, '2025-11-04'));
test('received on a holiday (2025-10-03) changes nothing: the first counted day is 10/9, due 2025-11-04', () =>
  assert.equal(due('2025-10-03').due, '2025-11-04'));

// 春节 2026: 2/15–2/23 off, 2/14 and 2/28 Saturdays worked. Received 2026-02-10 (Tue): 1: 2/11, 3: 2/13, 4: 2/14 (Sat),
// 5: 2/24, 8: 2/27, 9: 2/28 (Sat), 10: 3/2, 14: 3/6, 19: 3/13, 20: 3/16.
test('received 2026-02-10 before 春节 2026: due 2026-03-16', () =>
  assert.equal(due('2026-02-10', [], 'in_person').due, '2026-03-16'));

// 元旦 2026: 1/1–1/3 off, 1/4 Sunday worked. Received 2025-12-31: 1: 1/4 (Sun), 2: 1/5, 6: 1/9, 11: 1/16, 16: 1/23, 20: 1/29.
test('received 2025-12-31 across the year end into 元旦 2026: due 2026-01-29, not provisional', () => {
  const r = due('2025-12-31', [], 'registered_mail');
  assert.deepEqual([r.due, r.provisional], ['2026-01-29', false]);
  assert.deepEqual(r.trace![4], { date: '2026-01-04', counted: true, n: 1, why: '调休上班（元旦）' });
});

// Leap day: received 2024-02-29 (Thu). 1: 3/1, 6: 3/8, 11: 3/15, 16: 3/22, 20: 3/28 (清明 is 4/4).
test('received on the leap day 2024-02-29: due 2024-03-28', () =>
  assert.equal(due('2024-02-29', [], 'fax').due, '2024-03-28'));

// 2027 is not loaded: its statutory holidays (《全国年节及纪念日放假办法》) and weekends, no 调休. Received 2026-12-20
// (Sun): 1: 12/21, 9: 12/31, 1/1/2027 元旦 off, 10: 1/4, 15: 1/11, 20: 1/18.
test('a deadline reaching into 2027, not yet loaded, skips 元旦 and is provisional', () => {
  const r = due('2026-12-20');
  assert.deepEqual([r.due, r.provisional], ['2027-01-18', true]);
  assert.equal(
    r.trace!.find((d) => d.date === '2027-01-01')!.why,
    '元旦（法定节假日；该年放假安排未公布，调休暂不计）',
  );
  assert.equal(r.trace!.find((d) => d.date === '2027-01-04')!.why, '工作日（该年放假安排未公布，暂定）');
});

// The example. Received 2026-12-07 (Mon): 1: 12/8, 18: 12/31, 1/1/2027 元旦 off (law, not yet the notice),
// 19: 1/4, 20: 1/5. Counting 元旦 as a working day would give 1/4.
test('received 2026-12-07: due 2027-01-05 (provisional), 元旦 2027 is a day off before the notice', () => {
  const r = due('2026-12-07');
  assert.deepEqual([r.due, r.provisional], ['2027-01-05', true]);
});

// The example. 补正 asked 9/30 (in time: notice due 10/14); corrected application received 10/13, so the 20
// days restart after 10/13: 1: 10/14 … 4: 10/17; consultation 10/20–10/24 not counted; 5: 10/27, 9: 10/31, 14: 11/7,
// 19: 11/14, 20: 11/17.
test('补正 then third-party consultation: restarts after the corrected application, skips 10/20–10/24, due 2025-11-17', () => {
  const r = due('2025-09-28', [
    ev('correctionRequested', '2025-09-30'),
    ev('correctionReceived', '2025-10-13'),
    ev('consultationStarted', '2025-10-20'),
    ev('consultationEnded', '2025-10-24'),
  ]);
  assert.deepEqual([r.due, r.countedFrom, r.correctionNoticeLate], ['2025-11-17', '2025-10-13', false]);
  assert.ok(
    r.basis.includes('条例第三十条') && r.basis.includes('条例第三十二条') && r.basis.includes('条例第三十三条第三款'),
  );
  assert.equal(r.trace!.filter((d) => d.counted).length, 20);
});
test('补正 notice sent on the 8th working day (2025-10-15 for a 9/28 receipt) is flagged late', () =>
  assert.equal(due('2025-09-28', [ev('correctionRequested', '2025-10-15')]).correctionNoticeLate, true));
test('while the 补正 is awaited there is no due date; the period given is when it lapses (视为放弃)', () => {
  const r = due('2025-09-28', [ev('correctionRequested', '2025-09-30', { replyBy: '2025-10-20' })]);
  assert.deepEqual([r.due, r.correctionLapsesAfter], [null, '2025-10-20']);
});

// Consultation of another agency (第三十四条), 11/5–11/7, received 11/3: 1: 11/4; 11/5–7 paused; 2: 11/10, 6: 11/14,
// 11: 11/21, 16: 11/28, 20: 12/4.
test('consulting another agency 2025-11-05 to 11-07 adds those three working days: due 2025-12-04', () => {
  const r = due('2025-11-03', [
    ev('consultationStarted', '2025-11-05', { party: 'agency' }),
    ev('consultationEnded', '2025-11-07', { party: 'agency' }),
  ]);
  assert.equal(r.due, '2025-12-04');
  assert.ok(r.basis.includes('条例第三十四条'));
});
// Without an answer the pause runs to the end of the 15-working-day answer period: 11/6 … 11/26 (15th). Then
// 1: 11/4; 2: 11/27, 3: 11/28, 8: 12/5, 13: 12/12, 18: 12/19, 20: 12/23.
test('a consultation with no answer yet pauses until its 15-working-day answer period ends (11/26): due 2025-12-23', () => {
  const r = due('2025-11-03', [ev('consultationStarted', '2025-11-05')]);
  assert.deepEqual(
    [r.due, r.pauses[0]],
    ['2025-12-23', { kind: 'third_party', from: '2025-11-05', to: '2025-11-26', assumed: true }],
  );
  assert.match(r.notes[0]!, /15个工作日答复期届满（2025-11-26）/);
});
test('an answer arriving after the 15-working-day period does not extend the pause: still due 2025-12-23', () =>
  assert.equal(
    due('2025-11-03', [ev('consultationStarted', '2025-11-05'), ev('consultationEnded', '2025-12-10')]).due,
    '2025-12-23',
  ));

// Fee notice 11/10, paid 11/14, received 11/3: 1–4: 11/4–11/7; 11/10–14 paused; 9: 11/21, 14: 11/28, 19: 12/5, 20: 12/8.
test('the days from the fee notice to payment (11/10–11/14) do not count: due 2025-12-08', () =>
  assert.equal(due('2025-11-03', [ev('feeNoticeSent', '2025-11-10'), ev('feePaid', '2025-11-14')]).due, '2025-12-08'));
// Unpaid: the payment period's 20th working day after 11/10 is 12/8 (视为放弃 after it).
test('an unpaid fee lapses after 20 working days (2025-12-08), and the due date assumes payment on that day', () => {
  const r = due('2025-11-03', [ev('feeNoticeSent', '2025-11-10')]);
  assert.deepEqual([r.feeLapsesAfter, r.due], ['2025-12-08', '2025-12-30']);
});

// Extension by 20 from a 9/30 receipt (due 11/4): 21: 11/5, 23: 11/7, 28: 11/14, 33: 11/21, 38: 11/28, 40: 12/2.
test('an extension of 20 working days continues the count after 11/4: due 2025-12-02', () => {
  const r = due('2025-09-30', [ev('extended', '2025-10-20', { workingDays: 20 })]);
  assert.deepEqual([r.due, r.workingDays], ['2025-12-02', 40]);
  assert.equal(r.trace!.at(-1)!.why, '工作日（延长期限）');
});
test('an extension decided after the due date extends nothing: the case stays overdue, and the note says why', () => {
  const r = due('2025-09-30', [ev('extended', '2025-11-05', { workingDays: 5 })]);
  assert.deepEqual([r.due, r.workingDays], ['2025-11-04', 20]);
  assert.match(r.notes.join(), /晚于当时的答复期限 2025-11-04.*不能再延长/);
  assert.ok(!r.basis.includes('条例第三十三条第二款'));
  // On the due date itself it is still in time: 2025-11-04 + 5 working days = 2025-11-11.
  assert.equal(due('2025-09-30', [ev('extended', '2025-11-04', { workingDays: 5 })]).due, '2025-11-11');
});

// 第三十二条 "自收到征求意见书之日起15个工作日内": sent Mon 2025-11-03, received by the third party Mon 2025-11-10, no
// answer yet → the pause runs to the 15th working day after the receipt, 2025-12-01, not after the sending (11-24).
test('an open consultation pauses the count until 15 working days after the third party received the request', () => {
  const sent = due('2025-10-20', [ev('consultationStarted', '2025-11-03')]);
  const received = due('2025-10-20', [ev('consultationStarted', '2025-11-03', { receivedOn: '2025-11-10' })]);
  assert.deepEqual(
    sent.pauses.map((p) => [p.from, p.to]),
    [['2025-11-03', '2025-11-24']],
  );
  assert.deepEqual(
    received.pauses.map((p) => [p.from, p.to]),
    [['2025-11-03', '2025-12-01']],
  );
  // An answer arriving 11-28 is within the period counted from the receipt: the pause ends on the answer's date.
  const answered = due('2025-10-20', [
    ev('consultationStarted', '2025-11-03', { receivedOn: '2025-11-10' }),
    ev('consultationEnded', '2025-11-28'),
  ]);
  assert.deepEqual(
    answered.pauses.map((p) => [p.from, p.to]),
    [['2025-11-03', '2025-11-28']],
  );
});

// 信息处理费: "申请人应当在收到收费通知次日起20个工作日内缴纳费用": sent 2025-11-03, received 2025-11-07 → the last day
// to pay is the 20th working day after 11-07, 2025-12-05 (from the sending it would be 12-01).
test('an unpaid fee lapses 20 working days after the applicant received the notice, not after it was sent', () => {
  assert.equal(
    due('2025-10-20', [ev('feeNoticeSent', '2025-11-03', { receivedOn: '2025-11-07' })]).feeLapsesAfter,
    '2025-12-05',
  );
  const unknown = due('2025-10-20', [ev('feeNoticeSent', '2025-11-03')]);
  assert.equal(unknown.feeLapsesAfter, '2025-12-01');
  assert.match(unknown.notes.join(), /送达日期尚未记录/);
});
test("第三十五条 delayed reply: the agency's date becomes the due date, the statutory one is kept", () => {
  const r = due('2025-09-30', [
    ev('delayedReply', '2025-10-20', { until: '2025-12-31', reason: '申请数量明显超过合理范围' }),
  ]);
  assert.deepEqual([r.due, r.statutoryDue], ['2025-12-31', '2025-11-04']);
  assert.ok(r.basis.includes('条例第三十五条'));
});
test('the trace can be left out for bulk use, with the same due date', () =>
  assert.equal(
    computeDeadline(cal, parseDeadlineInput({ received: '2025-09-28', channel: 'online' }), { trace: false }).trace,
    undefined,
  ));
