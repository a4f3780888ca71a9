// The version of an agency's public catalogue: bumped inside the transaction of every change to what its portal shows
// (an entry's state or content, its columns, the agency's name), read before a cached public page is served. A page
// cached under an older version is never served again, in this process or any other (the counter is in the database).
import { sql } from 'kysely';
import type { Db } from './connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto'>;

/**
 * Bumps the agency and every agency above it: a county's or a city's portal lists and searches its whole subtree, so a
 * township's change is a change to what each of them shows.
 */
export async function bumpPublicVersion(db: Q, agencyId: number): Promise<void> {
  const row = await db.selectFrom('agencies').select('path').where('id', '=', agencyId).executeTakeFirst();
  const ids = row ? row.path.split('/').filter(Boolean).map(Number) : [agencyId];
  for (const id of ids) await bumpOne(db, id);
}

async function bumpOne(db: Q, agencyId: number): Promise<void> {
  await db
    .insertInto('catalogue_public_versions')
    .values({ agency_id: agencyId, version: 1 })
    .onConflict((oc) =>
      oc.column('agency_id').doUpdateSet({ version: sql<number>`catalogue_public_versions.version + 1` }),
    )
    .execute();
}

export async function readPublicVersion(db: Db, agencyId: number): Promise<number> {
  // Read on every cached page hit: a plain statement, not the query builder (a third of the cost on SQLite).
  const { rows } = await sql<{
    version: number;
  }>`select version from catalogue_public_versions where agency_id = ${agencyId}`.execute(db);
  return rows[0] ? Number(rows[0].version) : 0;
}
