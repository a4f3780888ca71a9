// 发现和纠正错漏信息: a published entry is corrected by a correction draft — an entry of its own, with the corrected
// content and the reason — that goes through the same review as a new entry (保密审查 → 审核 → 签发 → 发布, the
// scanner at each step, never approved by its author). Only when it is published does it replace the public version
// (publish-entry.ts); until then the public keeps the old one. One correction at a time per entry.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput } from '../errors.ts';
import { listColumns } from './column-store.ts';
import type { EntryInput } from './form.ts';
import { actorId, actorName, loadEntry, sameVersion } from './load.ts';
import { insertEntry, listCorrections } from './store.ts';

const DONE = new Set(['applied', 'withdrawn']);

export async function correctEntry(
  ctx: Ctx,
  id: number,
  input: EntryInput & { reason: string; version: number },
): Promise<{ id: number }> {
  return ctx.db.transaction().execute(async (tx) => {
    const entry = await loadEntry(tx, ctx, id);
    // Whoever drafts entries, or publishes them, may propose a correction; the review decides.
    const draft = canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.draft');
    authorize(draft.allowed ? draft : canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.publish'));
    if (entry.state !== 'published' || entry.correctsId !== null)
      throw new DomainError('illegal_transition', '只有已发布的信息可以更正；草稿请直接修改。');
    sameVersion(entry, input.version);
    const earlier = await listCorrections(tx, id);
    const pending = earlier.find((c) => !DONE.has(c.state));
    if (pending)
      throw new DomainError(
        'conflict',
        `本信息已有一份更正稿（${pending.indexNo}）正在办理，请在该更正稿中修改或等其发布后再更正。`,
      );
    if (!(await listColumns(tx, entry.agencyId)).some((c) => c.id === input.columnId))
      throw invalidInput('所选栏目不存在，请重新选择。', { columnId: '请从列表中选择本机关的栏目' });
    // The draft's own 索引号 only tells it apart in the back office; the public entry keeps its number.
    const indexNo = `${entry.indexNo}（更正稿${earlier.length + 1}）`;
    const draftId = await insertEntry(tx, {
      ...input,
      agencyId: entry.agencyId,
      indexNo,
      authorId: actorId(ctx),
      authorName: actorName(ctx),
      now: ctx.now.toISOString(),
      corrects: { id, reason: input.reason },
    });
    await record(tx, ctx, {
      action: 'catalogue.correction_drafted',
      objectType: 'catalogue_entry',
      objectId: id,
      agencyId: entry.agencyId,
      summary: { indexNo: entry.indexNo, correctionId: draftId, reason: input.reason },
    });
    return { id: draftId };
  });
}
