// A 复议 or 诉讼 decision that corrects the agency's reply (撤销, 变更, 确认违法, 责令履行, 确认无效) sends the request
// back into the workflow: it is handled again and must get a new reply, with a new deadline counted from the decision.
// Runs inside the appeal's transaction (src/appeals/record-appeal.ts), so the decision and the reopening land together.
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { invalidInput } from '../errors.ts';
import { transition } from './transition.ts';
import { appendEvent, findRequestByNumber, listEvents, updateRequest } from './store.ts';

type Tx = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export async function reopenForAppeal(
  tx: Tx,
  ctx: Ctx,
  r: { requestNumber: string; appealId: number; decision: string; onDate: string },
): Promise<void> {
  const c = await findRequestByNumber(tx, ctx.writeScope, r.requestNumber);
  if (!c)
    throw invalidInput(`找不到本机关的申请 ${r.requestNumber}，无法重新办理；请核对涉及的申请编号。`, {
      requestNumber: '找不到该申请',
    });
  const history = await listEvents(tx, c.id);
  // The decision is the authority: the step is taken on its behalf, as a clerk's step, whoever records the decision.
  const next = transition(
    { state: c.state, outcome: c.outcome, history: history.map((e) => e.type) },
    'reopened',
    ['clerk'],
    { appealId: r.appealId },
  );
  await updateRequest(tx, c.id, c.version, {
    state: next.state,
    outcome: null,
    outcome_basis: null,
    updated_at: ctx.now.toISOString(),
  });
  const actor = ctx.actor.kind === 'staff' ? ctx.actor.displayName : '系统';
  await appendEvent(tx, {
    agencyId: c.agency_id,
    requestId: c.id,
    type: 'reopened',
    onDate: r.onDate,
    at: ctx.now.toISOString(),
    actor,
    stateAfter: next.state,
    data: { appealId: r.appealId, decision: r.decision },
  });
  await record(tx, ctx, {
    action: 'request.step',
    objectType: 'request',
    objectId: c.id,
    agencyId: c.agency_id,
    summary: { number: c.number, event: 'reopened', from: c.state, to: next.state, outcome: null, onDate: r.onDate },
  });
}

/** Whether an appeal may name this request: it must be one of the agency's own cases. */
export async function requestExists(tx: Tx, ctx: Ctx, number: string): Promise<boolean> {
  return !!(await findRequestByNumber(tx, ctx.writeScope, number));
}
