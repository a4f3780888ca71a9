// Where a search looks: an agency's portal searches its whole subtree (a county's portal every township and department
// under it). Agencies carry materialised paths ("/1/5/50/5000/", never changed: agencies do not move), and the index
// files every term under the entry's group: the agency at GROUP_DEPTH on its path (a county under its city and
// province), or the agency itself when it sits higher. So:
// - a county (depth 3) reads exactly its group's terms: the postings of its own subtree, however large the province;
// - a township or department below it reads its own terms: every term is filed a second time under each agency
//   between the group and the entry's ("低保@5000"), so its search costs what its own few entries cost;
// - a city or the province (above the groups) reads the terms of every group under it (a prefix of their paths).
// Pure.

export const GROUP_DEPTH = 3;

const segments = (path: string): string[] => path.split('/').filter(Boolean);
const pathOf = (segs: readonly string[]): string => `/${segs.join('/')}/`;

/** The index side: an entry of the agency at `path` is filed under its group, with a scope term per agency below it. */
export function filing(path: string): { group: string; groupId: number; below: number[] } {
  const segs = segments(path);
  const g = segs.slice(0, GROUP_DEPTH);
  return { group: pathOf(g), groupId: Number(g.at(-1)), below: segs.slice(GROUP_DEPTH).map(Number) };
}

/** The query side, for the portal of the agency at `path` (its whole subtree). */
export type SearchScope =
  | { kind: 'own'; agencyId: number; group: string; groupId: number } // below the groups: its own terms
  | { kind: 'group'; group: string; groupId: number } // a county: its group's terms
  | { kind: 'above'; prefix: string; agencyId: number; root: boolean }; // every group under `prefix`

export function scopeOf(path: string): SearchScope {
  const segs = segments(path);
  const id = Number(segs.at(-1));
  if (segs.length < GROUP_DEPTH) return { kind: 'above', prefix: path, agencyId: id, root: segs.length === 1 };
  const { group, groupId } = filing(path);
  return segs.length === GROUP_DEPTH
    ? { kind: 'group', group, groupId }
    : { kind: 'own', agencyId: id, group, groupId };
}
