// The author (or another clerk) edits a draft. Only drafts change in place; published entries are corrected.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput, stale } from '../errors.ts';
import { listColumns } from './column-store.ts';
import type { EntryInput } from './form.ts';
import { loadEntry, sameVersion } from './load.ts';
import { EDITABLE, STATE_LABELS } from './review.ts';
import { contentRow, updateEntry } from './store.ts';

export async function updateDraft(ctx: Ctx, id: number, version: number, input: EntryInput): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const entry = await loadEntry(tx, ctx, id);
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.draft'));
    if (!EDITABLE.has(entry.state))
      throw new DomainError(
        'illegal_transition',
        `信息处于“${STATE_LABELS[entry.state]}”状态，不能直接修改。已发布的信息请使用“更正”。`,
      );
    sameVersion(entry, version);
    if (!(await listColumns(tx, entry.agencyId)).some((c) => c.id === input.columnId))
      throw invalidInput('所选栏目不存在，请重新选择。', { columnId: '请从列表中选择本机关的栏目' });
    if (!(await updateEntry(tx, id, version, { ...contentRow(input), updated_at: ctx.now.toISOString() })))
      throw stale();
    await record(tx, ctx, {
      action: 'catalogue.entry_updated',
      objectType: 'catalogue_entry',
      objectId: id,
      agencyId: entry.agencyId,
      summary: { indexNo: entry.indexNo, version: version + 1 },
    });
  });
}
