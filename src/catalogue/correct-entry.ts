// 发现和纠正错漏信息: a published entry is corrected by a new version with its reason. The earlier version is kept
// (catalogue_versions and the audit trail); the public page shows the current version and that it was corrected.
// The corrected text is scanned first: a correction cannot bring personal data onto the portal.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput } from '../errors.ts';
import { listColumns } from './column-store.ts';
import type { EntryInput } from './form.ts';
import { actorId, loadEntry, stale } from './load.ts';
import { screenEntry } from './screening.ts';
import { indexPublished } from './search-doc.ts';
import { contentRow, findEntry, insertVersion, listAttachments, updateEntry } from './store.ts';

export async function correctEntry(ctx: Ctx, id: number, input: EntryInput & { reason: string; version: number }): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const entry = await loadEntry(tx, ctx, id, input.version);
    if (entry.state !== 'published') throw new DomainError('illegal_transition', '只有已发布的信息可以更正；草稿请直接修改。');
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.publish'));
    if (!(await listColumns(tx, entry.agencyId)).some((c) => c.id === input.columnId)) throw invalidInput('所选栏目不存在，请重新选择。', { columnId: '请从列表中选择本机关的栏目' });
    const found = screenEntry(input, await listAttachments(tx, id)).filter((f) => f.attachmentId === null);
    if (found.length) throw invalidInput(`更正后的内容中发现 ${found.length} 处敏感信息（${found.map((f) => f.excerpt).join('；')}），请处理后再提交。`, { body: '含身份证号、电话、住址或密级标识等，请遮盖后再提交' });
    await insertVersion(tx, { entry, reason: input.reason, actorUserId: actorId(ctx), now: ctx.now.toISOString() });
    if (!(await updateEntry(tx, id, input.version, { ...contentRow(input), corrected: 1, updated_at: ctx.now.toISOString() }))) throw stale();
    await indexPublished(tx, ctx.db.dialect, (await findEntry(tx, ctx.writeScope, id))!);
    await record(tx, ctx, { action: 'catalogue.corrected', objectType: 'catalogue_entry', objectId: id, agencyId: entry.agencyId, summary: { indexNo: entry.indexNo, version: input.version + 1, reason: input.reason } });
  });
}
