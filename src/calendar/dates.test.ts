import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, addMonths, formatDay, parseDate, weekday } from './dates.ts';

test('leap days: 2024-02-29 and 2000-02-29 exist, 2025-02-29 and 1900-02-29 do not', () => {
  assert.equal(formatDay(parseDate('2024-02-29')!), '2024-02-29');
  assert.notEqual(parseDate('2000-02-29'), undefined);
  assert.equal(parseDate('2025-02-29'), undefined);
  assert.equal(parseDate('1900-02-29'), undefined);
});
test('malformed dates are refused: 2025-9-28, 2025-13-01, 2025-04-31, 2025/09/28', () => {
  for (const s of ['2025-9-28', '2025-13-01', '2025-04-31', '2025/09/28', '２０２５-09-28'])
    assert.equal(parseDate(s), undefined, s);
});
test('2025-09-28 is a Sunday and 2026-02-14 a Saturday', () => {
  assert.equal(weekday(parseDate('2025-09-28')!), 0);
  assert.equal(weekday(parseDate('2026-02-14')!), 6);
});
test('crossing a year end and a leap day: 2023-12-31 + 1 = 2024-01-01, 2024-02-28 + 1 = 2024-02-29', () => {
  assert.equal(addDays('2023-12-31', 1), '2024-01-01');
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
});
test('six months after 2025-08-31 is 2026-02-28 (no 31st), after 2023-08-31 is 2024-02-29', () => {
  assert.equal(addMonths('2025-08-31', 6), '2026-02-28');
  assert.equal(addMonths('2023-08-31', 6), '2024-02-29');
});
test('property: day numbers and dates agree with the JS Date in UTC', () => {
  fc.assert(
    fc.property(fc.integer({ min: -30000, max: 100000 }), (n) => {
      const s = formatDay(n);
      return s === new Date(n * 86400000).toISOString().slice(0, 10) && parseDate(s) === n;
    }),
  );
});
