import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { dayNumber, formatDay, isWeekend, parseDate } from './dates.ts';
import { seedArrangements } from './seed.ts';
import { statutoryHolidays } from './statutory-holidays.ts';
import {
  addWorkingDays,
  addWorkingDaysN,
  buildCalendar,
  isWorkingDay,
  isWorkingDayN,
  workingDaysBetween,
  workingDaysBetweenN,
  workingDaysLeft,
} from './working-days.ts';

const seed = seedArrangements();
const cal = buildCalendar(seed);
const FROM = dayNumber(2004, 1, 1);
const TO = dayNumber(2027, 12, 31);
const anyDay = fc.integer({ min: FROM, max: TO });
const days = fc.integer({ min: 1, max: 60 });

// The definition, walked day by day from the raw arrangements (and, for 2027 and 2028, which are not loaded, the
// statutory holidays of 《全国年节及纪念日放假办法》): the index must agree with it everywhere.
const marks = new Map(
  [...seed, ...[2027, 2028].map((year) => ({ year, days: statutoryHolidays(year) }))].flatMap((a) =>
    a.days.map((d) => [parseDate(d.date)!, d.kind] as const),
  ),
);
const byDefinition = (day: number) => (marks.has(day) ? marks.get(day) === 'work' : !isWeekend(day));

test('a 调休 Sunday is a working day: 2025-09-28, 2026-01-04', () => {
  assert.equal(isWorkingDay(cal, '2025-09-28'), true);
  assert.equal(isWorkingDay(cal, '2026-01-04'), true);
});
test('a 调休 Saturday is a working day: 2025-10-11, 2026-02-14, 2026-02-28', () => {
  for (const d of ['2025-10-11', '2026-02-14', '2026-02-28']) assert.equal(isWorkingDay(cal, d), true, d);
});
test('国庆+中秋 2025 weekdays are days off: 10月1日至8日', () => {
  for (let d = 1; d <= 8; d++) assert.equal(isWorkingDay(cal, `2025-10-0${d}`), false);
});
test('an ordinary Saturday is not a working day, an ordinary Wednesday is', () => {
  assert.equal(isWorkingDay(cal, '2025-10-18'), false);
  assert.equal(isWorkingDay(cal, '2025-10-15'), true);
});
test('the working day after 2025-09-30 is 2025-10-09; the 3rd is the 调休 Saturday 2025-10-11', () => {
  assert.equal(addWorkingDays(cal, '2025-09-30', 1), '2025-10-09');
  assert.equal(addWorkingDays(cal, '2025-09-30', 3), '2025-10-11');
});
test('adding 0 working days gives the day itself, even a holiday', () => {
  assert.equal(addWorkingDays(cal, '2025-10-03', 0), '2025-10-03');
});
test('working days in (2026-02-13, 2026-03-02]: 2/14 (调休), 2/24–2/28, 3/2 = 7', () => {
  assert.equal(workingDaysBetween(cal, '2026-02-13', '2026-03-02'), 7);
});
test('days left is 0 on the due date and negative once overdue', () => {
  assert.equal(workingDaysLeft(cal, '2025-10-31', '2025-10-31'), 0);
  assert.equal(workingDaysLeft(cal, '2025-10-30', '2025-10-31'), 1);
  assert.equal(workingDaysLeft(cal, '2025-11-03', '2025-10-31'), -1);
  assert.equal(workingDaysLeft(cal, '2025-09-30', '2025-10-09'), 1);
});
test('a year that is not loaded still rests on its statutory holidays: 2027-01-01 (Friday, 元旦) is a day off', () => {
  assert.equal(isWorkingDay(cal, '2027-01-01'), false);
  assert.equal(isWorkingDay(buildCalendar([]), '2025-10-01'), false);
});
test('a year that is not loaded knows no 调休: Monday 2027-01-04 is a working day, Saturday 2027-02-20 is not', () => {
  assert.equal(isWorkingDay(cal, '2027-01-04'), true);
  assert.equal(isWorkingDay(cal, '2027-02-20'), false);
});
test('dates outside the index are refused, not guessed', () => {
  assert.throws(() => addWorkingDays(cal, '1989-12-31', 1), RangeError);
});

test('property: the index agrees with the definition (Mon–Fri not off, plus 调休 working days) on every day', () => {
  for (let d = FROM; d <= TO; d++) assert.equal(isWorkingDayN(cal, d), byDefinition(d), formatDay(d));
});
test('property: adding working days never lands on a non-working day, and lands exactly n working days later', () => {
  fc.assert(
    fc.property(anyDay, days, (d, n) => {
      const r = addWorkingDaysN(cal, d, n);
      return (
        r > d &&
        isWorkingDayN(cal, r) &&
        workingDaysBetweenN(cal, d, r) === n &&
        workingDaysBetweenN(cal, d, r - 1) === n - 1
      );
    }),
  );
});
test('property: adding working days is monotonic in its start', () => {
  fc.assert(
    fc.property(
      anyDay,
      fc.integer({ min: 0, max: 40 }),
      days,
      (d, gap, n) => addWorkingDaysN(cal, d, n) <= addWorkingDaysN(cal, d + gap, n),
    ),
  );
});
test('property: adding working days agrees with walking day by day', () => {
  fc.assert(
    fc.property(anyDay, days, (d, n) => {
      let day = d;
      for (let left = n; left > 0; ) if (byDefinition(++day)) left--;
      return addWorkingDaysN(cal, d, n) === day;
    }),
  );
});
