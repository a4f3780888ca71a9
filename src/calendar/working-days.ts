// The official working-day calendar (工作日), as pure data with a precomputed index.
// 工作日 = Monday–Friday that is not a day off in the State Council's arrangement for the year, plus every 调休
// make-up working day (a Saturday or Sunday declared a working day) — domain.md §9.3. The arrangements are data
// loaded from the database (store.ts), never written into this logic. A year whose arrangement is not loaded is
// counted on its statutory holidays (statutory-holidays.ts: the days 《全国年节及纪念日放假办法》 names, 农历 dates
// computed) and weekends, without the 调休 swaps nobody knows yet, and every result that looks at such a year is
// marked provisional (domain.md §9.1).
//
// Speed: one contiguous index over 1990–2199 holds, per day, whether it is a working day and the running count of
// working days (`cum`), plus the inverse (`nth`: where the c-th working day is). "The n-th working day strictly after
// d" is then nth[cum[d] + n] and "working days in (a, b]" is cum[b] − cum[a]: two array reads, no walking of days.
import { type DayKind, type LocalDate, type MarkedDay, dayNumber, formatDay, isWeekend, toDay } from './dates.ts';
import { statutoryHolidays } from './statutory-holidays.ts';

export type CalendarYear = { readonly year: number; readonly days: readonly MarkedDay[] };

export const INDEX_FIRST_YEAR = 1990;
export const INDEX_LAST_YEAR = 2199;

export type Calendar = {
  readonly loadedYears: readonly number[];
  /** Day number of the index's first day (1990-01-01) and last day (2199-12-31). */
  readonly first: number;
  readonly last: number;
  /** 1 when the year's arrangement is loaded, by year − INDEX_FIRST_YEAR. */
  readonly loaded: Uint8Array;
  /** 1 for a working day, by day − first. */
  readonly working: Uint8Array;
  /** cum[i] = working days in [first, first + i]. */
  readonly cum: Int32Array;
  /** nth[c] = i of the working day with cum[i] = c (c ≥ 1). */
  readonly nth: Int32Array;
  /** The days the loaded arrangements name, and the statutory holidays of the years not loaded, by day number. */
  readonly marks: ReadonlyMap<number, { readonly kind: DayKind; readonly name: string }>;
  /** unloaded[i] = days in [first, first + i] whose year is not loaded: "is any day in (a, b] provisional" is O(1). */
  readonly unloaded: Int32Array;
  /** 'YYYY-MM-DD' of each day, filled on first use (dateText): formatting is the engine's largest cost otherwise. */
  readonly text: (string | undefined)[];
};

export function buildCalendar(years: readonly CalendarYear[]): Calendar {
  const first = dayNumber(INDEX_FIRST_YEAR, 1, 1);
  const last = dayNumber(INDEX_LAST_YEAR, 12, 31);
  const loaded = new Uint8Array(INDEX_LAST_YEAR - INDEX_FIRST_YEAR + 1);
  const marks = new Map<number, { kind: DayKind; name: string }>();
  for (const y of years) {
    if (y.year < INDEX_FIRST_YEAR || y.year > INDEX_LAST_YEAR) throw new RangeError(`年份超出支持范围：${y.year}`);
    loaded[y.year - INDEX_FIRST_YEAR] = 1;
    for (const d of y.days) marks.set(toDay(d.date), { kind: d.kind, name: d.name });
  }
  for (let year = INDEX_FIRST_YEAR; year <= INDEX_LAST_YEAR; year++) {
    if (loaded[year - INDEX_FIRST_YEAR] === 1) continue;
    for (const d of statutoryHolidays(year))
      marks.set(toDay(d.date), { kind: 'off', name: `${d.name}（法定节假日；该年放假安排未公布，调休暂不计）` });
  }
  const size = last - first + 1;
  const working = new Uint8Array(size);
  const cum = new Int32Array(size);
  const unloaded = new Int32Array(size);
  let count = 0;
  let outside = 0;
  for (let i = 0, year = INDEX_FIRST_YEAR, nextYear = dayNumber(year + 1, 1, 1); i < size; i++) {
    if (first + i === nextYear) nextYear = dayNumber(++year + 1, 1, 1);
    const mark = marks.get(first + i);
    const w = mark ? mark.kind === 'work' : !isWeekend(first + i);
    working[i] = w ? 1 : 0;
    count += working[i]!;
    cum[i] = count;
    outside += loaded[year - INDEX_FIRST_YEAR] === 1 ? 0 : 1;
    unloaded[i] = outside;
  }
  const nth = new Int32Array(count + 1).fill(-1);
  for (let i = 0; i < size; i++) if (working[i]) nth[cum[i]!] = i;
  const loadedYears = years.map((y) => y.year).sort((a, b) => a - b);
  return {
    loadedYears,
    first,
    last,
    loaded,
    working,
    cum,
    nth,
    marks,
    unloaded,
    text: new Array<string | undefined>(size).fill(undefined),
  };
}

// ---- day-number API (used by the deadline engine in its hot loop) ----

function index(cal: Calendar, day: number): number {
  if (day < cal.first || day > cal.last)
    throw new RangeError(`日期超出支持范围（${INDEX_FIRST_YEAR}–${INDEX_LAST_YEAR}年）：${formatDay(day)}`);
  return day - cal.first;
}

export function isWorkingDayN(cal: Calendar, day: number): boolean {
  return cal.working[index(cal, day)] === 1;
}

/** The n-th working day strictly after `day` (n = 0 gives `day` itself). */
export function addWorkingDaysN(cal: Calendar, day: number, n: number): number {
  if (n === 0) return day;
  const c = cal.cum[index(cal, day)]! + n;
  const i = c >= 1 && c < cal.nth.length ? cal.nth[c]! : -1;
  if (i < 0) throw new RangeError(`日期超出支持范围（${INDEX_FIRST_YEAR}–${INDEX_LAST_YEAR}年）`);
  return cal.first + i;
}

/** Working days in (from, to]: 0 when to ≤ from. */
export function workingDaysBetweenN(cal: Calendar, from: number, to: number): number {
  if (to <= from) return 0;
  return cal.cum[index(cal, to)]! - cal.cum[index(cal, from)]!;
}

/** True when every year from `from`'s to `to`'s has its arrangement loaded. */
export function coversN(cal: Calendar, from: number, to: number): boolean {
  const a = index(cal, Math.min(from, to));
  const b = index(cal, Math.max(from, to));
  return cal.unloaded[b]! - (a > 0 ? cal.unloaded[a - 1]! : 0) === 0;
}

/** True when the day's year has its arrangement loaded. */
export function isLoadedDayN(cal: Calendar, day: number): boolean {
  const i = index(cal, day);
  return cal.unloaded[i] === (i > 0 ? cal.unloaded[i - 1] : 0);
}

/** formatDay, memoised per calendar. */
export function dateText(cal: Calendar, day: number): LocalDate {
  const i = index(cal, day);
  return (cal.text[i] ??= formatDay(day));
}

// ---- date-text API ----

export function isWorkingDay(cal: Calendar, date: LocalDate): boolean {
  return isWorkingDayN(cal, toDay(date));
}

/** The n-th working day strictly after `date`: 期间开始之日不计算在内. */
export function addWorkingDays(cal: Calendar, date: LocalDate, n: number): LocalDate {
  return formatDay(addWorkingDaysN(cal, toDay(date), n));
}

export function workingDaysBetween(cal: Calendar, from: LocalDate, to: LocalDate): number {
  return workingDaysBetweenN(cal, toDay(from), toDay(to));
}

/** Working days left from `today` to `due`: 0 on the due date itself, negative once overdue. For staff pages. */
export function workingDaysLeft(cal: Calendar, today: LocalDate, due: LocalDate): number {
  const t = toDay(today);
  const d = toDay(due);
  return d >= t ? workingDaysBetweenN(cal, t, d) : -workingDaysBetweenN(cal, d, t);
}
