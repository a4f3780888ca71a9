// The statutory holidays of a year not yet announced, against the law's list and against the State Council's own
// arrangements of 2025 and 2026 (the first years under the 2024 revision): every day the law names is a day off there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { weekday, toDay } from './dates.ts';
import { seedArrangements } from './seed.ts';
import { STATUTORY_FIRST_YEAR, STATUTORY_LAST_YEAR, statutoryHolidays } from './statutory-holidays.ts';

const dates = (year: number, name: string) =>
  statutoryHolidays(year)
    .filter((d) => d.name === name)
    .map((d) => d.date);

test('2027: 元旦 1/1, 春节 除夕 2/5 to 初三 2/8, 清明 4/5, 劳动节 5/1–5/2, 端午 6/9, 中秋 9/15, 国庆 10/1–10/3 (domain.md §9.1)', () => {
  assert.deepEqual(dates(2027, '元旦'), ['2027-01-01']);
  assert.deepEqual(dates(2027, '春节'), ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']);
  assert.deepEqual(dates(2027, '清明节'), ['2027-04-05']);
  assert.deepEqual(dates(2027, '劳动节'), ['2027-05-01', '2027-05-02']);
  assert.deepEqual(dates(2027, '端午节'), ['2027-06-09']);
  assert.deepEqual(dates(2027, '中秋节'), ['2027-09-15']);
  assert.deepEqual(dates(2027, '国庆节'), ['2027-10-01', '2027-10-02', '2027-10-03']);
});

test('2025 and 2026: every statutory day is a day off in the State Council arrangement', () => {
  for (const a of seedArrangements().filter((x) => x.year >= STATUTORY_FIRST_YEAR)) {
    const off = new Set(a.days.filter((d) => d.kind === 'off').map((d) => d.date));
    for (const d of statutoryHolidays(a.year)) assert.ok(off.has(d.date), `${d.date} ${d.name}`);
  }
});

test('13 days a year from 2025 to 2100 (中秋 may fall on 国庆, as on 2028-10-03), 除夕 the day before 正月初一; none outside', () => {
  for (let y = STATUTORY_FIRST_YEAR; y <= STATUTORY_LAST_YEAR; y++) {
    const days = statutoryHolidays(y);
    assert.equal(days.length, 13, String(y));
    assert.ok(new Set(days.map((d) => d.date)).size >= 12, String(y));
    assert.ok(
      days.every((d) => d.date.startsWith(`${y}-`)),
      String(y),
    );
    const spring = dates(y, '春节').map(toDay);
    assert.deepEqual(
      spring.map((d) => d - spring[0]!),
      [0, 1, 2, 3],
    );
  }
  assert.deepEqual(statutoryHolidays(2024), []);
  assert.deepEqual(statutoryHolidays(2101), []);
  assert.equal(weekday(toDay('2027-02-05')), 5); // a Friday, as domain.md says
  assert.deepEqual(dates(2028, '中秋节'), ['2028-10-03']);
});
