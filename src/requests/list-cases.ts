// The case list of the back office and the staff API: each case with its derived clock (due, days left, overdue),
// the masked applicant and the handler's name. Overdue and "due soon" are computed on reading, never stored.
import { authorize } from '../auth/authorize.ts';
import { loadCalendar } from '../calendar/store.ts';
import type { Ctx } from '../context.ts';
import { maskName } from '../privacy/mask.ts';
import { chinaToday } from '../time.ts';
import { type CaseClock, caseClock } from './clock.ts';
import type { RequestState } from './lifecycle.ts';
import { canReadCases } from './policy.ts';
import { type RequestRow, handlerNames, listEvents, listRequests } from './store.ts';

export type CaseListItem = { c: RequestRow; clock: CaseClock; applicant: string; handler: string | null };

export async function listCases(ctx: Ctx, f: { agencyId?: number; state?: RequestState; handlerId?: number } = {}): Promise<CaseListItem[]> {
  authorize(canReadCases(ctx.actor));
  const rows = (await listRequests(ctx.db, ctx.scope, f)).filter((r) => f.agencyId === undefined || r.agency_id === f.agencyId);
  const cal = await loadCalendar(ctx.db);
  const names = await handlerNames(ctx.db, rows.map((r) => r.handler_user_id).filter((x): x is number => x !== null));
  const today = chinaToday(ctx.now);
  const out: CaseListItem[] = [];
  for (const c of rows) {
    const history = await listEvents(ctx.db, c.id);
    out.push({
      c, clock: caseClock(cal, { receivedOn: c.received_on, channel: c.channel, state: c.state }, history, today),
      applicant: c.applicant_kind === 'natural' ? maskName(c.applicant_name) : c.applicant_name,
      handler: c.handler_user_id === null ? null : names.get(c.handler_user_id) ?? null,
    });
  }
  return out;
}

/** The dashboard figures: cases by state, and of those still counting, due within 3 working days, overdue, per handler. */
export function caseCounts(items: readonly CaseListItem[]): { byState: Record<string, number>; dueSoon: number; overdue: number; byHandler: Record<string, number> } {
  const byState: Record<string, number> = {};
  const byHandler: Record<string, number> = {};
  let dueSoon = 0, overdue = 0;
  for (const i of items) {
    byState[i.c.state] = (byState[i.c.state] ?? 0) + 1;
    if (i.clock.stopped || i.clock.daysLeft === null) continue;
    if (i.clock.overdue) overdue++;
    else if (i.clock.daysLeft <= 3) dueSoon++;
    byHandler[i.handler ?? '未分配'] = (byHandler[i.handler ?? '未分配'] ?? 0) + 1;
  }
  return { byState, dueSoon, overdue, byHandler };
}
