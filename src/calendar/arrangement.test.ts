import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { DomainError } from '../errors.ts';
import { type ArrangementInput, changedDates, validateArrangement } from './arrangement.ts';
import { parseArrangementFile } from './arrangement-files.ts';
import { seedArrangements } from './seed.ts';

const require = createRequire(import.meta.url);
const y2026 = seedArrangements().find((a) => a.year === 2026)!;
const base: ArrangementInput = {
  year: 2026,
  notice: { title: '国务院办公厅关于2026年部分节假日安排的通知', date: '2025-11-04' },
  days: y2026.days,
};

function rejects(input: ArrangementInput, field: string | RegExp): void {
  assert.throws(
    () => validateArrangement(input),
    (e: unknown) => {
      assert.ok(e instanceof DomainError && e.code === 'invalid_input');
      assert.ok(
        Object.keys(e.fields ?? {}).some((k) => (typeof field === 'string' ? k === field : field.test(k))),
        JSON.stringify(e.fields),
      );
      return true;
    },
  );
}

test('a complete year with its notice is accepted, days sorted and each date once', () => {
  const a = validateArrangement({ ...base, days: [...base.days].reverse() });
  assert.equal(a.days.length, y2026.days.length);
  assert.equal(a.days[0]!.date, '2026-01-01');
  assert.equal(a.notice?.date, '2025-11-04');
});
test('an empty arrangement is refused', () => rejects({ ...base, days: [] }, 'days'));
test('a date both off and working is refused', () =>
  rejects({ ...base, days: [...base.days, { date: '2026-02-14', kind: 'off', name: '春节' }] }, /^days\.\d+$/));
test('a make-up working day on a weekday is refused (调休上班 is always a Saturday or Sunday)', () =>
  rejects({ ...base, days: [...base.days, { date: '2026-03-04', kind: 'work', name: '春节' }] }, /^days\.\d+$/));
test('a date outside the year is refused', () =>
  rejects({ ...base, days: [...base.days, { date: '2027-01-01', kind: 'off', name: '元旦' }] }, /^days\.\d+$/));
test('a year missing a statutory festival (here 国庆) is incomplete and refused', () =>
  rejects({ ...base, days: base.days.filter((d) => !d.name.includes('国庆')) }, 'festivals'));
test('中秋 merged into an 8-day 国庆 holiday, as in 2020, counts as declared', () => {
  assert.equal(validateArrangement(seedArrangements().find((a) => a.year === 2020)!).year, 2020);
});
test('a notice dated after the year it arranges is refused', () =>
  rejects({ ...base, notice: { title: '通知', date: '2027-01-05' } }, 'notice.date'));

test('our JSON shape: off true/false, with the notice', () => {
  const text = JSON.stringify({
    year: 2026,
    notice: base.notice,
    days: base.days.map((d) => ({ date: d.date, off: d.kind === 'off', name: d.name })),
  });
  const [a] = parseArrangementFile(text, '2026.json');
  assert.equal(validateArrangement(a!).days.length, y2026.days.length);
  assert.equal(a!.source, 'import:2026.json');
});
test("holiday-cn's JSON shape: isOffDay false is a 调休 working day", () => {
  const text = JSON.stringify({
    year: 2025,
    papers: ['https://www.gov.cn/x.htm'],
    days: [
      { name: '国庆节、中秋节', date: '2025-09-28', isOffDay: false },
      { name: '国庆节、中秋节', date: '2025-10-01', isOffDay: true },
    ],
  });
  const [a] = parseArrangementFile(text, 'x.json');
  assert.deepEqual(
    a!.days.map((d) => d.kind),
    ['work', 'off'],
  );
  assert.equal(a!.source, 'holiday-cn https://www.gov.cn/x.htm');
});
test("chinese-days' 2026.ics gives the same days as its JSON", () => {
  const text = readFileSync(require.resolve('chinese-days/dist/years/2026.ics'), 'utf8');
  const [a] = parseArrangementFile(text, '2026.ics');
  const parsed = validateArrangement(a!);
  assert.deepEqual(
    parsed.days.map((d) => `${d.date}:${d.kind}`),
    y2026.days.map((d) => `${d.date}:${d.kind}`),
  );
  assert.equal(parsed.days.find((d) => d.date === '2026-02-14')!.name, '春节');
});
test("holiday-cn's .ics markers: 'XX假期' is off, '上班(补XX假期)' is a working day", () => {
  const ev = (summary: string, from: string, to: string) =>
    `BEGIN:VEVENT\r\nSUMMARY:${summary}\r\nDTSTART;VALUE=DATE:${from}\r\nDTEND;VALUE=DATE:${to}\r\nEND:VEVENT\r\n`;
  const text = `BEGIN:VCALENDAR\r\n${ev('上班(补国庆节、中秋节假期)', '20250928', '20250929')}${ev('国庆节、中秋节假期', '20251001', '20251009')}END:VCALENDAR\r\n`;
  const [a] = parseArrangementFile(text, 'x.ics');
  assert.deepEqual(a!.days[0], { date: '2025-09-28', kind: 'work', name: '国庆节、中秋节' });
  assert.equal(a!.days.filter((d) => d.kind === 'off').length, 8);
});
test('a file that is neither JSON nor .ics is refused with a message saying so', () => {
  assert.throws(() => parseArrangementFile('year,date\n', 'x.csv'), /既不是 JSON 也不是 \.ics/);
});
test('changed dates of a newly loaded year are those differing from its statutory holidays and weekends', () => {
  // 1/1 was off by law already, 1/2 is a Saturday; 2/6 (初一, by law off) becomes a working day in this made-up list,
  // and the law's other days (2/5, 2/7, 2/8, 4/5, …) become working days because this list leaves them out.
  const days = [
    { date: '2027-01-01', kind: 'off' as const, name: '元旦' },
    { date: '2027-01-02', kind: 'off' as const, name: '元旦' },
    { date: '2027-02-06', kind: 'work' as const, name: '春节' },
  ];
  assert.deepEqual(changedDates(2027, null, days), [
    '2027-02-05',
    '2027-02-06',
    '2027-02-08',
    '2027-04-05',
    '2027-06-09',
    '2027-09-15',
    '2027-10-01',
  ]);
  assert.deepEqual(changedDates(2027, days, days), []);
});
