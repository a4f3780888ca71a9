// The statutory holidays of a year whose arrangement (国务院办公厅关于YYYY年部分节假日安排的通知) is not loaded yet.
// The days themselves are law before the notice appears: 《全国年节及纪念日放假办法》 as revised in November 2024, in
// force from 2025-01-01, names them, the lunar ones by the 农历 date. Only the 调休 swaps (and the 补假 for a holiday
// on a weekend) come with the notice, so a year counted on these days stays provisional (domain.md §9.1).
// Pure: the 农历 and 节气 dates come from the chinese-days package's tables, not from the clock or a network.
import chineseDays from 'chinese-days';
import { type LocalDate, type MarkedDay, addDays } from './dates.ts';

/** The first year of the 2024 revision, and the last year the package's 农历 table covers. */
export const STATUTORY_FIRST_YEAR = 2025;
export const STATUTORY_LAST_YEAR = 2100;

type Rule = { readonly name: string; readonly days: (year: number) => readonly LocalDate[] };

const solar = (year: number, md: string): LocalDate => `${year}-${md}`;
const lunar = (year: number, md: string): LocalDate => chineseDays.getSolarDateFromLunar(`${year}-${md}`).date;

// 《全国年节及纪念日放假办法》第二条 (2024年修订): 全体公民放假的节日. One line per festival.
export const STATUTORY_HOLIDAYS: readonly Rule[] = [
  // 元旦，放假1天（1月1日）
  { name: '元旦', days: (y) => [solar(y, '01-01')] },
  // 春节，放假4天（农历除夕、正月初一至初三）: 除夕 is the day before 正月初一 (腊月廿九 or 三十)
  {
    name: '春节',
    days: (y) => {
      const first = lunar(y, '01-01');
      return [addDays(first, -1), first, addDays(first, 1), addDays(first, 2)];
    },
  },
  // 清明节，放假1天（农历清明当日）: the day of the 清明 solar term
  { name: '清明节', days: (y) => [chineseDays.getSolarTermDate(y, 4, 'pure_brightness')] },
  // 劳动节，放假2天（5月1日、2日）
  { name: '劳动节', days: (y) => [solar(y, '05-01'), solar(y, '05-02')] },
  // 端午节，放假1天（农历端午当日）: 五月初五
  { name: '端午节', days: (y) => [lunar(y, '05-05')] },
  // 中秋节，放假1天（农历中秋当日）: 八月十五
  { name: '中秋节', days: (y) => [lunar(y, '08-15')] },
  // 国庆节，放假3天（10月1日至3日）
  { name: '国庆节', days: (y) => [solar(y, '10-01'), solar(y, '10-02'), solar(y, '10-03')] },
];

const memo = new Map<number, readonly MarkedDay[]>();

/**
 * The days off the law names for `year`, each marked as statutory, or none outside 2025–2100 (before 2025 the older
 * revision applied and every year since 2004 is loaded from the notices; after 2100 the 农历 table ends).
 */
export function statutoryHolidays(year: number): readonly MarkedDay[] {
  if (year < STATUTORY_FIRST_YEAR || year > STATUTORY_LAST_YEAR) return [];
  let days = memo.get(year);
  if (!days) {
    days = STATUTORY_HOLIDAYS.flatMap((r) =>
      r.days(year).map((date) => ({ date, kind: 'off' as const, name: r.name })),
    ).sort((a, b) => (a.date < b.date ? -1 : 1));
    memo.set(year, days);
  }
  return days;
}
