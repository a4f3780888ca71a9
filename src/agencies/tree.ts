// Pure rules of the agency tree: materialised paths, ancestors, and the order a roll-up visits agencies.

export type TreeNode = { id: number; parentId: number | null; path: string };

export function childPath(parentPath: string | null, id: number): string {
  return `${parentPath ?? '/'}${id}/`;
}

/** Ids on the path from the root down to (and including) the node. */
export function ancestorIds(path: string): number[] {
  return path.split('/').filter(Boolean).map(Number);
}

export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** Deepest first, so each agency is visited after all of its descendants (a roll-up sums children before parents). */
export function rollupOrder<T extends TreeNode>(nodes: readonly T[]): T[] {
  return [...nodes].sort((a, b) => ancestorIds(b.path).length - ancestorIds(a.path).length || a.id - b.id);
}
