// Recording a 复议 or 诉讼 case, moving it along (accepted, answer, decision), and filing its documents.
//
// Why appeals have no transition table (unlike requests/lifecycle.ts and catalogue/review.ts): the agency does not
// drive a 复议 or 诉讼, it records what the 复议机关 or the court did. Each step is a dated fact (filed, accepted, copy
// received, answered, decided) that may be entered late, corrected, or arrive out of the order a table would impose
// (a decision recorded before the answer was filed here). So the case keeps its dates, and its stage ("待答复",
// "已决定"), its deadlines (deadlines.ts) and its 表四 column (table-four.ts) are derived from them when read. What a
// table would guard is checked on the dates instead: accepted not before filed, a decision with its date, a suit
// after a 复议 naming that 复议 (form.ts), and the version for concurrent edits (stale()).
import type { z } from 'zod';
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput, notFound, stale } from '../errors.ts';
import type { DocumentForm, NewAppealForm, StepForm } from './form.ts';
import { DECISIONS, type Decision, reopensRequest } from './outcomes.ts';
import { reopenForAppeal, requestExists } from '../requests/reopen.ts';
import * as store from './store.ts';
import { putBlob } from '../files/blobs.ts';
import { assertNotFuture } from '../time.ts';
import { safeFileName } from '../files/safe-name.ts';
import { MAX_ATTACHMENT_BYTES, sniffType } from '../files/sniff.ts';

export async function recordAppeal(ctx: Ctx, input: z.output<typeof NewAppealForm>): Promise<number> {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  const agencyId = ctx.actor.agencyId;
  authorize(canWriteAgency(ctx.actor, agencyId, 'appeal.record'));
  assertNotFuture(ctx.now, { filedOn: [input.filedOn, '提出复议申请或起诉的日期'] });
  if (input.kind === 'litigation_after_reconsideration' && !input.followsId) {
    throw invalidInput('复议后起诉须选择所依据的复议案件。', { followsId: '请选择所依据的复议案件' });
  }
  return ctx.db.transaction().execute(async (tx) => {
    if (input.requestNumber && !(await requestExists(tx, ctx, input.requestNumber))) {
      throw invalidInput('涉及的申请编号不是本机关的申请，请核对。', { requestNumber: '找不到该申请' });
    }
    if (input.followsId) {
      const prior = await store.findAppeal(tx, ctx.writeScope, input.followsId);
      if (prior?.kind !== 'reconsideration')
        throw invalidInput('所依据的复议案件不存在。', { followsId: '请选择本机关的复议案件' });
    }
    const id = await store.insertAppeal(tx, {
      agencyId,
      ...input,
      followsId: input.kind === 'litigation_after_reconsideration' ? input.followsId : null,
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'appeal.recorded',
      objectType: 'appeal',
      objectId: id,
      agencyId,
      summary: { kind: input.kind, body: input.body, filedOn: input.filedOn },
    });
    return id;
  });
}

/** Dates must follow each other: filed ≤ accepted ≤ answered ≤ decided; a decision needs its date and vice versa. */
function checkOrder(a: store.Appeal): void {
  const fields: Record<string, string> = {};
  if (a.acceptedOn && a.acceptedOn < a.filedOn) fields.acceptedOn = '受理日期不能早于提出日期';
  if (a.answeredOn && a.answeredOn < a.filedOn) fields.answeredOn = '答复日期不能早于提出日期';
  if (a.decidedOn && a.decidedOn < (a.acceptedOn ?? a.filedOn)) fields.decidedOn = '决定日期不能早于受理日期';
  if (!!a.decidedOn !== !!a.decision) fields.decision = '请同时填写结果和决定日期';
  if (Object.keys(fields).length) throw invalidInput(Object.values(fields).join('；'), fields);
}

export async function updateAppealSteps(
  ctx: Ctx,
  id: number,
  input: z.output<typeof StepForm>,
): Promise<{ decision: Decision | null }> {
  return ctx.db.transaction().execute(async (tx) => {
    const a = await store.findAppeal(tx, ctx.scope, id);
    if (!a) throw notFound('案件');
    authorize(canWriteAgency(ctx.actor, a.agencyId, 'appeal.record'));
    assertNotFuture(ctx.now, {
      acceptedOn: [input.acceptedOn, '受理日期'],
      copyReceivedOn: [input.copyReceivedOn, '收到副本日期'],
      answeredOn: [input.answeredOn, '答复日期'],
      decidedOn: [input.decidedOn, '决定日期'],
    });
    const next = {
      ...a,
      acceptedOn: input.acceptedOn,
      copyReceivedOn: input.copyReceivedOn,
      answeredOn: input.answeredOn,
      extendedDays: input.extendedDays ?? 0,
      decidedOn: input.decidedOn,
      decision: input.decision as Decision | null,
    };
    checkOrder(next);
    if (!(await store.updateAppeal(tx, id, input.version, next))) throw stale('案件');
    const pick = (x: store.Appeal) => ({
      acceptedOn: x.acceptedOn,
      copyReceivedOn: x.copyReceivedOn,
      answeredOn: x.answeredOn,
      extendedDays: x.extendedDays,
      decidedOn: x.decidedOn,
      decision: x.decision,
    });
    await record(tx, ctx, {
      action: 'appeal.updated',
      objectType: 'appeal',
      objectId: id,
      agencyId: a.agencyId,
      summary: { step: 'dates', before: pick(a), after: pick(next) },
    });
    // 结果纠正: the request goes back into the workflow for a new reply, in the same transaction as the decision.
    const newlyCorrected =
      next.decision && reopensRequest(next.decision) && !(a.decision && reopensRequest(a.decision));
    if (newlyCorrected && a.requestNumber) {
      await reopenForAppeal(tx, ctx, {
        requestNumber: a.requestNumber,
        appealId: id,
        decision: DECISIONS[next.decision!].label,
        onDate: next.decidedOn!,
      });
    }
    return { decision: next.decision };
  });
}

/** A document of the case, with its scan or electronic file when one is uploaded (PDF, DOCX, PNG or JPEG, ≤ 20 MB). */
export async function addAppealDocument(
  ctx: Ctx,
  id: number,
  input: z.output<typeof DocumentForm>,
  upload?: { filename: string; bytes: Buffer },
): Promise<void> {
  assertNotFuture(ctx.now, { dated: [input.dated, '文书日期'] });
  const type = upload ? sniffType(upload.bytes) : undefined;
  if (upload && (!type || type === 'xlsx'))
    throw invalidInput('文书文件须为 PDF、Word（DOCX）或图片（PNG、JPEG）。', { file: '文件类型不支持' });
  if (upload && upload.bytes.length > MAX_ATTACHMENT_BYTES)
    throw invalidInput('文书文件不能超过 20 MB。', { file: '文件过大' });
  await ctx.db.transaction().execute(async (tx) => {
    const a = await store.findAppeal(tx, ctx.scope, id);
    if (!a) throw notFound('案件');
    authorize(canWriteAgency(ctx.actor, a.agencyId, 'appeal.record'));
    // Blobs are content-addressed and written once, by this transaction (files/store.ts).
    const file =
      upload && type
        ? { sha256: await putBlob(tx, ctx.config, upload.bytes), name: safeFileName(upload.filename, type), type }
        : null;
    await store.insertDocument(tx, id, { ...input, file });
    await record(tx, ctx, {
      action: 'appeal.document_added',
      objectType: 'appeal',
      objectId: id,
      agencyId: a.agencyId,
      summary: { kind: input.kind, title: input.title },
    });
  });
}
