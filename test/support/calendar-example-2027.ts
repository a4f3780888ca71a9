// A made-up but complete 2027 arrangement, for tests and as an example of the import shape. NOT the official one:
// the State Council publishes the real 2027 arrangement in the autumn of 2026 (domain.md §9.1).
import type { ArrangementInput } from '../../src/calendar/arrangement.ts';

const off = (name: string, ...dates: string[]) => dates.map((date) => ({ date, kind: 'off' as const, name }));
const work = (name: string, ...dates: string[]) => dates.map((date) => ({ date, kind: 'work' as const, name }));
const span = (from: number, to: number, month: string) =>
  Array.from({ length: to - from + 1 }, (_, i) => `2027-${month}-${String(from + i).padStart(2, '0')}`);

export const EXAMPLE_2027: ArrangementInput = {
  year: 2027,
  notice: { title: '示例：2027年部分节假日安排（测试数据，并非国务院通知）', date: '2026-11-01' },
  source: 'example',
  days: [
    ...off('元旦', ...span(1, 3, '01')),
    ...off('春节', ...span(5, 12, '02')),
    ...work('春节', '2027-02-20'),
    ...off('清明节', ...span(3, 5, '04')),
    ...off('劳动节', ...span(1, 5, '05')),
    ...work('劳动节', '2027-04-25'),
    ...off('端午节', '2027-06-09'),
    ...off('中秋节', '2027-09-15'),
    ...off('国庆节', ...span(1, 7, '10')),
    ...work('国庆节', '2027-09-26', '2027-10-09'),
  ],
};
