// SQL for the back office's filtered entry list (the page and its export): by state, column and words of the title,
// 索引号 or 文号, newest change first, as the unfiltered list orders them.
import { sql } from 'kysely';
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';
import type { Entry } from './entry.ts';
import type { EntryState } from './review.ts';
import { toEntry } from './store.ts';

type Q = Pick<Db, 'selectFrom'>;

export type EntryFilter = { state?: EntryState; columnId?: number; q?: string };

/** `limit` unset: every entry that matches (an export); the page shows the first 500 as before. */
export async function listEntriesFiltered(
  db: Q,
  scope: Scope,
  agencyId: number,
  f: EntryFilter,
  limit?: number,
): Promise<Entry[]> {
  let q = db
    .selectFrom('catalogue_entries')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'catalogue_entries.agency_id'));
  if (f.state) q = q.where('state', '=', f.state);
  if (f.columnId !== undefined) q = q.where('column_id', '=', f.columnId);
  for (const word of (f.q ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5)) {
    const like = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        sql<boolean>`catalogue_entries.title like ${like} escape '\\'`,
        sql<boolean>`catalogue_entries.index_no like ${like} escape '\\'`,
        sql<boolean>`catalogue_entries.doc_no like ${like} escape '\\'`,
      ]),
    );
  }
  q = q.orderBy('updated_at', 'desc').orderBy('id', 'desc');
  return (await (limit === undefined ? q : q.limit(limit)).execute()).map(toEntry);
}
