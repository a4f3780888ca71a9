// The case list of the back office and the staff API: each case with its derived clock (due, days left, overdue),
// the masked applicant and the handler's name. Overdue and "due soon" are computed on reading, never stored.
import { authorize } from '../auth/authorize.ts';
import { loadCalendar } from '../calendar/store.ts';
import type { Ctx } from '../context.ts';
import { maskName } from '../privacy/mask.ts';
import { chinaToday } from '../time.ts';
import { type CaseClock, caseClock } from './clock.ts';
import { OPEN_STATES } from './lifecycle.ts';
import { canReadCases } from './policy.ts';
import { type ListFilter, type RequestRow, countRequests, eventsOf, handlerNames, listRequests } from './store.ts';

export type CaseListItem = { c: RequestRow; clock: CaseClock; applicant: string; handler: string | null };

/** Cases with their clocks, newest first: a page of them (`limit`/`offset`), or every one matching when unset. */
export async function listCases(ctx: Ctx, f: ListFilter = {}): Promise<CaseListItem[]> {
  authorize(canReadCases(ctx.actor));
  const rows = await listRequests(ctx.db, ctx.scope, f);
  const cal = await loadCalendar(ctx.db);
  const names = await handlerNames(
    ctx.db,
    rows.map((r) => r.handler_user_id).filter((x): x is number => x !== null),
  );
  const histories = await eventsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const today = chinaToday(ctx.now);
  return rows.map((c) => ({
    c,
    clock: caseClock(
      cal,
      { receivedOn: c.received_on, channel: c.channel, state: c.state },
      histories.get(c.id) ?? [],
      today,
    ),
    applicant: c.applicant_kind === 'natural' ? maskName(c.applicant_name) : c.applicant_name,
    handler: c.handler_user_id === null ? null : (names.get(c.handler_user_id) ?? null),
  }));
}

/** Every case whose clock may still run (not closed), however old: what the counts and the reminders look at. */
export const listOpenCases = (ctx: Ctx, f: Pick<ListFilter, 'agencyId'> = {}) =>
  listCases(ctx, { ...f, open: OPEN_STATES });

export type CaseCounts = {
  byState: Record<string, number>;
  dueSoon: number;
  overdue: number;
  byHandler: Record<string, number>;
};

/**
 * The dashboard figures: cases by state (all of them, counted in SQL), and of the open ones still counting, due within
 * 3 working days, overdue, and per handler.
 */
export async function caseCounts(ctx: Ctx, f: Pick<ListFilter, 'agencyId'> = {}): Promise<CaseCounts> {
  const { byState } = await countRequests(ctx.db, ctx.scope, f);
  const byHandler: Record<string, number> = {};
  let dueSoon = 0,
    overdue = 0;
  for (const i of await listOpenCases(ctx, f)) {
    if (i.clock.stopped || i.clock.daysLeft === null) continue;
    if (i.clock.overdue) overdue++;
    else if (i.clock.daysLeft <= 3) dueSoon++;
    byHandler[i.handler ?? '未分配'] = (byHandler[i.handler ?? '未分配'] ?? 0) + 1;
  }
  return { byState, dueSoon, overdue, byHandler };
}
