// A table as one constraint problem: every row offers its readings (readings.ts), each with a cost, and the table
// adds the cost of the identities between rows it breaks (表三's 第一项加第二项之和等于第三项加第四项之和, the results
// summing to （七）总计). The cheapest choice of one reading per row is the table as read. Where several cheapest
// choices disagree on a cell, the cell is not guessed: it is left blank and the row is reported with its alternatives.
import type { Cell } from '../model.ts';
import type { Reading } from './readings.ts';

export type RowChoices = { key: string; readings: readonly Reading[] };
/** The cost a choice of rows adds (broken identities between rows); `at(key)` gives a row's chosen values. */
export type TableCost = (at: (key: string) => readonly Cell[] | undefined) => number;
export type Solved = {
  key: string;
  /** The values read: a cell the cheapest choices disagree on is null. */
  values: Cell[];
  /** The reading the values come from (the first of the cheapest when several agree). */
  reading: Reading;
  /** The distinct cheapest readings when they disagree (more than one), else empty. */
  alternatives: Reading[];
};

/** Nodes the search may visit before it settles for each row's cheapest readings. */
const MAX_NODES = 200000;
const EPS = 1e-9;

/** A reading this much dearer than its row's cheapest is tried only when the cheap ones break an identity between rows. */
const CHEAP = 1;

export function solveTable(rows: readonly RowChoices[], tableCost: TableCost = () => 0): Solved[] {
  const live = rows
    .filter((r) => r.readings.length > 0)
    .map((r) => ({ key: r.key, readings: distinctCheapestFirst(r.readings) }));
  if (!live.some((r) => r.readings.length > 1)) return live.map((r) => settle(r.key, r.readings));
  // First among each row's cheap readings: when they keep every identity between rows, nothing dearer can do better.
  const floor = live.reduce((n, r) => n + (r.readings[0] as Reading).cost, 0);
  const cheap = live.map((r) => ({
    key: r.key,
    readings: r.readings.filter((x) => x.cost <= (r.readings[0] as Reading).cost + CHEAP - EPS),
  }));
  const first = search(cheap, tableCost, Infinity);
  const picks =
    first && first.best <= floor + EPS
      ? first.used
      : (search(live, tableCost, first?.best ?? Infinity)?.used ??
        first?.used ??
        live.map((r) => cheapest(r.readings)));
  return live.map((r, i) => settle(r.key, picks[i] as Reading[]));
}

/**
 * Depth-first over the rows, each row's readings cheapest first, cut off where the cost so far plus the cheapest rest
 * passes the best found; returns, per row, every reading used by some cheapest choice (null when the search is too big).
 */
function search(
  rows: readonly RowChoices[],
  tableCost: TableCost,
  bound: number,
): { best: number; used: Reading[][] } | null {
  const index = new Map(rows.map((r, i) => [r.key, i]));
  const chosen: Reading[] = rows.map((r) => r.readings[0] as Reading);
  const minRest: number[] = new Array(rows.length + 1).fill(0);
  for (let i = rows.length - 1; i >= 0; i--)
    minRest[i] = (minRest[i + 1] as number) + ((rows[i] as RowChoices).readings[0] as Reading).cost;
  // A row read as cut off is unknown to the identities between rows (its blanks are not zeros).
  const at = (key: string) => {
    const i = index.get(key);
    const r = i === undefined ? undefined : chosen[i];
    return !r || r.how === 'truncated' ? undefined : r.values;
  };
  let best = bound;
  let used: Set<Reading>[] = [];
  let nodes = 0;
  const walk = (i: number, cost: number): boolean => {
    if (++nodes > MAX_NODES) return false;
    if (i === rows.length) {
      const total = cost + tableCost(at);
      if (total > best + EPS) return true;
      if (total < best - EPS || used.length === 0) {
        best = total;
        used = chosen.map((r) => new Set([r]));
      } else chosen.forEach((r, k) => used[k]?.add(r));
      return true;
    }
    for (const r of (rows[i] as RowChoices).readings) {
      if (cost + r.cost + (minRest[i + 1] as number) > best + EPS) break; // sorted: the rest cost more
      chosen[i] = r;
      if (!walk(i + 1, cost + r.cost)) return false;
    }
    return true;
  };
  return walk(0, 0) && used.length > 0 ? { best, used: used.map((set) => [...set]) } : null;
}

/** Readings of the same values are one choice to the table (a cell derived at any of several places): the cheapest. */
function distinctCheapestFirst(readings: readonly Reading[]): Reading[] {
  const byValues = new Map<string, Reading>();
  for (const r of [...readings].sort((a, b) => a.cost - b.cost)) {
    const key = r.values.join(',');
    if (!byValues.has(key)) byValues.set(key, r);
  }
  return [...byValues.values()];
}

function cheapest(readings: readonly Reading[]): Reading[] {
  const min = Math.min(...readings.map((r) => r.cost));
  return readings.filter((r) => r.cost <= min + EPS);
}

/** One row's cheapest readings → its values: cells they agree on are kept, the others left blank. */
function settle(key: string, picks: readonly Reading[]): Solved {
  const first = picks[0] as Reading;
  const distinct = [...new Map(picks.map((p) => [p.values.join(','), p])).values()];
  if (distinct.length === 1) return { key, values: [...first.values], reading: first, alternatives: [] };
  const values = first.values.map((v, c) => (distinct.every((p) => p.values[c] === v) ? v : null));
  return { key, values, reading: first, alternatives: distinct };
}
