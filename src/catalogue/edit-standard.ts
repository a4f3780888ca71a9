// The 标准目录 kept by hand after its import: an item edited, deleted (with its links) or the items reordered; and an
// item linked to (or unlinked from) a catalogue entry of the agency that fulfils it. Each audited, in one transaction.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { invalidInput, notFound } from '../errors.ts';
import type { StandardItem } from './standard-catalogue.ts';
import { listStandardItems } from './standard-store.ts';
import {
  deleteStandardItems,
  findStandardItem,
  setLink,
  setStandardOrder,
  updateStandardItem,
} from './standard-link-store.ts';
import { findEntry } from './store.ts';

export async function editStandardItem(ctx: Ctx, agencyId: number, id: number, item: StandardItem): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    if (!(await updateStandardItem(tx, agencyId, id, item))) throw notFound('标准目录事项');
    await record(tx, ctx, {
      action: 'catalogue.standard_item_updated',
      objectType: 'standard_item',
      objectId: id,
      agencyId,
      summary: { level1: item.level1, level2: item.level2 },
    });
  });
}

export async function deleteStandardItem(ctx: Ctx, agencyId: number, id: number): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    const it = await findStandardItem(tx, agencyId, id);
    if (!it) throw notFound('标准目录事项');
    await deleteStandardItems(tx, agencyId, [id]);
    await record(tx, ctx, {
      action: 'catalogue.standard_item_deleted',
      objectType: 'standard_item',
      objectId: id,
      agencyId,
      summary: { level1: it.level1, level2: it.level2 },
    });
  });
}

/** `ids`: every item of the agency, once each, in the new order. */
export async function reorderStandardItems(ctx: Ctx, agencyId: number, ids: readonly number[]): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    const have = (await listStandardItems(tx, agencyId)).map((it) => it.id!);
    if (ids.length !== have.length || new Set(ids).size !== ids.length || ids.some((id) => !have.includes(id)))
      throw invalidInput('新的顺序应列出本机关标准目录的每一个事项，各一次；请刷新页面后重试。', {
        ids: '事项不全或重复',
      });
    await setStandardOrder(tx, agencyId, ids);
    await record(tx, ctx, {
      action: 'catalogue.standard_items_reordered',
      objectType: 'agency',
      objectId: agencyId,
      agencyId,
      summary: { items: ids.length },
    });
  });
}

/** Moves one item a place up or down (the back office's buttons). */
export async function moveStandardItem(ctx: Ctx, agencyId: number, id: number, by: -1 | 1): Promise<void> {
  const ids = (await listStandardItems(ctx.db, agencyId)).map((it) => it.id!);
  const at = ids.indexOf(id);
  if (at < 0) throw notFound('标准目录事项');
  const to = at + by;
  if (to < 0 || to >= ids.length) return;
  [ids[at], ids[to]] = [ids[to]!, ids[at]!];
  await reorderStandardItems(ctx, agencyId, ids);
}

export async function linkStandardItem(
  ctx: Ctx,
  agencyId: number,
  o: { itemId: number; entryId: number; linked: boolean },
): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    if (!(await findStandardItem(tx, agencyId, o.itemId))) throw notFound('标准目录事项');
    const entry = await findEntry(tx, ctx.writeScope, o.entryId);
    if (!entry || entry.agencyId !== agencyId) throw notFound('信息');
    await setLink(tx, agencyId, o.itemId, o.entryId, o.linked);
    await record(tx, ctx, {
      action: 'catalogue.standard_item_linked',
      objectType: 'standard_item',
      objectId: o.itemId,
      agencyId,
      summary: { entryId: entry.id, indexNo: entry.indexNo, linked: o.linked },
    });
  });
}
