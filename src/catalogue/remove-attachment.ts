// Removes an attachment from a draft (the wrong file, an older version): it leaves the entry and the scanner's open
// findings about it go; the stored bytes stay in storage and the audit trail, as a masked original does.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../errors.ts';
import { loadEntry } from './load.ts';
import { scanEntry } from './scan-entry.ts';
import { findEntry, listAttachments, removeAttachment as removeRow } from './store.ts';

export async function removeAttachment(ctx: Ctx, entryId: number, attachmentId: number): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const entry = await loadEntry(tx, ctx, entryId);
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.draft'));
    if (entry.state !== 'draft')
      throw new DomainError('illegal_transition', '只有草稿可以删除附件；审查中的信息请先退回修改。');
    const att = (await listAttachments(tx, entryId)).find((a) => a.id === attachmentId);
    if (!att || !(await removeRow(tx, entryId, attachmentId))) throw notFound('附件');
    await record(tx, ctx, {
      action: 'catalogue.attachment_removed',
      objectType: 'catalogue_entry',
      objectId: entryId,
      agencyId: entry.agencyId,
      summary: { indexNo: entry.indexNo, attachmentId },
    });
    await scanEntry(tx, ctx, (await findEntry(tx, ctx.writeScope, entryId))!);
  });
}
