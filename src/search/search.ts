// Full-text search over published catalogue entries: every substring, on both engines (sqlite-store.ts, postgres-store.ts; the
// dialect difference lives only there). An agency's portal searches its whole subtree (scope.ts). A query is folded
// and cut at spaces into words (fold.ts); an entry is a hit when its title, 文号, 内容概述, body or attachments' text
// contains every word, exactly as a substring scan of the folded texts would find it. Hits come in tiers (rank.ts),
// newest first in each; the count is exact. The index holds published entries only: the use cases that publish,
// correct and withdraw keep it in step in their own transactions.
import type { QueryExecutorProvider } from 'kysely';
import type { Db, Dialect } from '../db/connect.ts';
import { type SearchEntry, entryIdOf, yearOfKey } from './doc.ts';
import { queryWords } from './fold.ts';
import type { SearchFilter } from './filter.ts';
import { deletePostgres, insertPostgres, scopeKeysPostgres, searchPostgres } from './postgres-store.ts';
import type { SearchScope } from './scope.ts';
export { scopeOf, type SearchScope } from './scope.ts';
import { deleteSqlite, insertSqlite, scopeKeysSqlite, searchSqlite } from './sqlite-store.ts';

export type { SearchEntry } from './doc.ts';
type Conn = QueryExecutorProvider;

/** Puts the entry in the index, replacing what it held for it (publication, correction). */
export async function indexEntry(db: Conn, dialect: Dialect, entry: SearchEntry): Promise<void> {
  await unindexEntry(db, dialect, entry.entryId);
  await indexNewEntries(db, dialect, [entry]);
}

/** Many entries not indexed yet (bulk loads: the migration's backfill, the benchmark's generator). */
export async function indexNewEntries(db: Conn, dialect: Dialect, entries: readonly SearchEntry[]): Promise<void> {
  await (dialect === 'postgres' ? insertPostgres(db, entries) : insertSqlite(db, entries));
}

export async function unindexEntry(db: Conn, dialect: Dialect, entryId: number): Promise<void> {
  await (dialect === 'postgres' ? deletePostgres(db, entryId) : deleteSqlite(db, entryId));
}

/**
 * One page of the published entries in `scope` (an agency's subtree, scope.ts) that contain every word of `q` (all
 * of them when `q` has none) and meet `filter`: their ids, best first, and how many there are in all.
 */
export async function searchEntries(
  db: Db,
  scope: SearchScope,
  q: string,
  filter: SearchFilter,
  offset: number,
  limit: number,
): Promise<{ total: number; ids: number[] }> {
  const words = queryWords(q);
  const r =
    db.dialect === 'postgres'
      ? await searchPostgres(db, scope, words, filter, offset, limit)
      : await searchSqlite(db, scope, words, filter, offset, limit);
  return { total: r.total, ids: r.keys.map(entryIdOf) };
}

/**
 * The years in which `scope` published something, newest first (the year filter's options). An agency below the
 * groups has its own few entries: their keys are read whole from the index. A county or above has the index's newest
 * and oldest entries bound the years, and each year between is asked for one entry (a range of keys, doc.ts): a few
 * lookups, not a read of every row.
 */
export async function searchYears(db: Db, scope: SearchScope): Promise<number[]> {
  if (scope.kind === 'own') {
    const keys = db.dialect === 'postgres' ? await scopeKeysPostgres(db, scope) : await scopeKeysSqlite(db, scope);
    return [...new Set(keys.map(yearOfKey))].sort((a, b) => b - a);
  }
  const newest = await searchPage(db, scope, 0);
  if (!newest.total) return [];
  const oldest = await searchPage(db, scope, newest.total - 1);
  const years: number[] = [];
  for (let y = yearOfKey(newest.keys[0]!); y >= yearOfKey(oldest.keys[0]!); y--)
    if ((await searchPage(db, scope, 0, y)).total) years.push(y);
  return years;
}

/** One entry of the scope's browse list (every published entry, newest first), optionally in one year. */
const searchPage = (db: Db, scope: SearchScope, offset: number, year?: number) =>
  db.dialect === 'postgres'
    ? searchPostgres(db, scope, [], { year }, offset, 1)
    : searchSqlite(db, scope, [], { year }, offset, 1);
