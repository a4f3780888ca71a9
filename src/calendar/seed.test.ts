// The seed (chinese-days) checked against the State Council notices as quoted in domain.md §9.1.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays } from './dates.ts';
import { SEED_SOURCE, seedArrangements } from './seed.ts';
import { buildCalendar, isWorkingDay } from './working-days.ts';

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
};

// 《国务院办公厅关于2025年部分节假日安排的通知》(2024-11-12) and 《…2026年…》(2025-11-04), domain.md §9.1.
const NOTICES = {
  2025: {
    off: [
      ['2025-01-01', '2025-01-01'],
      ['2025-01-28', '2025-02-04'],
      ['2025-04-04', '2025-04-06'],
      ['2025-05-01', '2025-05-05'],
      ['2025-05-31', '2025-06-02'],
      ['2025-10-01', '2025-10-08'],
    ],
    work: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
  },
  2026: {
    off: [
      ['2026-01-01', '2026-01-03'],
      ['2026-02-15', '2026-02-23'],
      ['2026-04-04', '2026-04-06'],
      ['2026-05-01', '2026-05-05'],
      ['2026-06-19', '2026-06-21'],
      ['2026-09-25', '2026-09-27'],
      ['2026-10-01', '2026-10-07'],
    ],
    work: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
  },
} as const;

const seed = seedArrangements();

for (const [year, notice] of Object.entries(NOTICES)) {
  test(`the seed's ${year} days off and 调休 working days are exactly those of the State Council notice`, () => {
    const a = seed.find((s) => s.year === Number(year))!;
    const off = a.days.filter((d) => d.kind === 'off').map((d) => d.date);
    const work = a.days.filter((d) => d.kind === 'work').map((d) => d.date);
    assert.deepEqual(
      off,
      notice.off.flatMap(([from, to]) => range(from, to)),
    );
    assert.deepEqual(work, [...notice.work]);
  });
}

test('chinese-days "inLieuDays" (调休 rest days on weekdays) are days off: 2026-02-20, 2026-02-23, 2025-10-07, 2025-10-08', () => {
  const cal = buildCalendar(seed);
  for (const d of ['2026-01-02', '2026-02-20', '2026-02-23', '2026-05-05', '2025-10-07', '2025-10-08'])
    assert.equal(isWorkingDay(cal, d), false, d);
});

test('the seed covers 2004–2026, every year passing the same validation as an import, labelled with the package version', () => {
  assert.deepEqual(
    seed.map((a) => a.year),
    Array.from({ length: 23 }, (_, i) => 2004 + i),
  );
  assert.equal(SEED_SOURCE, 'chinese-days@1.5.7');
  assert.ok(seed.every((a) => a.source === SEED_SOURCE));
});
