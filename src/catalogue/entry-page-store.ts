// SQL for a page of an agency's entries in every state, for the API's list: newest change first, keyset-paged on
// (updated_at, id) so a page never skips or repeats an entry changed between two requests.
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Entry } from './entry.ts';
import type { EntryState } from './review.ts';
import { type Q, toEntry } from './store.ts';

export type EntryFilter = {
  states?: readonly EntryState[];
  columnId?: number;
  /** Leave out the entries this staff member drafted (the review queue: nobody reviews their own). */
  notAuthor?: number;
};

/** `limit + 1` entries after the cursor's key (updated_at, id), in descending order. */
export async function pageEntries(
  db: Q,
  scope: Scope,
  agencyId: number,
  f: EntryFilter,
  after: readonly [string, number] | undefined,
  limit: number,
): Promise<Entry[]> {
  if (f.states && !f.states.length) return []; // a queue of no step: nothing waits
  let q = db
    .selectFrom('catalogue_entries')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'catalogue_entries.agency_id'));
  if (f.states) q = q.where('state', 'in', [...f.states]);
  if (f.columnId !== undefined) q = q.where('column_id', '=', f.columnId);
  if (f.notAuthor !== undefined) q = q.where('author_id', '!=', f.notAuthor);
  if (after) {
    const [at, id] = after;
    q = q.where((eb) => eb.or([eb('updated_at', '<', at), eb.and([eb('updated_at', '=', at), eb('id', '<', id)])]));
  }
  return (
    await q
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit + 1)
      .execute()
  ).map(toEntry);
}
