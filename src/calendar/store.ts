// SQL for the calendar tables. The calendar is national data shared by every agency, so, unlike case data, these
// queries take no Scope: every actor reads the same calendar, and only `calendar.manage` may change it (import-year.ts).
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.ts';
import type { Arrangement } from './arrangement.ts';
import type { MarkedDay } from './dates.ts';
import { type Calendar, type CalendarYear, buildCalendar } from './working-days.ts';

type Conn = Kysely<DB>;

export type CalendarYearRow = {
  year: number;
  source: string;
  noticeTitle: string | null;
  noticeDate: string | null;
  loadedAt: string;
  offDays: number;
  workDays: number;
};

/** Every loaded year with its days, built into the working-day index. */
export async function loadCalendar(db: Conn): Promise<Calendar> {
  const years = await db.selectFrom('calendar_years').select('year').execute();
  const days = await db.selectFrom('calendar_days').select(['date', 'year', 'kind', 'name']).execute();
  const byYear = new Map<number, MarkedDay[]>(years.map((y) => [Number(y.year), []]));
  for (const d of days) byYear.get(Number(d.year))?.push({ date: d.date, kind: d.kind, name: d.name });
  const list: CalendarYear[] = [...byYear.entries()].map(([year, ds]) => ({ year, days: ds }));
  return buildCalendar(list);
}

export async function listCalendarYears(db: Conn): Promise<CalendarYearRow[]> {
  const rows = await db
    .selectFrom('calendar_years as y')
    .leftJoin('calendar_days as d', 'd.year', 'y.year')
    .select((eb) => [
      'y.year',
      'y.source',
      'y.notice_title',
      'y.notice_date',
      'y.loaded_at',
      eb.fn.count<number>(eb.case().when('d.kind', '=', 'off').then(1).end()).as('off_days'),
      eb.fn.count<number>(eb.case().when('d.kind', '=', 'work').then(1).end()).as('work_days'),
    ])
    .groupBy(['y.year', 'y.source', 'y.notice_title', 'y.notice_date', 'y.loaded_at'])
    .orderBy('y.year')
    .execute();
  return rows.map((r) => ({
    year: Number(r.year),
    source: r.source,
    noticeTitle: r.notice_title,
    noticeDate: r.notice_date,
    loadedAt: r.loaded_at,
    offDays: Number(r.off_days),
    workDays: Number(r.work_days),
  }));
}

export async function countCalendarYears(db: Conn): Promise<number> {
  const r = await db
    .selectFrom('calendar_years')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The days a loaded year names, or null when the year is not loaded. */
export async function yearDays(db: Conn, year: number): Promise<MarkedDay[] | null> {
  const y = await db.selectFrom('calendar_years').select('year').where('year', '=', year).executeTakeFirst();
  if (!y) return null;
  const days = await db
    .selectFrom('calendar_days')
    .select(['date', 'kind', 'name'])
    .where('year', '=', year)
    .orderBy('date')
    .execute();
  return days.map((d) => ({ date: d.date, kind: d.kind, name: d.name }));
}

/** Writes a year's arrangement, replacing any earlier one; true when it replaced. Call inside a transaction. */
export async function replaceYear(tx: Conn, a: Arrangement, loadedAt: string): Promise<boolean> {
  const deleted = await tx.deleteFrom('calendar_days').where('year', '=', a.year).executeTakeFirst();
  const gone = await tx.deleteFrom('calendar_years').where('year', '=', a.year).executeTakeFirst();
  await tx
    .insertInto('calendar_years')
    .values({
      year: a.year,
      source: a.source,
      notice_title: a.notice?.title ?? null,
      notice_date: a.notice?.date ?? null,
      loaded_at: loadedAt,
    })
    .execute();
  if (a.days.length > 0) {
    await tx
      .insertInto('calendar_days')
      .values(a.days.map((d) => ({ date: d.date, year: a.year, kind: d.kind, name: d.name })))
      .execute();
  }
  return Number(gone.numDeletedRows) > 0 || Number(deleted.numDeletedRows) > 0;
}
