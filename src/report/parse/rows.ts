// Token stream → rows. The stream is cut into segments, each the text since the last numbers and the numbers after
// it; a segment's text ends in its row's label. Rows come in the order the format prints them, so segments are matched
// to rows as one alignment (the best-scoring assignment that keeps that order): a label with a typo, a heading
// printed again at a page break, a note or a chart after the table, or header words between label and numbers do
// not pull a row out of place. Labels are matched on their CJK letters only, so "度 办 理 结 果", "商业\n企业",
// "(三)1." and quote styles do not matter.
import { APPLICANT_COLUMNS, APPLICANT_LABELS, APPLICANTS_HEADER, ORGANISATIONS } from '../format.ts';
import { labelScores, type RowSpec } from './labels.ts';
import { type BlankToken, cjkOf, type NullToken, type NumToken, type Token } from './tokens.ts';

export type Item = NumToken | NullToken | BlankToken;
export type CollectedRow = {
  key: string;
  items: Item[];
  /** The text since the previous row (header words before the label, the label itself). */
  before: string;
  /** Nothing of the region follows the row: where the region runs to the end of the text, the text ends in it. */
  last: boolean;
};

/** `text`: the segment's letters less header words at its end, for matching labels; `raw`: all of them. */
type Segment = { text: string; raw: string; items: Item[] };

/** Words printed above the table and repeated at page breaks; they are not part of the next row's label. */
const optional = (label: string) => `(?:${cjkOf(label)})?`;
const NOISE_AT_END = [
  new RegExp(`${cjkOf(APPLICANTS_HEADER)}$`),
  new RegExp(
    `${optional(APPLICANT_LABELS.natural)}${cjkOf(ORGANISATIONS)}${optional(APPLICANT_LABELS.total)}${APPLICANT_COLUMNS.filter(
      (c) => c.group,
    )
      .map((c) => optional(c.label))
      .join('')}${optional(APPLICANT_LABELS.total)}$`,
  ),
  /[\u4e00-\u9fff]{0,30}政府信息公开工作年度报告$/,
];

function segmentsOf(tokens: readonly Token[]): Segment[] {
  const out: Segment[] = [];
  let text = '';
  let current: Segment | null = null;
  // A blank cell counts after the label or after a value of the same line ("| 1 |  | 3 |"), or on a lone "|" line of a
  // one-cell-per-line table; a line's leading empty cells are layout (merged label columns), not data.
  let valueOnLine = false;
  let lineHasText = false;
  for (const tok of tokens) {
    if (tok.t === 'eol') {
      valueOnLine = false;
      lineHasText = false;
      continue;
    }
    if (tok.t === 'text') {
      const letters = cjkOf(tok.s);
      if (letters) {
        text += letters;
        current = null;
        lineHasText = true;
      }
      continue;
    }
    if (tok.t === 'blank' && !tok.lone && !lineHasText && !valueOnLine) continue;
    if (!current) {
      if (!text) continue; // numbers before any label are not a row
      current = { text: stripNoise(text), raw: text, items: [] };
      out.push(current);
      text = '';
    }
    current.items.push(tok);
    if (tok.t !== 'blank') valueOnLine = true;
  }
  if (text) out.push({ text: stripNoise(text), raw: text, items: [] });
  return out;
}

function stripNoise(text: string): string {
  let t = text;
  for (let changed = true; changed; ) {
    changed = false;
    for (const re of NOISE_AT_END) {
      const m = re.exec(t);
      if (m && m[0].length > 0 && m.index > 0) {
        t = t.slice(0, m.index);
        changed = true;
      }
    }
  }
  return t;
}

const THRESHOLD = 0.6;

/** Segments → rows, the best order-keeping assignment of segments to row labels (each row used once). */
export function collectRows(tokens: readonly Token[], specs: readonly RowSpec[]): CollectedRow[] {
  const segs = segmentsOf(tokens);
  const n = segs.length;
  const m = specs.length;
  // A segment with no value (only blank cells, or header words) loses a tie to one that has values.
  const score = segs.map((s) => {
    const k = s.items.some((x) => x.t !== 'blank') ? 1 : 0.7;
    return labelScores(s.text, specs).map((v) => k * v);
  });
  // best[i][j]: the best total over segments [0, i) and rows [0, j).
  const best: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  for (let i = 1; i <= n; i++) {
    const row = best[i] as Float64Array;
    const up = best[i - 1] as Float64Array;
    for (let j = 1; j <= m; j++) {
      const s = (score[i - 1] as number[])[j - 1] as number;
      row[j] = Math.max(up[j] as number, row[j - 1] as number, s >= THRESHOLD ? (up[j - 1] as number) + s : -Infinity);
    }
  }
  const picked: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = (best[i] as Float64Array)[j] as number;
    if (here === (best[i - 1] as Float64Array)[j]) i--;
    else if (here === (best[i] as Float64Array)[j - 1]) j--;
    else {
      picked.push([i - 1, j - 1]);
      i--;
      j--;
    }
  }
  picked.reverse();
  // A row's `before` is all the text since the previous row: header words printed in segments of their own count.
  const rows: CollectedRow[] = picked.map(([si, ri], k) => {
    const from = k === 0 ? 0 : (picked[k - 1] as [number, number])[0] + 1;
    const before = segs
      .slice(from, si + 1)
      .map((s) => s.raw)
      .join('');
    return { key: (specs[ri] as RowSpec).key, items: (segs[si] as Segment).items, before, last: si === n - 1 };
  });
  return rows;
}
