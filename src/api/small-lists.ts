// Cursor paging for the lists a store returns whole: an agency's trainings, accountability decisions, assessments and
// key tasks (tens of rows a year, read in full by the back office's pages too). The client sees the same contract as
// every other list (`?cursor=`, `?limit=`, `nextCursor`); the keyset — the list's order, ending in the id — is applied
// here over the rows instead of in SQL.
import { type CursorKey, decodeCursor, pageOf } from './cursor.ts';

type Key = readonly [string | number, number];

export function pageWhole<T>(
  rows: readonly T[],
  query: { cursor?: string; limit: number },
  keyOf: (row: T) => Key,
  order: 'asc' | 'desc',
  first: 's' | 'n' = 's',
) {
  const sign = order === 'asc' ? 1 : -1;
  const compare = (a: Key, b: Key) => sign * (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]);
  const sorted = [...rows].sort((a, b) => compare(keyOf(a), keyOf(b)));
  const after = decodeCursor(query.cursor, [first, 'n']) as Key | undefined;
  const rest = after ? sorted.filter((r) => compare(keyOf(r), after) > 0) : sorted;
  return pageOf(rest.slice(0, query.limit + 1), query.limit, (r) => keyOf(r) as unknown as CursorKey);
}
