// The CJK "core" of each printed row label, which the text parser matches on: the format's label without its
// numbering ("三、", "（一）", "1."), plus the shorter wordings reports commonly print; and how well a piece of text
// ends in a label, exactly or with a typo ("属于三类内容事务信息", "只计这一情况").
import { APPLICATION_ROWS, PROACTIVE_BLOCKS } from '../format.ts';
import { cjkOf } from './tokens.ts';

/** A row as the reader looks for it, in the order the format prints the rows. */
export type RowSpec = { key: string; cores: readonly string[]; cells: number; bigrams: readonly (readonly string[])[] };

const stripNumbering = (label: string): string =>
  label
    .replace(/^[一二三四五六七八九十]+、/, '')
    .replace(/^（[一二三四五六七八九十]）/, '')
    .replace(/^\d+\./, '');

const EXTRA_CORES: Record<string, readonly string[]> = {
  received: ['本年新收政府信息公开申请', '本年新收申请数量'],
  carriedIn: ['上年结转政府信息公开申请', '上年结转申请数量'],
  partiallyDisclosed: ['部分公开'],
  carriedOut: ['结转下年度继续办理'],
  'other.noCorrection': ['申请人无正当理由逾期不补正'],
  'other.unpaidFee': ['申请人逾期未按收费通知要求缴纳费用'],
};

const bigramsOf = (s: string): string[] =>
  Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
const spec = (key: string, cores: readonly string[], cells: number): RowSpec => ({
  key,
  cores,
  cells,
  bigrams: cores.map(bigramsOf),
});

export const APPLICATION_SPECS: readonly RowSpec[] = APPLICATION_ROWS.map((r) =>
  spec(r.key, [cjkOf(stripNumbering(r.label)), ...(EXTRA_CORES[r.key] ?? [])], 7),
);

/** 表二 rows of both formats, in print order (the cell count is decided per row, from the block header or the values). */
export const PROACTIVE_SPECS: readonly RowSpec[] = (() => {
  const byKey = new Map<string, Set<string>>();
  const order = [
    'regulations',
    'normativeDocuments',
    'licensing',
    'otherServices',
    'penalties',
    'coercion',
    'fees',
    'procurement',
  ];
  for (const blocks of Object.values(PROACTIVE_BLOCKS)) {
    for (const b of blocks)
      for (const r of b.rows) byKey.set(r.key, (byKey.get(r.key) ?? new Set()).add(cjkOf(r.label)));
  }
  return order.filter((k) => byKey.has(k)).map((k) => spec(k, [...(byKey.get(k) as Set<string>)], 3));
})();

/** How many letters may follow a label before the numbers ("（件）", "数量") and still count as that label. */
const SLACK = 4;
/** Below this share of a label's letter pairs, a text does not end in that label. */
const FUZZY_FLOOR = 0.7;

/**
 * How well `text` (CJK letters only) ends in each row's label: 1 and a little more for an exact label at the very end,
 * less the further back it sits; a typo'd label scores by the share of its letter pairs found at the end; 0 for none.
 * A text that ends exactly in some label is not scored for typos (a typo can never beat an exact label).
 */
export function labelScores(text: string, rows: readonly RowSpec[]): number[] {
  const scores = rows.map((row) => exactScore(text, row));
  if (scores.some((v) => v >= 1)) return scores;
  let pairs: Set<string> | null = null;
  return rows.map((row, k) => {
    if ((scores[k] as number) > 0) return scores[k] as number;
    let best = 0;
    row.cores.forEach((core, i) => {
      if (core.length < 5) return; // short labels (规章, 其他) must be exact
      pairs ??= bigramSet(text.slice(Math.max(0, text.length - 40)));
      const tail = text.length - core.length - 2;
      let found = 0;
      const list = row.bigrams[i] as readonly string[];
      for (const p of list) if ((pairs as Set<string>).has(p) && text.lastIndexOf(p) >= tail) found++;
      const share = found / list.length;
      if (share >= FUZZY_FLOOR) best = Math.max(best, 0.9 * share);
    });
    return best;
  });
}

function exactScore(text: string, row: RowSpec): number {
  let best = 0;
  for (const core of row.cores) {
    const at = text.lastIndexOf(core);
    if (at >= 0) {
      const slack = text.length - at - core.length;
      // A short label ("其他", "总计", "规章") counts only at the very end: "…不计其他情形" is not the row 3.其他.
      if (slack <= (core.length < 4 ? 0 : SLACK)) best = Math.max(best, 1 + core.length / 1000 - slack * 0.02);
    } else if (core.length >= 10) best = Math.max(best, prefixScore(text, core));
  }
  return best;
}

/**
 * A long label a PDF printed on two lines with the row's numbers between them ("部分公开（区分处理的，只计 3 0 … 这一情形，
 * 不计其他情形）"): the text before the numbers ends in the label's first part. At least six letters, and two fifths of it.
 */
function prefixScore(text: string, core: string): number {
  const least = Math.max(6, Math.ceil(core.length * 0.4));
  for (let k = core.length - 1; k >= least; k--) {
    if (text.endsWith(core.slice(0, k))) return 0.8 + (0.1 * k) / core.length;
  }
  return 0;
}

function bigramSet(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}
