// The ways one row's items can fill its cells, each with a cost, for the table solver (solve.ts) to choose from.
// One item per cell is read as printed. With fewer items than cells, in order of preference: the digit runs are cut so
// every group's 总计 is the sum of its parts (glued cells, cost 0); one missing cell is derived from the row's total
// (a dropped cell, "inferred"); a row cut off by the end of the text fills its first cells; the items are placed with
// blank cells where the extraction dropped empty ones; and, when nothing fits the row's total, every cut is kept at the
// cost of the identities it breaks, so a report's own arithmetic error is read as printed and reported.
import type { Cell } from '../model.ts';
import type { Item } from './rows.ts';
import { MAX_DIGITS, runOf, splitOneGroup, splits, violations } from './split.ts';

/** Offsets [from, to) in the normalised text where a cell was read. */
export type RawSpan = { from: number; to: number };
export type ReadingKind = 'direct' | 'split' | 'inferred' | 'placed' | 'truncated';
export type Reading = { values: Cell[]; spans: (RawSpan | null)[]; cost: number; how: ReadingKind; inferred?: number };

export type RowShape = {
  cells: number;
  /** Size of the "parts…, 总计" groups the row is made of (7 for 表三, 5 for 表四), or null (表二). */
  group: number | null;
  /** Hard limits on a cell (only 本年增/减 may be negative, only amounts fractional). */
  allowed: (values: readonly Cell[]) => boolean;
  /** What it costs to say a cell was dropped by the extraction (blank), by cell. */
  dropCost: (cell: number) => number;
};

/** What a broken identity costs: more than any way of reading the row that keeps it. */
export const VIOLATION = 10;
const INFER_COST = 0.5;
const MAX_BROKEN = 64;
const MAX_PLACEMENTS = 6000;

export type RowReadings = { readings: Reading[]; note?: string };

/**
 * Where the text ends, for the last row of a table the text ends in: `textEnd` (the text's length without trailing
 * spaces), whether the row is the table's final row (a text may end right after a table), and whether the table's
 * other rows show one number per cell.
 */
export type TextEnd = { textEnd: number; final: boolean; separated: boolean };

export function readingsOf(rawItems: readonly Item[], shape: RowShape, end: TextEnd | null = null): RowReadings {
  // An empty cell at the very end of a cut text ("…133\t") is where the cut fell, not a cell left blank.
  const kept = end ? rawItems.filter((i) => i.t !== 'blank' || i.at < end.textEnd) : rawItems;
  const items = trim([...kept], shape.cells);
  if (
    items.length < shape.cells &&
    items.reduce((n, i) => n + (runOf(i)?.digits.length ?? 1), 0) > shape.cells * MAX_DIGITS
  ) {
    return { readings: [], note: '数字串过长，无法拆分' };
  }
  // A row the text ends in is cut short, unless it is the table's last row, not touching the end or vouched for by its total.
  const touches = end !== null && items.slice(0, shape.cells).some((i) => i.end >= end.textEnd);
  const short = items.filter((i) => i.t !== 'blank').length < shape.cells;
  if (end && (!end.final || (touches && !shape.group) || (short && !shape.group)))
    return { readings: [truncated(items, shape.cells, end)] };
  // Empty cells at the end of a row may be the table's border ("… | 5 | | 二、…" once a page is one line): a row whose
  // digits must be cut anyway is also cut without them, at a small cost; a cut that needs no blank cell then wins.
  let bare = items.length;
  while (bare > 0 && items[bare - 1]?.t === 'blank') bare--;
  const out = readingsOfItems(items, shape, end);
  if (bare < items.length && bare > 0) {
    const without = readingsOfItems(items.slice(0, bare), shape, end);
    for (const r of without.readings)
      if (r.how === 'split') out.readings.push({ ...r, cost: r.cost + BORDER_COST * (items.length - bare) });
    out.note ??= without.note;
  }
  if (touches && end) {
    // The table's last row touching the end of the text may be cut short even where its own total holds: reading it
    // as cut is an option the table takes when the row as read would break several identities between rows.
    if (Math.min(...out.readings.map((r) => r.cost)) >= VIOLATION)
      return { readings: [truncated(items, shape.cells, end)] };
    out.readings.push({ ...truncated(items, shape.cells, end), cost: CUT_COST });
  }
  return out;
}

/**
 * Whether a table's rows show one number per cell: every row has all its cells, and they show at least four
 * separators between numbers (a row or two of single cells proves nothing about glue).
 */
export function separatedRows(rows: readonly { items: readonly Item[]; cells: number }[]): boolean {
  let separators = 0;
  for (const r of rows) {
    let n = r.items.length;
    while (n > 0 && r.items[n - 1]?.t === 'blank') n--; // a row's trailing empty cells may be layout
    if (n < r.cells && r.items.length < r.cells) return false;
    separators += r.cells - 1;
  }
  return separators >= 4;
}

/** What reading the table's last row as cut off costs: more than two broken identities, less than three. */
const CUT_COST = 2.5 * VIOLATION;

/** What it costs to take trailing empty cells for the table's border rather than for cells. */
const BORDER_COST = 0.1;

function readingsOfItems(items: readonly Item[], shape: RowShape, end: TextEnd | null): RowReadings {
  const { cells, group } = shape;
  // Broken identities, and blank cells, which cannot be checked: a reading that fills and checks every cell is preferred.
  const cost = (v: readonly Cell[], blankAsZero = false) =>
    (group ? VIOLATION * violations(v, group, blankAsZero) : 0) +
    (blankAsZero ? 0 : v.reduce<number>((n, x, i) => n + (x === null ? shape.dropCost(i) : 0), 0));
  if (items.length >= cells) {
    // numbers after a full row (a chart's labels, a footnote) are not the row's
    const list = items.slice(0, cells);
    const values = list.map(cellOf);
    return { readings: [{ values, spans: list.map(spanOf), cost: cost(values), how: 'direct' }] };
  }
  if (!items.some((i) => i.t !== 'blank')) return { readings: [] };
  const digits = items.reduce((n, i) => n + (runOf(i)?.digits.length ?? 1), 0);
  if (digits > cells * MAX_DIGITS) return { readings: [], note: '数字串过长，无法拆分' };
  const fitting = cutsOf(items, shape, true);
  if (fitting.length > 0)
    return {
      readings: fitting.map((values) => ({ values, spans: cutSpans(items, values), cost: cost(values), how: 'split' })),
    };
  if (end) return { readings: [truncated(items, cells, end)] }; // the table's final row, cut short
  const out: Reading[] = cutsOf(items, shape, false)
    .slice(0, MAX_BROKEN)
    .map((values) => ({ values, spans: cutSpans(items, values), cost: cost(values), how: 'split' }));
  if (group && items.length === cells - 1) out.push(...inferred(items, cells, group, shape));
  // A run glued to its label that has digits enough for every cell is cells cut apart, never one cell among blanks.
  const glued = items.some((i) => i.t === 'num' && i.attached);
  if (digits < cells || !glued) out.push(...placed(items, shape, (v) => cost(v, true)));
  return { readings: out };
}

/** Drop blank cells at the ends that make the row longer than the table (layout cells, not data). */
function trim(items: Item[], cells: number): Item[] {
  while (items.length > cells && items[items.length - 1]?.t === 'blank') items.pop();
  while (items.length > cells && items[0]?.t === 'blank') items.shift();
  return items;
}

const cellOf = (i: Item): Cell => (i.t === 'num' ? i.v : null);
const spanOf = (i: Item): RawSpan => ({ from: i.at, to: i.end });

/**
 * Cuts of the digit runs into exactly `cells` values within the hard limits; with `fit`, only those whose every total
 * is checked and kept (a blank total or part checks nothing, so it does not fit).
 */
function cutsOf(items: readonly Item[], shape: RowShape, fit: boolean): Cell[][] {
  const found = new Map<string, Cell[]>();
  const keep = (v: Cell[]) => {
    if (!shape.allowed(v) || found.size >= 4096) return;
    if (fit && shape.group && v.some((x) => x === null)) return;
    found.set(v.join(','), v);
  };
  const one = items.length === 1 ? runOf(items[0] as Item) : null;
  const group = fit ? shape.group : null;
  if (one && one.frac === '' && !one.negative && group === shape.cells) splitOneGroup(one.digits, shape.cells, keep);
  else splits(items, shape.cells, group, keep);
  return [...found.values()];
}

/** Where each value of a cut was read: runs give their digits in order, any other item is one value. */
function cutSpans(items: readonly Item[], values: readonly Cell[]): (RawSpan | null)[] {
  const spans: (RawSpan | null)[] = [];
  let vi = 0;
  for (const item of items) {
    const run = runOf(item);
    if (!run || item.t !== 'num') {
      spans.push(spanOf(item));
      vi++;
      continue;
    }
    const exact = item.end - item.at === item.raw.length; // no thousands commas or plus sign to step over
    const sign = item.raw.length - run.digits.length - run.frac.length;
    const end = sign + run.digits.length;
    for (let off = sign; off < end && vi < values.length; vi++) {
      const whole = String(Math.trunc(Math.abs(values[vi] as number))).length;
      const to = off + whole === end ? end + run.frac.length : off + whole;
      spans.push(exact ? { from: item.at + (off === sign ? 0 : off), to: item.at + to } : spanOf(item));
      off += whole;
    }
  }
  return spans;
}

/**
 * A row cut off by the end of the text: the number touching the end may be cut short and is dropped. When the table's
 * other rows show one number per cell (`separated`), the numbers before the cut fill the first cells; in a table of
 * glued digits a number cannot be told from two cells without the row's total, so the row gives nothing.
 */
function truncated(all: readonly Item[], cells: number, end: TextEnd): Reading {
  const items = end.separated ? all.filter((i) => i.end < end.textEnd).slice(0, cells) : [];
  const values: Cell[] = Array.from({ length: cells }, (_, i) => (i < items.length ? cellOf(items[i] as Item) : null));
  const spans = Array.from({ length: cells }, (_, i) => (i < items.length ? spanOf(items[i] as Item) : null));
  return { values, spans, cost: 0, how: 'truncated' };
}

/** A row one value short: the missing value at each place, derived from its group's total. */
function inferred(items: readonly Item[], cells: number, group: number, shape: RowShape): Reading[] {
  const known = items.map(cellOf);
  if (known.some((v) => v === null)) return [];
  const out: Reading[] = [];
  for (let at = 0; at < cells; at++) {
    const g = Math.floor(at / group) * group;
    const values: Cell[] = [...known.slice(0, at), null, ...known.slice(at)];
    const members = values.slice(g, g + group) as (number | null)[];
    const pos = at - g;
    const others = members.filter((_, i) => i !== pos) as number[];
    const v =
      pos === group - 1
        ? others.reduce((a, b) => a + b, 0)
        : (others[others.length - 1] as number) - others.slice(0, -1).reduce((a, b) => a + b, 0);
    if (v < 0) continue;
    values[at] = v;
    if (!shape.allowed(values) || violations(values, group, false) > 0) continue;
    const spans = [...items.slice(0, at).map(spanOf), null, ...items.slice(at).map(spanOf)];
    out.push({ values, spans, cost: INFER_COST, how: 'inferred', inferred: at });
  }
  return out;
}

/** The items as whole cells, in order, the other cells blank (dropped by the extraction). */
function placed(items: readonly Item[], shape: RowShape, cost: (v: readonly Cell[]) => number): Reading[] {
  const { cells } = shape;
  const k = items.length;
  if (binomial(cells, k) > MAX_PLACEMENTS) return [];
  const out: Reading[] = [];
  const pos: number[] = [];
  const walk = (start: number) => {
    if (pos.length === k) {
      const values: Cell[] = new Array(cells).fill(null);
      const spans: (RawSpan | null)[] = new Array(cells).fill(null);
      pos.forEach((p, i) => {
        values[p] = cellOf(items[i] as Item);
        spans[p] = spanOf(items[i] as Item);
      });
      if (!shape.allowed(values)) return;
      let c = cost(values);
      for (let i = 0; i < cells; i++) if (!pos.includes(i)) c += shape.dropCost(i);
      out.push({ values, spans, cost: c, how: 'placed' });
      return;
    }
    for (let p = start; p <= cells - (k - pos.length); p++) {
      pos.push(p);
      walk(p + 1);
      pos.pop();
    }
  };
  walk(0);
  return out;
}

function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
