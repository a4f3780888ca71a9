// Validation of one year's holiday arrangement (国务院办公厅关于YYYY年部分节假日安排的通知) before it is loaded:
// pure, so the back-office form, `gongkai calendar import` and the seed all apply the same checks.
import { invalidInput } from '../errors.ts';
import { type LocalDate, isWeekend, parseDate, yearOf } from './dates.ts';
import { statutoryHolidays } from './statutory-holidays.ts';
import type { DayKind, MarkedDay } from './dates.ts';
import { INDEX_LAST_YEAR } from './working-days.ts';

/** What an administrator or a file supplies for one year. */
export type ArrangementInput = {
  readonly year: number;
  /** The State Council notice the arrangement comes from (title and date of issue). */
  readonly notice?: { readonly title: string; readonly date: LocalDate } | null;
  /** Where the data came from, e.g. 'admin', 'import:2027.json', 'chinese-days@1.5.7'. */
  readonly source?: string;
  readonly days: readonly { readonly date: string; readonly kind: DayKind; readonly name: string }[];
};

export type Arrangement = {
  readonly year: number;
  readonly notice: { readonly title: string; readonly date: LocalDate } | null;
  readonly source: string;
  /** Sorted by date, each date once. */
  readonly days: readonly MarkedDay[];
};

export const FIRST_ARRANGEMENT_YEAR = 2004;

// The festivals every year's arrangement must give days off for (《全国年节及纪念日放假办法》: 元旦、春节、劳动节、
// 国庆节 throughout; 清明节、端午节、中秋节 since the 2007 revision took effect in 2008 — matches the chinese-days data,
// which has none of the three for 2004–2007). A name matches when it contains the key ("国庆节、中秋节" holds both).
const STATUTORY_FESTIVALS = [
  { key: '元旦', since: FIRST_ARRANGEMENT_YEAR },
  { key: '春节', since: FIRST_ARRANGEMENT_YEAR },
  { key: '清明', since: 2008 },
  { key: '劳动', since: FIRST_ARRANGEMENT_YEAR },
  { key: '端午', since: 2008 },
  { key: '中秋', since: 2008 },
  { key: '国庆', since: FIRST_ARRANGEMENT_YEAR },
] as const;

// 中秋 may fall inside the 国庆 holiday and be merged with it without its own name (2020: 10月1日至8日, all named
// 国庆节 in chinese-days). Accepted when the 国庆 days off number at least 8 (3 statutory days + 中秋 + weekends).
const MERGED_MID_AUTUMN_MIN_DAYS = 8;

export function validateArrangement(input: ArrangementInput): Arrangement {
  const fields: Record<string, string> = {};
  const year = input.year;
  if (!Number.isInteger(year) || year < FIRST_ARRANGEMENT_YEAR || year > INDEX_LAST_YEAR) {
    throw invalidInput(`年份应在 ${FIRST_ARRANGEMENT_YEAR}–${INDEX_LAST_YEAR} 之间。`, {
      year: '请填写四位年份，例如 2027',
    });
  }
  const notice = checkNotice(input.notice ?? null, year, fields);
  if (input.days.length === 0) fields.days = '放假安排为空：请逐日填写放假日期和调休上班日期。';
  const byDate = new Map<string, MarkedDay>();
  for (const [i, d] of input.days.entries()) {
    const problem = dayProblem(d, year, byDate.get(d.date));
    if (problem) fields[`days.${i}`] = problem;
    else byDate.set(d.date, { date: d.date, kind: d.kind, name: d.name.trim() });
  }
  const days = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  const missing = missingFestivals(year, days);
  if (input.days.length > 0 && missing.length > 0) {
    fields.festivals = `缺少以下法定节假日的放假日期：${missing.join('、')}。请按国务院通知补全全年安排后再导入。`;
  }
  const problems = Object.values(fields);
  if (problems.length > 0) throw invalidInput(`${year}年放假安排有误：${problems[0]}`, fields);
  return { year, notice, source: (input.source ?? 'admin').trim() || 'admin', days };
}

function checkNotice(notice: ArrangementInput['notice'], year: number, fields: Record<string, string>) {
  if (!notice) return null;
  const day = parseDate(notice.date);
  if (!notice.title.trim())
    fields['notice.title'] = '请填写通知标题，例如“国务院办公厅关于2027年部分节假日安排的通知”。';
  if (day === undefined) fields['notice.date'] = '通知日期应为有效日期，格式 YYYY-MM-DD。';
  else if (yearOf(day) > year) fields['notice.date'] = '通知应在该年度开始前或当年发布，请核对通知日期。';
  return { title: notice.title.trim(), date: notice.date };
}

function dayProblem(
  d: ArrangementInput['days'][number],
  year: number,
  seen: MarkedDay | undefined,
): string | undefined {
  const day = parseDate(d.date);
  if (day === undefined) return `“${d.date}”不是有效日期，请按 YYYY-MM-DD 填写。`;
  if (yearOf(day) !== year) return `${d.date} 不在 ${year} 年内：每次只导入一个年度的安排。`;
  if (d.kind !== 'off' && d.kind !== 'work') return `${d.date} 应标明放假（off）或上班（work）。`;
  if (!d.name.trim()) return `${d.date} 缺少节日名称，例如“春节”。`;
  if (seen && seen.kind !== d.kind) return `${d.date} 同时被标为放假和上班，请核对通知。`;
  // 调休上班日 is always a Saturday or Sunday: a weekday is a working day already.
  if (d.kind === 'work' && !isWeekend(day)) return `${d.date} 是工作日，不必标为调休上班；调休上班日只会是周六或周日。`;
  return undefined;
}

function missingFestivals(year: number, days: readonly MarkedDay[]): string[] {
  const off = days.filter((d) => d.kind === 'off');
  const has = (key: string) => off.some((d) => d.name.includes(key));
  const missing: string[] = STATUTORY_FESTIVALS.filter((f) => year >= f.since && !has(f.key)).map((f) => f.key);
  const nationalDays = off.filter((d) => d.name.includes('国庆')).length;
  if (missing.includes('中秋') && nationalDays >= MERGED_MID_AUTUMN_MIN_DAYS)
    return missing.filter((k) => k !== '中秋');
  return missing;
}

/**
 * Dates of `year` whose working status differs between two arrangements (null = not loaded: the statutory holidays
 * and weekends, as the calendar counted the year until now).
 */
export function changedDates(
  year: number,
  before: readonly MarkedDay[] | null,
  after: readonly MarkedDay[],
): LocalDate[] {
  const status = (days: readonly MarkedDay[]) => new Map(days.map((d) => [d.date, d.kind === 'work']));
  const a = status(before ?? statutoryHolidays(year));
  const b = status(after);
  const dates = new Set([...a.keys(), ...b.keys()]);
  const weekdayWorks = (date: string) => !isWeekend(parseDate(date)!);
  return [...dates]
    .filter(
      (date) =>
        date.startsWith(`${year}-`) && (a.get(date) ?? weekdayWorks(date)) !== (b.get(date) ?? weekdayWorks(date)),
    )
    .sort();
}
