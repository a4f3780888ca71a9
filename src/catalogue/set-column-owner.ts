// A column's owner: the staff member reminded before the column goes stale (none: the agency's clerks). Only a member
// of the column's own agency can own it. Audited.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput, notFound } from '../errors.ts';
import { listColumns } from './column-store.ts';
import { reminderRecipients, setColumnOwner as storeOwner } from './reminder-store.ts';

export async function setColumnOwner(
  ctx: Ctx,
  agencyId: number,
  columnId: number,
  ownerUserId: number | null,
): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    const col = (await listColumns(tx, agencyId)).find((c) => c.id === columnId);
    if (!col) throw notFound('栏目');
    const owner =
      ownerUserId === null
        ? undefined
        : (await reminderRecipients(tx, agencyId, ownerUserId)).find((r) => r.id === ownerUserId);
    if (ownerUserId !== null && !owner)
      throw invalidInput('栏目负责人须是本机关在岗的工作人员。', { ownerUserId: '请从本机关工作人员中选择' });
    await storeOwner(tx, agencyId, columnId, ownerUserId);
    await record(tx, ctx, {
      action: 'catalogue.column_owner_set',
      objectType: 'catalogue_column',
      objectId: columnId,
      agencyId,
      summary: { name: col.name, owner: owner ? owner.username : null },
    });
  });
}
