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

const MAX_CANDIDATES = 20000;

export function solveRow(items: readonly Item[], cells: number, identity?: Identity): RowSolution {
  const list = trim([...items], cells);
  if (list.length >= cells) {
    const extra = list.length - cells;
    return { candidates: [list.slice(0, cells).map(valueOf)], how: 'direct', note: extra > 0 ? `多出 ${extra} 个数，已忽略` : undefined };
  }
  const found = new Map<string, Cell[]>();
  const keep = (v: Cell[]) => { if (!identity || identity(v)) found.set(v.join(','), v); };
  const splitOk = splits(list, cells, keep);
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

/** Every way to split the plain digit runs so the row has exactly `cells` values; false when there are too many. */
function splits(items: readonly Item[], cells: number, emit: (v: Cell[]) => void): boolean {
  const room = items.map((i) => (i.t === 'num' && /^\d+$/.test(i.raw) ? i.raw.length : 1));
  if (room.reduce((a, b) => a + b, 0) < cells) return true;
  const restRoom = room.map((_, i) => room.slice(i + 1).reduce((a, b) => a + b, 0));
  let produced = 0;
  const walk = (at: number, acc: Cell[]): boolean => {
    if (produced > MAX_CANDIDATES) return false;
    if (at === items.length) {
      if (acc.length === cells) { produced++; emit([...acc]); }
      return true;
    }
    const item = items[at] as Item;
    if (item.t !== 'num' || !/^\d+$/.test(item.raw)) return walk(at + 1, [...acc, valueOf(item)]);
    const most = Math.min(item.raw.length, cells - acc.length - (items.length - at - 1));
    const least = Math.max(1, cells - acc.length - (restRoom[at] ?? 0));
    for (const parts of partitions(item.raw, least, most)) {
      produced++;
      if (!walk(at + 1, [...acc, ...parts])) return false;
    }
    return true;
  };
  return walk(0, []);
}

/** Splits of a digit run into `least`..`most` numbers, none with a leading zero. */
function partitions(digits: string, least: number, most: number): number[][] {
  const out: number[][] = [];
  const go = (rest: string, acc: number[]) => {
    if (rest === '') return void (acc.length >= least && out.push(acc));
    if (acc.length >= most || out.length > MAX_CANDIDATES) return;
    const limit = rest[0] === '0' ? 1 : rest.length - Math.max(0, least - acc.length - 1);
    for (let len = 1; len <= limit; len++) go(rest.slice(len), [...acc, Number(rest.slice(0, len))]);
  };
  go(digits, []);
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
