import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCalendar } from '../calendar/working-days.ts';

const WEEKENDS_ONLY = buildCalendar([]); // no year loaded: weekends only
import { computeDeadline } from '../clock/deadline.ts';
import { type HistoryEvent, caseClock, deadlineInput } from './clock.ts';

const ev = (type: HistoryEvent['type'], onDate: string, data: Record<string, unknown> = {}): HistoryEvent => ({
  type,
  onDate,
  data,
});

test('the history folds into the engine input: 补正, consultation, fee and the approved (not the requested) extension', () => {
  const input = deadlineInput({ receivedOn: '2026-03-02', channel: 'portal' }, [
    ev('accepted', '2026-03-02'),
    ev('correction_requested', '2026-03-03', { replyBy: '2026-03-13' }),
    ev('corrected', '2026-03-05'),
    ev('consultation_started', '2026-03-06', { party: 'agency' }),
    ev('consultation_ended', '2026-03-10', { party: 'agency' }),
    ev('extension_requested', '2026-03-20', { workingDays: 10 }),
    ev('extension_approved', '2026-03-23', { workingDays: 10 }),
  ]);
  assert.equal(input.channel, 'online');
  assert.deepEqual(
    input.events.map((e) => e.type),
    ['correctionRequested', 'correctionReceived', 'consultationStarted', 'consultationEnded', 'extended'],
  );
});

test('a portal application received Monday 2026-03-02 is due on the 20th working day after, Monday 2026-03-30 (weekends only)', () => {
  const c = caseClock(
    WEEKENDS_ONLY,
    { receivedOn: '2026-03-02', channel: 'portal', state: 'processing' },
    [],
    '2026-03-02',
  );
  assert.equal(c.deadline.due, '2026-03-30');
  assert.equal(c.daysLeft, 20);
  assert.equal(c.overdue, false);
});

test('the clock stops at delivery; a delivery after the due date is marked late', () => {
  const cal = buildCalendar([]);
  const history = [
    ev('replied', '2026-03-31', { outcome: 'disclosed' }),
    ev('delivered', '2026-04-01', { evidence: 'EMS' }),
  ];
  const c = caseClock(
    cal,
    { receivedOn: '2026-03-02', channel: 'in_person', state: 'delivered' },
    history,
    '2026-05-01',
  );
  assert.equal(c.stopped, true);
  assert.equal(c.daysLeft, null);
  assert.equal(c.stoppedOn, '2026-04-01');
  assert.equal(c.overdue, true);
  assert.equal(c.deadline.due, computeDeadline(cal, { received: '2026-03-02', channel: 'in_person', events: [] }).due);
});

test('第三十五条: a delayed reply date folds into the engine and replaces the due date; the 第三十三条 date is kept beside it', () => {
  const history = [
    ev('accepted', '2026-03-02'),
    ev('reasons_requested', '2026-03-03', { replyBy: '2026-03-10' }),
    ev('reasons_answered', '2026-03-09', { reason: '研究' }),
    ev('reply_delayed', '2026-03-10', { until: '2026-04-30', reason: '档案量大' }),
  ];
  const input = deadlineInput({ receivedOn: '2026-03-02', channel: 'in_person' }, history);
  assert.deepEqual(input.events, [
    { type: 'delayedReply', date: '2026-03-10', until: '2026-04-30', reason: '档案量大' },
  ]);
  const c = caseClock(
    WEEKENDS_ONLY,
    { receivedOn: '2026-03-02', channel: 'in_person', state: 'processing' },
    history,
    '2026-03-31',
  );
  assert.equal(c.deadline.due, '2026-04-30');
  assert.equal(c.deadline.statutoryDue, '2026-03-30');
  assert.equal(c.overdue, false, 'past the 第三十三条 date but within the delayed date');
  assert.ok(c.deadline.basis.includes('条例第三十五条'));
});
