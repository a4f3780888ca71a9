// Local dates ('YYYY-MM-DD') as integer day numbers (days since 1970-01-01), by pure arithmetic: no JS Date, no time
// zone, so a deadline can never shift by a day. Civil-date conversion after H. Hinnant, "chrono-compatible low-level
// date algorithms" (proleptic Gregorian calendar).

/** A date as text, 'YYYY-MM-DD': how dates are stored and exchanged everywhere. */
export type LocalDate = string;

/** Day number of a civil date: 1970-01-01 is 0. */
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function civil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The day number of a real calendar date in 'YYYY-MM-DD' form, or undefined ('2025-02-29' is not a date). */
export function parseDate(text: string): number | undefined {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return undefined;
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayNumber(y, m, d);
}

/** parseDate for dates already validated at the edge; throws on anything else. */
export function toDay(text: LocalDate): number {
  const n = parseDate(text);
  if (n === undefined) throw new RangeError(`不是有效日期：${text}`);
  return n;
}

export function formatDay(day: number): LocalDate {
  const { y, m, d } = civil(day);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekend(day: number): boolean {
  const w = weekday(day);
  return w === 0 || w === 6;
}

export function yearOf(day: number): number {
  return civil(day).y;
}

export function addDays(date: LocalDate, n: number): LocalDate {
  return formatDay(toDay(date) + n);
}

/** Same day of the month n months later; the month's last day when it has no such day (8-31 + 6 months → 2-28/29). */
export function addMonths(date: LocalDate, n: number): LocalDate {
  const { y, m, d } = civil(toDay(date));
  const index = y * 12 + (m - 1) + n;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return formatDay(dayNumber(ny, nm, Math.min(d, daysInMonth(ny, nm))));
}

export const WEEKDAY_NAMES = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

export type DayKind = 'off' | 'work';
/** One day the arrangement names: a day off (节假日, including 调休 rest days on weekdays) or a 调休 working day. */
export type MarkedDay = { readonly date: LocalDate; readonly kind: DayKind; readonly name: string };

/** 'YYYY-MM-DD' (or an ISO timestamp) → "2026年3月10日" (GB/T 9704-2012 7.3.5: Arabic numerals, no leading zeros). */
export function chineseDate(d: string): string {
  return `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;
}
