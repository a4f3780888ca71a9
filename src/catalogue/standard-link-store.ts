// SQL of the 标准目录 beyond its list (standard-store.ts): one item of the agency, its edit, deletion and order, and
// its links to the catalogue entries that fulfil it; which items have no current entry (published and in force).
import type { Db } from '../db/connect.ts';
import type { StandardItem } from './standard-catalogue.ts';
import { listStandardItems } from './standard-store.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable' | 'deleteFrom'>;

export async function findStandardItem(db: Q, agencyId: number, id: number): Promise<StandardItem | undefined> {
  return (await listStandardItems(db, agencyId)).find((it) => it.id === id);
}

export async function updateStandardItem(db: Q, agencyId: number, id: number, it: StandardItem): Promise<boolean> {
  const r = await db
    .updateTable('standard_items')
    .set({
      level1: it.level1,
      level2: it.level2,
      content: it.content,
      basis: it.basis,
      time_limit: it.timeLimit,
      subject: it.subject,
      channels: JSON.stringify(it.channels),
      audience: it.audience,
      mode: it.mode,
      tier: it.tier,
      column_id: it.columnId ?? null,
    })
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function deleteStandardItems(db: Q, agencyId: number, ids: readonly number[]): Promise<void> {
  if (!ids.length) return;
  await db
    .deleteFrom('standard_item_entries')
    .where('agency_id', '=', agencyId)
    .where('item_id', 'in', [...ids])
    .execute();
  await db
    .deleteFrom('standard_items')
    .where('agency_id', '=', agencyId)
    .where('id', 'in', [...ids])
    .execute();
}

/** The items in this order: sort 10, 20, 30 … */
export async function setStandardOrder(db: Q, agencyId: number, ids: readonly number[]): Promise<void> {
  for (const [i, id] of ids.entries())
    await db
      .updateTable('standard_items')
      .set({ sort: (i + 1) * 10 })
      .where('id', '=', id)
      .where('agency_id', '=', agencyId)
      .execute();
}

export async function setLink(
  db: Q,
  agencyId: number,
  itemId: number,
  entryId: number,
  linked: boolean,
): Promise<void> {
  await db.deleteFrom('standard_item_entries').where('item_id', '=', itemId).where('entry_id', '=', entryId).execute();
  if (linked)
    await db
      .insertInto('standard_item_entries')
      .values({ item_id: itemId, entry_id: entryId, agency_id: agencyId })
      .execute();
}

export type LinkedEntry = {
  id: number;
  indexNo: string;
  title: string;
  state: string;
  validity: string;
  publishedOn: string | null;
};

export async function entriesOfItem(db: Q, agencyId: number, itemId: number): Promise<LinkedEntry[]> {
  const rows = await db
    .selectFrom('standard_item_entries as l')
    .innerJoin('catalogue_entries as e', 'e.id', 'l.entry_id')
    .select(['e.id', 'e.index_no', 'e.title', 'e.state', 'e.validity', 'e.published_on'])
    .where('l.agency_id', '=', agencyId)
    .where('l.item_id', '=', itemId)
    .orderBy('e.published_on', 'desc')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    indexNo: r.index_no,
    title: r.title,
    state: r.state,
    validity: r.validity,
    publishedOn: r.published_on,
  }));
}

export async function itemIdsOfEntry(db: Q, entryId: number): Promise<number[]> {
  const rows = await db.selectFrom('standard_item_entries').select('item_id').where('entry_id', '=', entryId).execute();
  return rows.map((r) => Number(r.item_id));
}

/** Items none of whose linked entries is published and in force (有效): the 标准目录's gaps. */
export async function itemsWithoutCurrentEntry(db: Q, agencyId: number): Promise<StandardItem[]> {
  const covered = await db
    .selectFrom('standard_item_entries as l')
    .innerJoin('catalogue_entries as e', 'e.id', 'l.entry_id')
    .select('l.item_id')
    .where('l.agency_id', '=', agencyId)
    .where('e.state', '=', 'published')
    .where('e.validity', '=', 'valid')
    .groupBy('l.item_id')
    .execute();
  const ids = new Set(covered.map((r) => Number(r.item_id)));
  return (await listStandardItems(db, agencyId)).filter((it) => !ids.has(it.id!));
}

export async function entryIdByIndexNo(db: Q, agencyId: number, indexNo: string): Promise<number | undefined> {
  const r = await db
    .selectFrom('catalogue_entries')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('index_no', '=', indexNo)
    .executeTakeFirst();
  return r ? Number(r.id) : undefined;
}
