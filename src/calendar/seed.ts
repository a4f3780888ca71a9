// The bundled seed of the calendar: the chinese-days package's arrangements for 2004–2026 (checked against the State
// Council notices in seed.test.ts), loaded into the database once, when the calendar table is empty. After that the
// database is the calendar: new years come from importCalendarYear, never from upgrading the package.
import { createRequire } from 'node:module';
import { record } from '../audit/record.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { type Arrangement, validateArrangement } from './arrangement.ts';
import * as store from './store.ts';

type ChineseDaysJson = {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
  inLieuDays: Record<string, string>;
};

const require = createRequire(import.meta.url);
const version = (require('chinese-days/package.json') as { version: string }).version;
export const SEED_SOURCE = `chinese-days@${version}`;

/**
 * The package's data as one Arrangement per year. Values look like "Spring Festival,春节,4": the Chinese name is kept.
 * `inLieuDays` (调休 rest days on weekdays, e.g. 2026-02-20) are already in `holidays` in this data, and they are days
 * off: both are loaded as 'off'. `workdays` are the 调休 working Saturdays and Sundays.
 */
export function seedArrangements(): Arrangement[] {
  const data = require('chinese-days/dist/chinese-days.json') as ChineseDaysJson;
  const days = [
    ...Object.entries({ ...data.inLieuDays, ...data.holidays }).map(([date, v]) => ({
      date,
      kind: 'off' as const,
      name: nameOf(v),
    })),
    ...Object.entries(data.workdays).map(([date, v]) => ({ date, kind: 'work' as const, name: nameOf(v) })),
  ];
  const years = [...new Set(days.map((d) => Number(d.date.slice(0, 4))))].sort((a, b) => a - b);
  return years.map((year) =>
    validateArrangement({
      year,
      notice: null,
      source: SEED_SOURCE,
      days: days.filter((d) => d.date.startsWith(`${year}-`)),
    }),
  );
}

function nameOf(value: string): string {
  return value.split(',')[1] ?? value;
}

/** Loads the seed when no year is loaded yet; returns the years loaded (none when the calendar was already there). */
export async function seedCalendar(db: Db, now: Date, config: Pick<Config, 'secret'>): Promise<number[]> {
  if ((await store.countCalendarYears(db)) > 0) return [];
  const arrangements = seedArrangements();
  try {
    await db.transaction().execute(async (tx) => {
      if ((await store.countCalendarYears(tx)) > 0) return;
      for (const a of arrangements) {
        await store.replaceYear(tx, a, now.toISOString());
        const holidays = a.days.filter((d) => d.kind === 'off').length;
        await record(
          tx,
          { actor: { kind: 'system', label: 'calendar-seed' }, now, config },
          {
            action: 'calendar.year_loaded',
            objectType: 'calendar_year',
            objectId: a.year,
            agencyId: null,
            summary: { year: a.year, source: a.source, holidays, workdays: a.days.length - holidays, notice: null },
          },
        );
      }
    });
  } catch (err) {
    // Two processes seeding a fresh PostgreSQL database at once: the loser's insert conflicts; the winner's seed stands.
    if ((await store.countCalendarYears(db)) === 0) throw err;
    return [];
  }
  return arrangements.map((a) => a.year);
}
