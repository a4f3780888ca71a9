// Pure rules of the agency tree: materialised paths, ancestors, and the order a roll-up visits agencies.

/** Ids on the path from the root down to (and including) the node. */
export function ancestorIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}
