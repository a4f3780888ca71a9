// Which data upgrades that need the keys (keyed-upgrades.ts) are done: one row each, written in the upgrade's own
// transaction, so an upgrade runs once per database however many processes start on it.
import type { Db } from './connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto'>;

export async function upgradeDone(db: Q, name: string): Promise<boolean> {
  return (
    (await db.selectFrom('data_upgrades').select('name').where('name', '=', name).executeTakeFirst()) !== undefined
  );
}

/** Marks the upgrade done; false when another process marked it first (its work then stands). */
export async function markUpgradeDone(db: Q, name: string, now: string): Promise<boolean> {
  const r = await db
    .insertInto('data_upgrades')
    .values({ name, done_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}
