// 提交审查 / 审查通过 / 退回修改: one step of 先审后发, recorded as an approval linked to the entry and audited.
// The scanner runs on submission and again at every approval, so a finding added since cannot slip through.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, forbidden, stale } from '../errors.ts';
import { getSettings } from './column-store.ts';
import { actorId, actorName, loadEntry, sameVersion } from './load.ts';
import { isReviewStep, nextState, type ReviewAction, selfApprovalRefused, STEP_PERMISSION } from './review.ts';
import { scanEntry } from './scan-entry.ts';
import { insertApproval, updateEntry } from './store.ts';

export async function reviewEntry(
  ctx: Ctx,
  id: number,
  input: { action: Extract<ReviewAction, 'submit' | 'approve' | 'return'>; comment: string; version: number },
): Promise<{ state: string; openFindings: number }> {
  return ctx.db.transaction().execute(async (tx) => {
    // Permission first (submitting needs drafting; approving or returning needs one of the review steps'), then the
    // state, then the permission of the step the entry is at, then the form's version.
    const entry = await loadEntry(tx, ctx, id);
    const reviews = [...Object.values(STEP_PERMISSION), 'catalogue.publish'] as const;
    if (input.action === 'submit') authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.draft'));
    else
      authorize(
        reviews.map((p) => canWriteAgency(ctx.actor, entry.agencyId, p)).find((d) => d.allowed) ??
          canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.review'),
      );
    const settings = await getSettings(tx, entry.agencyId);
    const t = nextState(entry.state, input.action, { requireSignOff: settings?.requireSignOff ?? false });
    if (input.action !== 'submit') {
      if (!isReviewStep(entry.state) && entry.state !== 'ready')
        throw new DomainError('illegal_transition', '该信息不在审查环节。');
      authorize(
        canWriteAgency(
          ctx.actor,
          entry.agencyId,
          isReviewStep(entry.state) ? STEP_PERMISSION[entry.state] : 'catalogue.publish',
        ),
      );
      const self = selfApprovalRefused(entry.authorId, actorId(ctx));
      if (self) throw forbidden(self);
    }
    sameVersion(entry, input.version);
    const openFindings = await scanEntry(tx, ctx, entry);
    const set = {
      state: t.state,
      updated_at: ctx.now.toISOString(),
      ...(input.action === 'approve' && entry.state === 'review' ? { reviewer_name: actorName(ctx) } : {}),
    };
    if (!(await updateEntry(tx, id, input.version, set))) throw stale();
    await insertApproval(tx, {
      entryId: id,
      step: entry.state,
      decision: input.action,
      actorUserId: actorId(ctx),
      actorName: actorName(ctx),
      comment: input.comment,
      version: input.version,
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'catalogue.reviewed',
      objectType: 'catalogue_entry',
      objectId: id,
      agencyId: entry.agencyId,
      summary: {
        indexNo: entry.indexNo,
        action: input.action,
        from: entry.state,
        to: t.state,
        comment: input.comment,
        version: input.version,
      },
    });
    return { state: t.state, openFindings };
  });
}
