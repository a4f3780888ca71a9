// Which values fill a row's cells. With one number per cell this is direct. With fewer numbers than cells, digits of
// adjacent cells were glued ("80008420") or a cell was dropped by the extraction: every way of splitting the digit
// runs (no leading zeros) and every place the dropped cell could be is tried, and only the ways that satisfy the
// table's identities (a row's 总计 = the sum of its parts) are kept. `solveColumns` then uses the column identities
// to choose between what is left, and says so when more than one way still fits.
import type { Cell } from '../model.ts';
import type { Item } from './rows.ts';

/** A row identity: true when the values are consistent (or cannot be checked because a cell is blank). */
export type Identity = (values: readonly Cell[]) => boolean;
export type RowSolution = { candidates: Cell[][]; how: 'direct' | 'split' | 'inferred' | 'none'; note?: string };

const MAX_STEPS = 200000;
/** No cell of an annual report holds a number of more digits than this; longer pieces are not tried. */
const MAX_DIGITS = 9;

export function solveRow(items: readonly Item[], cells: number, identity?: Identity, group: number | null = null): RowSolution {
  const list = trim([...items], cells);
  if (list.length >= cells) {
    const extra = list.length - cells;
    return { candidates: [list.slice(0, cells).map(valueOf)], how: 'direct', note: extra > 0 ? `多出 ${extra} 个数，已忽略` : undefined };
  }
  const found = new Map<string, Cell[]>();
  const keep = (v: Cell[]) => { if (!identity || identity(v)) found.set(v.join(','), v); };
  const only = list.length === 1 && list[0]?.t === 'num' && /^\d+$/.test(list[0].raw) ? list[0].raw : null;
  if (only !== null && only.length > cells * MAX_DIGITS) return { candidates: [], how: 'none', note: '数字串过长' };
  const splitOk = only !== null && group === cells ? splitOneGroup(only, cells, keep) : splits(list, cells, group, keep);
  const anySplit = found.size > 0;
  if (identity && list.length === cells - 1) for (const v of inferred(list.map(valueOf), cells, identity)) keep(v);
  if (!splitOk) return { candidates: [], how: 'none', note: '数字串过长，无法拆分' };
  return { candidates: [...found.values()], how: anySplit ? 'split' : found.size ? 'inferred' : 'none' };
}

/** Drop blank cells at the ends that make the row longer than the table (layout cells, not data). */
function trim(items: Item[], cells: number): Item[] {
  while (items.length > cells && items[items.length - 1]?.t === 'blank') items.pop();
  while (items.length > cells && items[0]?.t === 'blank') items.shift();
  return items;
}

const valueOf = (i: Item): Cell => (i.t === 'num' ? i.v : null);

/**
 * Every way to split the plain digit runs so the row has exactly `cells` values, none with a leading zero; false when
 * the search is too large. With `group` (rows made of "parts…, 总计" groups) the 总计 cell of each group is not
 * guessed: it must be the digits of the sum so far, which prunes the search to a few paths.
 */
function splits(items: readonly Item[], cells: number, group: number | null, emit: (v: Cell[]) => void): boolean {
  // A signed run ("28-321" read as 28 and -321) is split too: its sign belongs to its first piece only.
  const digits = items.map((i) => (i.t === 'num' && /^[+-]?\d+$/.test(i.raw) ? i.raw.replace(/^[+-]/, '') : null));
  const negative = items.map((i) => i.t === 'num' && i.raw.startsWith('-'));
  const capacity: number[] = new Array(digits.length + 1).fill(0);
  for (let i = digits.length - 1; i >= 0; i--) capacity[i] = (capacity[i + 1] ?? 0) + (digits[i]?.length ?? 1);
  const state: SplitState = { items, digits, negative, capacity, cells, group, emit, steps: 0, vals: [] };
  return splitFrom(state, 0, 0, 0, 0);
}

type SplitState = {
  items: readonly Item[]; digits: readonly (string | null)[]; negative: readonly boolean[]; capacity: readonly number[]; cells: number;
  group: number | null; emit: (v: Cell[]) => void; steps: number; vals: Cell[];
};

// Plain recursive functions, no closures made per step: this is the hot path of glued tables.
function splitFrom(s: SplitState, ti: number, off: number, ci: number, partial: number | null): boolean {
  if (++s.steps > MAX_STEPS) return false;
  if (ci === s.cells) { if (ti === s.items.length) s.emit([...s.vals]); return true; }
  if (ti === s.items.length) return true;
  const left = s.cells - ci;
  if ((s.capacity[ti] ?? 0) - off < left || s.items.length - ti > left) return true;
  const isTotal = s.group !== null && ci % s.group === s.group - 1;
  const d = s.digits[ti] ?? null;
  if (d === null) {
    const v = valueOf(s.items[ti] as Item);
    if (isTotal && v !== null && partial !== null && v !== partial) return true;
    return take(s, ti, off, ci, partial, 1, v, isTotal);
  }
  if (isTotal && partial !== null) {
    const piece = String(partial);
    return d.startsWith(piece, off) && !(off === 0 && s.negative[ti]) ? take(s, ti, off, ci, partial, piece.length, partial, true) : true;
  }
  const most = d.charCodeAt(off) === 48 ? 1 : Math.min(MAX_DIGITS, d.length - off);
  for (let len = 1; len <= most; len++) {
    const v = Number(d.slice(off, off + len)) * (off === 0 && s.negative[ti] ? -1 : 1);
    if (!take(s, ti, off, ci, partial, len, v, isTotal)) return false;
  }
  return true;
}

function take(s: SplitState, ti: number, off: number, ci: number, partial: number | null, len: number, v: Cell, isTotal: boolean): boolean {
  s.vals.push(v);
  const d = s.digits[ti] ?? null;
  const done = d === null || off + len === d.length;
  const p = isTotal ? 0 : partial === null || v === null ? null : partial + v;
  const ok = splitFrom(s, done ? ti + 1 : ti, done ? 0 : off + len, ci + 1, p);
  s.vals.pop();
  return ok;
}

/**
 * The common glued row: one digit run holding parts and their 总计 at the end. For each length of the 总计 (taken from
 * the end), the parts are found meet-in-the-middle: the first half of the parts and the second half are listed
 * separately for every cut point, with sums never above the 总计, and joined on "sums add up to the 总计".
 */
function splitOneGroup(d: string, cells: number, emit: (v: Cell[]) => void): boolean {
  const parts = cells - 1;
  const a = Math.floor(parts / 2);
  const b = parts - a;
  let budget = MAX_STEPS;
  if (d.length > cells * MAX_DIGITS) return true;
  for (let lt = 1; lt <= Math.min(MAX_DIGITS, d.length - parts); lt++) {
    const end = d.length - lt;
    if (lt > 1 && d[end] === '0') continue;
    const total = Number(d.slice(end));
    for (let cut = a; cut <= end - b; cut++) {
      const left = compositions(d, 0, cut, a, total);
      if (left.length === 0) continue;
      const right = compositions(d, cut, end, b, total);
      budget -= left.length + right.length;
      if (budget < 0) return false;
      if (right.length === 0) continue;
      const bySum = new Map<number, number[][]>();
      for (const l of left) bySum.set(l.sum, [...(bySum.get(l.sum) ?? []), l.vals]);
      for (const r of right) for (const l of bySum.get(total - r.sum) ?? []) emit([...l, ...r.vals, total]);
    }
  }
  return true;
}

/** Every split of d[from, to) into exactly k numbers (no leading zeros), each with its sum, the sum at most `max`. */
function compositions(d: string, from: number, to: number, k: number, max: number): { sum: number; vals: number[] }[] {
  const out: { sum: number; vals: number[] }[] = [];
  const vals: number[] = [];
  const go = (off: number, sum: number): void => {
    const left = k - vals.length;
    if (left === 0) { if (off === to) out.push({ sum, vals: [...vals] }); return; }
    const remaining = to - off;
    if (remaining < left) return;
    const most = d.charCodeAt(off) === 48 ? 1 : Math.min(MAX_DIGITS, remaining - left + 1);
    for (let len = 1; len <= most; len++) {
      const v = Number(d.slice(off, off + len));
      if (sum + v > max) break;
      vals.push(v);
      go(off + len, sum + v);
      vals.pop();
    }
  };
  go(from, 0);
  return out;
}

/** A row one value short: put an unknown at each place and let the identity give its value. */
function inferred(values: readonly Cell[], cells: number, identity: Identity): Cell[][] {
  const out: Cell[][] = [];
  for (let at = 0; at < cells; at++) {
    for (const guess of solveUnknown(values, at, cells)) {
      const v = [...values.slice(0, at), guess, ...values.slice(at)];
      if (identity(v)) out.push(v);
    }
  }
  return out;
}

/** The values the unknown at `at` may take: rows here are "last = sum of the others" groups of `cells` values. */
function solveUnknown(values: readonly Cell[], at: number, cells: number): number[] {
  if (values.some((v) => v === null)) return [];
  const nums = values as number[];
  const groupSize = cells === 15 ? 5 : cells;
  const g = Math.floor(at / groupSize);
  const group = [...nums.slice(0, at), NaN, ...nums.slice(at)].slice(g * groupSize, g * groupSize + groupSize);
  const pos = at - g * groupSize;
  const known = group.filter((_, i) => i !== pos);
  const total = pos === groupSize - 1 ? known.reduce((a, b) => a + b, 0) : (known[known.length - 1] as number) - known.slice(0, -1).reduce((a, b) => a + b, 0);
  return total >= 0 ? [total] : [];
}

/** "last = sum of the others", per group of `size` values. */
export function sumIdentity(size: number): Identity {
  return (v) => {
    for (let g = 0; g + size <= v.length; g += size) {
      const group = v.slice(g, g + size);
      if (group.some((x) => x === null)) continue;
      const parts = (group.slice(0, -1) as number[]).reduce((a, b) => a + b, 0);
      if (Math.abs(parts - (group[size - 1] as number)) > 1e-9) return false;
    }
    return true;
  };
}
