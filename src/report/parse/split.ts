// Every way to cut a row's digit runs into its cells. Digits of adjacent cells are often glued ("80008420"): each run
// may hold several cells, none with a leading zero, and only the cuts that give the row exactly its number of cells
// are kept. Rows made of "parts…, 总计" groups are cut fast: a group's 总计 is not guessed but must be the digits of
// the sum so far. A decimal ("13575394432.52") may be cut in its whole part only, its fraction staying with its last
// cell. The caller (readings.ts) decides what to do with the cuts.
import type { Cell } from '../model.ts';
import type { Item } from './rows.ts';

/** A row identity: true when the values are consistent (or cannot be checked because a cell is blank). */

export const MAX_STEPS = 200000;
/** No cell of an annual report holds a number of more digits than this; longer pieces are not tried. */
export const MAX_DIGITS = 9;

/** A splittable run: its whole-part digits and its fraction ("" for an integer); null for an item kept whole. */
type Run = { digits: string; frac: string; negative: boolean } | null;

export function runOf(item: Item): Run {
  if (item.t !== 'num') return null;
  const m = /^([+-]?)(\d+)(\.\d+)?$/.exec(item.raw);
  return m ? { digits: m[2] as string, frac: m[3] ?? '', negative: m[1] === '-' } : null;
}

/**
 * Every cut of the items into exactly `cells` values, passed to `emit`; false when the search grew too large. With
 * `group`, the 总计 of each group of `group` cells must equal the sum of the group's parts (and is not enumerated).
 */
export function splits(
  items: readonly Item[],
  cells: number,
  group: number | null,
  emit: (v: Cell[]) => void,
): boolean {
  const runs = items.map(runOf);
  const capacity: number[] = new Array(runs.length + 1).fill(0);
  for (let i = runs.length - 1; i >= 0; i--) capacity[i] = (capacity[i + 1] ?? 0) + (runs[i]?.digits.length ?? 1);
  const state: SplitState = { items, runs, capacity, cells, group, emit, steps: 0, vals: [] };
  return splitFrom(state, 0, 0, 0, 0);
}

type SplitState = {
  items: readonly Item[];
  runs: readonly Run[];
  capacity: readonly number[];
  cells: number;
  group: number | null;
  emit: (v: Cell[]) => void;
  steps: number;
  vals: Cell[];
};

const cellOf = (i: Item): Cell => (i.t === 'num' ? i.v : null);

// Plain recursive functions, no closures made per step: this is the hot path of glued tables.
function splitFrom(s: SplitState, ti: number, off: number, ci: number, partial: number | null): boolean {
  if (++s.steps > MAX_STEPS) return false;
  if (ci === s.cells) {
    if (ti === s.items.length) s.emit([...s.vals]);
    return true;
  }
  if (ti === s.items.length) return true;
  const left = s.cells - ci;
  if ((s.capacity[ti] ?? 0) - off < left || s.items.length - ti > left) return true;
  const isTotal = s.group !== null && ci % s.group === s.group - 1;
  const run = s.runs[ti] ?? null;
  if (run === null) {
    const v = cellOf(s.items[ti] as Item);
    if (isTotal && v !== null && partial !== null && v !== partial) return true;
    return take(s, ti, off, ci, partial, 1, v, isTotal);
  }
  const d = run.digits;
  if (isTotal && partial !== null && run.frac === '') {
    const piece = String(partial);
    return d.startsWith(piece, off) && !(off === 0 && run.negative)
      ? take(s, ti, off, ci, partial, piece.length, partial, true)
      : true;
  }
  const most = d.charCodeAt(off) === 48 ? 1 : Math.min(MAX_DIGITS, d.length - off);
  for (let len = 1; len <= most; len++) {
    const last = off + len === d.length;
    const v = Number(d.slice(off, off + len) + (last ? run.frac : '')) * (off === 0 && run.negative ? -1 : 1);
    if (!take(s, ti, off, ci, partial, len, v, isTotal)) return false;
  }
  return true;
}

function take(
  s: SplitState,
  ti: number,
  off: number,
  ci: number,
  partial: number | null,
  len: number,
  v: Cell,
  isTotal: boolean,
): boolean {
  s.vals.push(v);
  const run = s.runs[ti] ?? null;
  const done = run === null || off + len === run.digits.length;
  const p = isTotal ? 0 : partial === null || v === null ? null : partial + v;
  const ok = splitFrom(s, done ? ti + 1 : ti, done ? 0 : off + len, ci + 1, p);
  s.vals.pop();
  return ok;
}

/**
 * The common glued row: one digit run holding parts and their 总计 at the end. For each length of the 总计 (taken from
 * the end), the parts are found meet-in-the-middle: every way to cut the first half of the parts from the start and
 * every way to cut the second half back from the 总计 are listed once, each with where it stops and its sum (parts
 * never longer than the 总计, sums never above it), and joined where they meet on "sums add up to the 总计".
 */
export function splitOneGroup(d: string, cells: number, emit: (v: Cell[]) => void): boolean {
  const parts = cells - 1;
  const a = Math.floor(parts / 2);
  const b = parts - a;
  let budget = MAX_STEPS;
  if (d.length > cells * MAX_DIGITS) return true;
  // No part has more digits than the 总计, so the 总计 has at least a cells-th of the digits.
  for (let lt = Math.max(1, Math.ceil(d.length / cells)); lt <= Math.min(MAX_DIGITS, d.length - parts); lt++) {
    const end = d.length - lt;
    if (lt > 1 && d[end] === '0') continue;
    const total = Number(d.slice(end));
    const left = new Map<number, Map<number, number[][]>>(); // where the first half stops → its sum → its parts
    const vals: number[] = [];
    const forward = (off: number, sum: number): void => {
      if (--budget < 0) return;
      if (vals.length === a) {
        addAt(left, off, sum, [...vals]);
        return;
      }
      const most = d.charCodeAt(off) === 48 ? 1 : Math.min(lt, end - off - (a - vals.length - 1) - b);
      for (let len = 1; len <= most; len++) {
        const v = Number(d.slice(off, off + len));
        if (sum + v > total) break;
        vals.push(v);
        forward(off + len, sum + v);
        vals.pop();
      }
    };
    forward(0, 0);
    const back: number[] = [];
    const backward = (stop: number, sum: number): void => {
      // parts placed right to left, ending at `stop`
      if (--budget < 0) return;
      if (back.length === b) {
        for (const l of left.get(stop)?.get(total - sum) ?? []) emit([...l, ...[...back].reverse(), total]);
        return;
      }
      for (let len = 1; len <= Math.min(lt, stop - a); len++) {
        const from = stop - len;
        if (len > 1 && d.charCodeAt(from) === 48) continue;
        const v = Number(d.slice(from, stop));
        if (sum + v > total) continue;
        back.push(v);
        backward(from, sum + v);
        back.pop();
      }
    };
    backward(end, 0);
    if (budget < 0) return false;
  }
  return true;
}

function addAt(byStop: Map<number, Map<number, number[][]>>, stop: number, sum: number, vals: number[]): void {
  let bySum = byStop.get(stop);
  if (!bySum) byStop.set(stop, (bySum = new Map()));
  const list = bySum.get(sum);
  if (list) list.push(vals);
  else bySum.set(sum, [vals]);
}

/** How many groups of `size` values break "last = sum of the others"; with `blankAsZero`, blank parts count as 0. */
export function violations(v: readonly Cell[], size: number, blankAsZero: boolean): number {
  let n = 0;
  for (let g = 0; g + size <= v.length; g += size) {
    const total = v[g + size - 1];
    if (total === null || total === undefined) continue;
    let parts = 0;
    let known = true;
    for (let k = g; k < g + size - 1; k++) {
      const x = v[k];
      if (x === null || x === undefined) {
        if (!blankAsZero) known = false;
      } else parts += x;
    }
    if (known && Math.abs(parts - total) > 1e-9) n++;
  }
  return n;
}
