import assert from 'node:assert/strict';
import { test } from 'node:test';
import { seedArrangements } from '../calendar/seed.ts';
import { buildCalendar } from '../calendar/working-days.ts';
import {
  annualReportDue,
  litigationAfterReconsiderationWindow,
  litigationDirectWindow,
  publicationDue,
  reconsiderationWindow,
} from './windows.ts';

const cal = buildCalendar(seedArrangements());

test('行政复议: 60 days from knowing of the reply; 2025-03-03 + 60 = 2025-05-02, a holiday, so 2025-05-06', () =>
  assert.deepEqual(reconsiderationWindow(cal, '2025-03-03'), {
    lastDay: '2025-05-06',
    basis: '行政复议法第二十条',
    label: '申请行政复议',
  }));
test('行政复议: 2025-06-02 + 60 = 2025-08-01, a Friday, stays', () =>
  assert.equal(reconsiderationWindow(cal, '2025-06-02').lastDay, '2025-08-01'));
test('行政诉讼 after 复议: 15 days; 2025-09-16 + 15 = 2025-10-01 (国庆) → 2025-10-09', () =>
  assert.equal(litigationAfterReconsiderationWindow(cal, '2025-09-16').lastDay, '2025-10-09'));
test('行政诉讼 directly: 6 months; 2025-08-31 → 2026-02-28, a 调休 working Saturday, stays', () =>
  assert.equal(litigationDirectWindow(cal, '2025-08-31').lastDay, '2026-02-28'));
test('主动公开 within 20 working days of forming (第二十六条): formed 2025-09-30 → 2025-11-04', () =>
  assert.deepEqual(publicationDue(cal, '2025-09-30'), { due: '2025-11-04', basis: '条例第二十六条' }));
test('annual report (第四十九条): a department by 1月31日, a county government by 3月31日, a township as configured', () => {
  assert.equal(annualReportDue('department', 2025).due, '2026-01-31');
  assert.equal(annualReportDue('county', 2025).due, '2026-03-31');
  assert.deepEqual(annualReportDue('township', 2025, { month: 2, day: 20 }), {
    due: '2026-02-20',
    basis: '条例第四十九条',
    configured: true,
  });
  assert.throws(() => annualReportDue('township', 2025, { month: 2, day: 30 }));
});
