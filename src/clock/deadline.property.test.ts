// Properties of the engine over random cases on the real calendar: pauses and extensions never shorten a deadline,
// a later receipt never gives an earlier due date, and a due date is always a working day.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { dayNumber, formatDay, toDay } from '../calendar/dates.ts';
import { seedArrangements } from '../calendar/seed.ts';
import { buildCalendar, isWorkingDayN, workingDaysBetweenN } from '../calendar/working-days.ts';
import { computeDeadline } from './deadline.ts';
import type { DeadlineEvent, DeadlineInput } from './input.ts';

const cal = buildCalendar(seedArrangements());
const received = fc.integer({ min: dayNumber(2010, 1, 1), max: dayNumber(2026, 12, 31) });
const gap = fc.integer({ min: 0, max: 30 });
const dueOf = (input: DeadlineInput) => toDay(computeDeadline(cal, input, { trace: false }).due!);
const plain = (r: number): DeadlineInput => ({ received: formatDay(r), channel: 'online', events: [] });

/** A pause of some kind starting `a` days after receipt and lasting `b` days, closed or left open. */
const pause = fc
  .tuple(received, gap, gap, fc.constantFrom('third_party', 'agency', 'fee'), fc.boolean())
  .map(([r, a, b, kind, closed]) => {
    const start = formatDay(r + a);
    const end = formatDay(r + a + b);
    const events: DeadlineEvent[] =
      kind === 'fee'
        ? [{ type: 'feeNoticeSent', date: start }, ...(closed ? [{ type: 'feePaid', date: end } as const] : [])]
        : [
            { type: 'consultationStarted', date: start, party: kind },
            ...(closed ? [{ type: 'consultationEnded', date: end, party: kind } as const] : []),
          ];
    return { r, events };
  });

test('property: a pause never shortens a deadline', () => {
  fc.assert(fc.property(pause, ({ r, events }) => dueOf({ ...plain(r), events }) >= dueOf(plain(r))));
});
test('property: an extension decided while the period runs adds exactly its working days (nothing paused); one decided after the due date adds none', () => {
  fc.assert(
    fc.property(received, gap, fc.integer({ min: 1, max: 20 }), (r, a, w) => {
      const extended = dueOf({ ...plain(r), events: [{ type: 'extended', date: formatDay(r + a), workingDays: w }] });
      const base = dueOf(plain(r));
      return r + a <= base ? extended > base && workingDaysBetweenN(cal, base, extended) === w : extended === base;
    }),
  );
});
test('property: the due date is monotonic in the receipt date and always a working day', () => {
  fc.assert(
    fc.property(received, gap, (r, a) => {
      const d1 = dueOf(plain(r));
      return d1 <= dueOf(plain(r + a)) && isWorkingDayN(cal, d1);
    }),
  );
});
test('property: the trace counts exactly the working days it reports, ending on the due date', () => {
  fc.assert(
    fc.property(pause, ({ r, events }) => {
      const res = computeDeadline(cal, { ...plain(r), events });
      const counted = res.trace!.filter((d) => d.counted);
      assert.equal(counted.length, 20);
      assert.equal(counted.at(-1)!.date, res.due);
      return true;
    }),
    { numRuns: 200 },
  );
});
