// Confirming or dismissing one finding of a checked report, with a written reason. A new review of the same finding
// replaces the agency's earlier one in the same transaction, and both are in the audit log.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency, type Decision as Allowed } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput } from '../errors.ts';
import { DECISIONS, type Decision, type Review } from './reviews.ts';
import { saveReview } from './reviews-store.ts';

export type ReviewInput = {
  agencyId: number;
  subject: string;
  fingerprint: string;
  decision: Decision;
  reason: string;
};

/** Staff of the agency who build its report, record its supervision work, or check reports may review findings. */
function canReview(ctx: Ctx, agencyId: number): Allowed {
  const tries = (['report.build', 'supervision.record', 'report.check'] as const).map((p) =>
    canWriteAgency(ctx.actor, agencyId, p),
  );
  return tries.find((d) => d.allowed) ?? tries[0]!;
}

function validate(input: ReviewInput): ReviewInput {
  const fields: Record<string, string> = {};
  const reason = String(input.reason ?? '').trim();
  if (!(DECISIONS as readonly string[]).includes(input.decision)) fields.decision = '请选择“确认有误”或“不予采纳”';
  if (reason.length < 2) fields.reason = '请写明理由（至少2个字），例如“该栏按上级口径填报”';
  else if (reason.length > 1000) fields.reason = '理由请控制在1000字以内';
  if (!/^[0-9a-f]{8,64}$/.test(String(input.fingerprint ?? ''))) fields.fingerprint = '问题编号无效，请刷新页面后重试';
  if (!input.subject || input.subject.length > 300) fields.subject = '检查对象无效，请刷新页面后重试';
  if (Object.keys(fields).length) throw invalidInput('审核意见未保存，请按提示修改。', fields);
  return { ...input, reason };
}

export async function reviewFinding(ctx: Ctx, input: ReviewInput): Promise<Review> {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  authorize(canReview(ctx, input.agencyId));
  const v = validate(input);
  const actor = ctx.actor;
  const at = ctx.now.toISOString();
  return ctx.db.transaction().execute(async (tx) => {
    const { id, replaced } = await saveReview(tx, {
      agencyId: v.agencyId,
      subject: v.subject,
      fingerprint: v.fingerprint,
      decision: v.decision,
      reason: v.reason,
      actorUserId: actor.userId,
      actorName: actor.displayName,
      at,
    });
    await record(tx, ctx, {
      action: 'report.finding_reviewed',
      objectType: 'report_finding_review',
      objectId: id,
      agencyId: v.agencyId,
      summary: { subject: v.subject, fingerprint: v.fingerprint, decision: v.decision, reason: v.reason, replaced },
    });
    return { fingerprint: v.fingerprint, decision: v.decision, reason: v.reason, by: actor.displayName, at };
  });
}
