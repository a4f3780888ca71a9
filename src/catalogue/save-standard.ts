// Adds an item to the agency's 标准目录, and saves a 政务新媒体 account's year-end figures. Both audited.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { listColumns } from './column-store.ts';
import type { StandardItem } from './standard-catalogue.ts';
import { insertStandardItem, type MediaAccount, saveMediaAccount } from './standard-store.ts';

export async function addStandardItem(ctx: Ctx, agencyId: number, item: StandardItem): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    if (item.columnId && !(await listColumns(tx, agencyId)).some((c) => c.id === item.columnId))
      throw invalidInput('所选栏目不存在，请重新选择。', { columnId: '请从列表中选择本机关的栏目' });
    await insertStandardItem(tx, agencyId, item);
    await record(tx, ctx, {
      action: 'catalogue.standard_item_saved',
      objectType: 'agency',
      objectId: agencyId,
      agencyId,
      summary: { level1: item.level1, level2: item.level2 },
    });
  });
}

export async function recordMediaAccount(ctx: Ctx, agencyId: number, m: MediaAccount): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    await saveMediaAccount(tx, agencyId, m);
    await record(tx, ctx, {
      action: 'catalogue.media_account_saved',
      objectType: 'agency',
      objectId: agencyId,
      agencyId,
      summary: m,
    });
  });
}
