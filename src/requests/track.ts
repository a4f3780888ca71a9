// The applicant's own view of their case, by 申请编号 + 查询码, and the two things they may do there: send the 补正 and
// withdraw. A wrong 查询码 gets the same answer as an unknown 编号, and every refusal is audited.
import { findPublicAgencyById } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { loadCalendar } from '../calendar/store.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { chinaToday } from '../time.ts';
import { accessMatches } from './access.ts';
import { caseClock } from './clock.ts';
import { EVENT_LABELS, STATE_LABELS, allowedEvents } from './lifecycle.ts';
import { transition } from './transition.ts';
import { OUTCOMES } from './outcomes.ts';
import { type RequestRow, appendEvent, findForApplicant, listEvents, updateRequest } from './store.ts';
import { listLetters } from './letter-store.ts';
import { LETTER_TITLES, type LetterKind } from './letter-kinds.ts';

export const NOT_FOUND_MESSAGE = '申请编号或查询码不正确。请核对回执上的编号和查询码（区分字母与数字）后重试。';

export type ApplicantView = {
  number: string;
  agency: { code: string; name: string };
  state: string;
  stateLabel: string;
  receivedOn: string;
  dueDate: string | null;
  /** The due date reaches into a year whose holiday arrangement is not yet loaded (暂定). */
  dueProvisional: boolean;
  /** The day of the reply that stands (the latest 答复 not undone by a 复议 or 诉讼 decision); null before it. */
  repliedOn: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
  outcome: { code: string; label: string } | null;
  letters: Array<{ id: number; kind: string; title: string; issuedOn: string }>;
  history: Array<{ event: string; label: string; date: string }>;
  canCorrect: boolean;
  canWithdraw: boolean;
};

/** The case behind 编号 + 查询码, or not_found (audited) for a wrong code and an unknown number alike. */
export async function openAsApplicant(ctx: Ctx, number: string, code: string): Promise<RequestRow> {
  const c = await findForApplicant(ctx.db, number);
  if (c && accessMatches(ctx.config.secret, c.number, code, c.access_hash)) return c;
  await ctx.db.transaction().execute((tx) =>
    record(tx, ctx, {
      action: 'request.lookup_refused',
      objectType: 'request',
      objectId: c?.id ?? null,
      agencyId: c?.agency_id ?? null,
      summary: { number: number.slice(0, 40) },
    }),
  );
  throw new DomainError('not_found', NOT_FOUND_MESSAGE);
}

export async function applicantView(ctx: Ctx, number: string, code: string): Promise<ApplicantView> {
  const c = await openAsApplicant(ctx, number, code);
  const [agency, history, letters, cal] = await Promise.all([
    findPublicAgencyById(ctx.db, c.agency_id),
    listEvents(ctx.db, c.id),
    listLetters(ctx.db, c.id),
    loadCalendar(ctx.db),
  ]);
  const clock = caseClock(
    cal,
    { receivedOn: c.received_on, channel: c.channel, state: c.state },
    history,
    chinaToday(ctx.now),
  );
  const allowed = allowedEvents(c.state, ['applicant']);
  return {
    number: c.number,
    agency: { code: agency?.code ?? '', name: agency?.name ?? '' },
    state: c.state,
    stateLabel: STATE_LABELS[c.state],
    receivedOn: c.received_on,
    dueDate: clock.deadline.due,
    dueProvisional: clock.deadline.provisional,
    repliedOn: ['replied', 'delivered', 'archived'].includes(c.state)
      ? ([...history].reverse().find((e) => e.type === 'replied')?.onDate ?? null)
      : null,
    workingDaysLeft: clock.daysLeft,
    overdue: clock.overdue,
    outcome: c.outcome ? { code: c.outcome, label: OUTCOMES[c.outcome].label } : null,
    letters: letters.map((l) => ({
      id: l.id,
      kind: l.kind,
      title: LETTER_TITLES[l.kind as LetterKind] ?? l.kind,
      issuedOn: l.issuedOn,
    })),
    history: history.map((e) => ({ event: e.type, label: EVENT_LABELS[e.type], date: e.onDate })),
    canCorrect: allowed.includes('corrected'),
    canWithdraw: allowed.includes('withdrawn'),
  };
}

/** The applicant sends the 补正 (the 20 days restart from today, 第三十条) or withdraws. */
export async function applicantStep(
  ctx: Ctx,
  number: string,
  code: string,
  event: 'corrected' | 'withdrawn',
  text: string,
): Promise<void> {
  const c = await openAsApplicant(ctx, number, code);
  await ctx.db.transaction().execute(async (tx) => {
    const history = await listEvents(tx, c.id);
    const next = transition({ state: c.state, outcome: c.outcome, history: history.map((e) => e.type) }, event, [
      'applicant',
    ]);
    const onDate = chinaToday(ctx.now);
    await updateRequest(tx, c.id, c.version, {
      state: next.state,
      outcome: next.outcome,
      outcome_basis: next.outcome ? OUTCOMES[next.outcome].basis : null,
      updated_at: ctx.now.toISOString(),
    });
    await appendEvent(tx, {
      agencyId: c.agency_id,
      requestId: c.id,
      type: event,
      onDate,
      at: ctx.now.toISOString(),
      actor: '申请人',
      stateAfter: next.state,
      data: { note: text },
    });
    await record(tx, ctx, {
      action: 'request.step',
      objectType: 'request',
      objectId: c.id,
      agencyId: c.agency_id,
      summary: { number: c.number, event, from: c.state, to: next.state, outcome: next.outcome, onDate },
    });
  });
}
