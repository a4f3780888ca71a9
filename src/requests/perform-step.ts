// One step of a case by staff (a row of the lifecycle table): find in scope → may write → may cause this event →
// the state allows it → parse the input → guards (guards.ts, with the case's clock) → change with the optimistic
// version → history event → audit, in one transaction. Every step of the workflow goes through here, so
// each gets the same checks; the table, not branches, says what a step does.
import { findPublicAgency, findPublicAgencyById } from '../agencies/store.ts';
import { kickOutbox } from '../outbox/runner.ts';
import { record } from '../audit/record.ts';
import { authorize } from '../auth/authorize.ts';
import { daysInMonth } from '../calendar/dates.ts';
import { sequenceProblems } from '../clock/input.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { DomainError, invalidInput, notFound } from '../errors.ts';
import { parseInput } from '../input.ts';
import { chinaToday } from '../time.ts';
import { loadCalendar } from '../calendar/store.ts';
import { clockFacts, deadlineInput } from './clock.ts';
import { checkDelayLater } from './delay-check.ts';
import { FEE_BASIS, countFee, pageFee } from './fees.ts';
import { type Payload, type RequestEventType, checkParty, checkState } from './lifecycle.ts';
import { transition } from './transition.ts';
import { type Outcome, OUTCOMES } from './outcomes.ts';
import { canWriteCase, partiesOf } from './policy.ts';
import { Step, StepEvent, type StepInput } from './step-form.ts';
import { STEP_MAIL, mailStep } from './step-mail.ts';
import type { LetterKind } from './letter-kinds.ts';
import {
  type EventRow,
  type RequestRow,
  appendEvent,
  countApplicantBetween,
  findRequest,
  listEvents,
  updateRequest,
} from './store.ts';

type Tx = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;
const lastOf = (h: EventRow[], t: RequestEventType) => [...h].reverse().find((e) => e.type === t);

export async function performStep(
  ctx: Ctx,
  requestId: number,
  body: unknown,
): Promise<{ state: string; letter?: LetterKind }> {
  const cal = await loadCalendar(ctx.db);
  let mailed = false;
  const done = await ctx.db.transaction().execute(async (tx) => {
    const c = await findRequest(tx, ctx.scope, requestId);
    if (!c) throw notFound('申请');
    authorize(canWriteCase(ctx.actor, c));
    // Permission first, then state, then input: who may cause this event, whether the case is where it can happen,
    // and only then the step's fields, its date and the articles it must satisfy (guards.ts).
    const parties = partiesOf(ctx.actor, c);
    const { event } = parseInput(StepEvent, body);
    checkParty(event, parties);
    checkState(c.state, event);
    const s = parseInput(Step, body);
    const history = await listEvents(tx, c.id);
    const onDate = stepDate(ctx, c, history, s);
    const data = await stepData(tx, c, history, s);
    const payload: Payload = {
      outcome: s.outcome as Outcome | undefined,
      basis: s.basis,
      evidence: s.evidence,
      workingDays: data.workingDays as number | undefined,
      fromAgencyId: c.agency_id,
      until: s.until,
      reason: s.reason,
      holder: s.holder,
    };
    const target = s.event === 'transferred' ? await findPublicAgency(tx, s.toAgency ?? '') : undefined;
    if (s.event === 'transferred') {
      if (!target) throw invalidInput('找不到要转送的机关，请核对机关代码。', { toAgency: '找不到该机关' });
      payload.toAgencyId = target.id;
      data.to = target.code;
    }
    const clock = clockFacts(cal, { receivedOn: c.received_on, channel: c.channel }, history);
    const next = transition(
      { state: c.state, outcome: c.outcome, history: history.map((e) => e.type), on: onDate, clock },
      s.event,
      parties,
      payload,
    );
    checkClockOrder(c, history, s.event, onDate, data);
    if (s.event === 'reply_delayed') await checkDelayLater(tx, c, history, s.until!);
    const handler =
      c.handler_user_id ?? (ctx.actor.kind === 'staff' && s.event === 'accepted' ? ctx.actor.userId : null);
    await updateRequest(tx, c.id, s.version, {
      state: next.state,
      outcome: next.outcome,
      updated_at: ctx.now.toISOString(),
      outcome_basis:
        next.outcome && next.outcome !== c.outcome ? (s.basis ?? OUTCOMES[next.outcome].basis) : c.outcome_basis,
      handler_user_id: target ? null : handler,
      ...(target ? { agency_id: target.id, transferred_from: c.agency_id } : {}),
    });
    const actor = ctx.actor.kind === 'staff' ? ctx.actor.displayName : '系统';
    await appendEvent(tx, {
      agencyId: target?.id ?? c.agency_id,
      requestId: c.id,
      type: s.event,
      onDate,
      at: ctx.now.toISOString(),
      actor,
      stateAfter: next.state,
      data,
    });
    await record(tx, ctx, {
      action: 'request.step',
      objectType: 'request',
      objectId: c.id,
      agencyId: c.agency_id,
      summary: { number: c.number, event: s.event, from: c.state, to: next.state, outcome: next.outcome, onDate },
    });
    // The applicant's mail and its letter, in this transaction (step-mail.ts): the case as it is after the step.
    const after = s.event in STEP_MAIL ? await findRequest(tx, ctx.scope, c.id) : undefined;
    mailed = after?.email_sealed != null;
    const agency = after && (await findPublicAgencyById(tx, after.agency_id));
    const letter =
      after && agency
        ? await mailStep(tx, ctx, after, await listEvents(tx, c.id), s.event, agency.name, agency.code)
        : undefined;
    return { state: next.state, letter };
  });
  // After commit, in the background: the mail leaves through the outbox (a failing mail server never undoes the step).
  if (mailed) void kickOutbox(ctx.db, ctx.config, ctx.log, ctx.now);
  return done;
}

/** The day the step happened: today unless staff enter an earlier date (a 签收 or a reply received last week). */
function stepDate(ctx: Ctx, c: RequestRow, history: EventRow[], s: StepInput): string {
  const today = chinaToday(ctx.now);
  const onDate = s.onDate ?? today;
  if (onDate > today) throw invalidInput('办理日期不能晚于今天。', { onDate: '日期不能晚于今天' });
  if (onDate < c.received_on)
    throw invalidInput(`办理日期不能早于收到申请之日 ${c.received_on}。`, { onDate: `不能早于 ${c.received_on}` });
  const last = history.at(-1)?.onDate;
  if (last && onDate < last)
    throw invalidInput(`办理日期不能早于上一步骤的日期 ${last}。`, { onDate: `不能早于 ${last}` });
  return onDate;
}

/** What the history keeps of a step: the fields it needs, and for fees the amount computed by the 2020 measures. */
async function stepData(tx: Tx, c: RequestRow, history: EventRow[], s: StepInput): Promise<Record<string, unknown>> {
  const keep = [
    'note',
    'items',
    'replyBy',
    'party',
    'partyName',
    'workingDays',
    'reason',
    'outcome',
    'basis',
    'evidence',
    'until',
    'holder',
    'holderContact',
  ] as const;
  const data: Record<string, unknown> = Object.fromEntries(
    keep.filter((k) => s[k] !== undefined).map((k) => [k, s[k]]),
  );
  if (s.event === 'extension_approved') {
    // 第三十三条第二款: the head approves the extension the clerk asked for, its length included.
    data.workingDays = lastOf(history, 'extension_requested')?.data.workingDays;
  }
  if (s.event === 'consultation_ended' || s.event === 'consultation_received') {
    const open = lastOf(history, 'consultation_started');
    data.party = open?.data.party ?? s.party;
  }
  if (s.event === 'fee_notice_sent') Object.assign(data, await feeFor(tx, c, s));
  return data;
}

async function feeFor(tx: Tx, c: RequestRow, s: StepInput): Promise<Record<string, unknown>> {
  let amount: number;
  if (s.method === 'count') {
    const [y, m] = c.received_on.split('-').map(Number) as [number, number];
    const month = c.received_on.slice(0, 8);
    const before = await countApplicantBetween(
      tx,
      c.agency_id,
      c.applicant_hash,
      `${month}01`,
      `${month}${String(daysInMonth(y, m)).padStart(2, '0')}`,
      c.id,
    );
    amount = countFee(before, s.pieces ?? 1);
    if (amount === 0)
      throw invalidInput(`该申请人本月累计申请未超过 10 件（已有 ${before} 件），按规定不收费。`, {
        pieces: '按件计收：本月累计 10 件以下（含）不收费',
      });
    return { method: 'count', pieces: s.pieces, earlierThisMonth: before, amount, basis: `${FEE_BASIS}第四条` };
  }
  amount = pageFee(s.pages ?? 0);
  if (amount === 0) throw invalidInput('30 页以下（含 30 页）不收费。', { pages: '按量计收：30 页以下（含）不收费' });
  return { method: 'pages', pages: s.pages, amount, basis: `${FEE_BASIS}第五条` };
}

/** The clock's own order rules (one 补正, consultation ends after it starts, ≤ 20 days of extension …) on the new history. */
function checkClockOrder(
  c: RequestRow,
  history: EventRow[],
  event: RequestEventType,
  onDate: string,
  data: Record<string, unknown>,
): void {
  const input = deadlineInput({ receivedOn: c.received_on, channel: c.channel }, [
    ...history,
    { type: event, onDate, data },
  ]);
  const problems = Object.values(sequenceProblems(input));
  if (problems.length) throw new DomainError('illegal_transition', problems[0]!);
}
