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

const MAX_COMBINATIONS = 200000;
const EPS = 1e-9;

export function solveTable(rows: readonly RowChoices[], tableCost: TableCost = () => 0): Solved[] {
  const live = rows.filter((r) => r.readings.length > 0);
  const open = live.filter((r) => r.readings.length > 1);
  const combos = open.reduce((n, r) => n * r.readings.length, 1);
  const picks = combos <= MAX_COMBINATIONS ? search(live, tableCost) : live.map((r) => cheapest(r.readings));
  return live.map((r, i) => settle(r.key, picks[i] as Reading[]));
}

/** Exhaustive search with a lower bound; returns, per row, every reading used by some cheapest choice. */
function search(rows: readonly RowChoices[], tableCost: TableCost): Reading[][] {
  const index = new Map(rows.map((r, i) => [r.key, i]));
  const chosen: Reading[] = rows.map((r) => r.readings[0] as Reading);
  const minRest: number[] = new Array(rows.length + 1).fill(0);
  for (let i = rows.length - 1; i >= 0; i--) minRest[i] = (minRest[i + 1] as number) + Math.min(...(rows[i] as RowChoices).readings.map((x) => x.cost));
  const at = (key: string) => { const i = index.get(key); return i === undefined ? undefined : (chosen[i] as Reading).values; };
  let best = Infinity;
  let used: Set<Reading>[] = [];
  const walk = (i: number, cost: number): void => {
    if (cost + (minRest[i] as number) > best + EPS) return;
    if (i === rows.length) {
      const total = cost + tableCost(at);
      if (total < best - EPS) { best = total; used = chosen.map((r) => new Set([r])); } else if (total <= best + EPS) chosen.forEach((r, k) => used[k]?.add(r));
      return;
    }
    for (const r of (rows[i] as RowChoices).readings) { chosen[i] = r; walk(i + 1, cost + r.cost); }
  };
  walk(0, 0);
  return used.map((set) => [...set]);
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
