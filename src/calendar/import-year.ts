// Use case: an administrator loads (or replaces) one year's holiday arrangement, from the back office or
// `gongkai calendar import`. Validated, written in one transaction with its audit record.
//
// Open deadlines: when a year is loaded, every open deadline that looked at it must be recomputed and any that moved
// shown to its clerk (issue 3). The request workflow does not exist yet, so this returns `changedDates` — the dates
// whose working status changed (against the earlier arrangement, or against weekends-only when the year was not
// loaded). The workflow's recompute step belongs inside this transaction, right after the audit line, writing
// 'calendar.deadlines_moved'; until then callers that cache a Calendar must reload it (loadCalendar) after an import.
import { record } from '../audit/record.ts';
import { authorize } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.ts';
import { type ArrangementInput, changedDates, validateArrangement } from './arrangement.ts';
import type { LocalDate } from './dates.ts';
import { canManageCalendar } from './policy.ts';
import * as store from './store.ts';
import type { Calendar } from './working-days.ts';

export type ImportedYear = {
  readonly year: number;
  /** True when an earlier arrangement of the year was replaced. */
  readonly replaced: boolean;
  readonly offDays: readonly LocalDate[];
  readonly workDays: readonly LocalDate[];
  /** Dates whose working status changed: open deadlines touching any of them must be recomputed. */
  readonly changedDates: readonly LocalDate[];
};

/**
 * Recomputes what depends on the calendar, inside the import's transaction, given the calendar before and after; returns
 * how many open deadlines moved. The request workflow supplies it (src/requests/recompute-deadlines.ts): the calendar
 * room does not know about cases, so the delivery layers (back office, CLI) pass it in.
 */
export type OnCalendarChanged = (
  tx: Kysely<DB>,
  change: { year: number; before: Calendar; after: Calendar },
) => Promise<number>;

/** Throws DomainError 'forbidden' without calendar.manage, 'invalid_input' (with `fields`) for a bad arrangement. */
export async function importCalendarYear(
  ctx: Pick<Ctx, 'db' | 'actor' | 'now' | 'config'>,
  input: ArrangementInput,
  onChanged?: OnCalendarChanged,
): Promise<ImportedYear & { moved: number }> {
  authorize(canManageCalendar(ctx.actor));
  const a = validateArrangement(input);
  return ctx.db.transaction().execute(async (tx) => {
    const before = await store.yearDays(tx, a.year);
    const calendarBefore = onChanged ? await store.loadCalendar(tx) : undefined;
    const replaced = await store.replaceYear(tx, a, ctx.now.toISOString());
    const offDays = a.days.filter((d) => d.kind === 'off').map((d) => d.date);
    const workDays = a.days.filter((d) => d.kind === 'work').map((d) => d.date);
    await record(tx, ctx, {
      action: 'calendar.year_loaded',
      objectType: 'calendar_year',
      objectId: a.year,
      agencyId: null,
      summary: {
        year: a.year,
        source: a.source,
        holidays: offDays.length,
        workdays: workDays.length,
        notice: a.notice?.title ?? null,
      },
    });
    const changed = changedDates(a.year, before, a.days);
    let moved = 0;
    if (onChanged && calendarBefore && changed.length) {
      moved = await onChanged(tx, { year: a.year, before: calendarBefore, after: await store.loadCalendar(tx) });
      await record(tx, ctx, {
        action: 'calendar.deadlines_moved',
        objectType: 'calendar_year',
        objectId: a.year,
        agencyId: null,
        summary: { year: a.year, moved },
      });
    }
    return { year: a.year, replaced: replaced || before !== null, offDays, workDays, changedDates: changed, moved };
  });
}
