// The hits of a query in a text, for marking them in titles and snippets (rendered by the page with <mark>, escaped
// like any text). Hits are found in the folded text (fold.ts), so ＧＤＰ is marked for gdp just as the search found it,
// and marked on the text as written. Pure.
import { fold, queryWords } from './fold.ts';
import { memo } from './memo.ts';

export type Part = { text: string; hit: boolean };

const SEPARATOR = /[\s\p{Z}\p{Cc}]/gu;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * The text folded character by character, and where each folded code unit came from. Most texts fold without changing
 * length (CJK, ASCII, full-width forms), so positions carry over as they are; the rest (ligatures, ㈱, ½) go one
 * character at a time.
 */
function aligned(text: string): { folded: string; at: (i: number) => number } {
  const same = text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFKC').toLowerCase();
  if (same.length === text.length) return { folded: same.replace(SEPARATOR, ' '), at: (i) => i };
  let folded = '';
  const from: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = fold(c) || ' ';
    for (let k = 0; k < f.length; k++) from.push(i);
    folded += f;
    i += c.length;
  }
  from.push(text.length);
  return { folded, at: (k) => from[k]! };
}

/** The query's words, longest first (a longer word wins where two overlap). */
const wordsOf = memo(500, (q) => Object.freeze([...queryWords(q)].sort((a, b) => b.length - a.length)));

/** Where the words of `q` occur in `text`: [start, end) on the text as written, in order, not overlapping. */
export function hitRanges(text: string, q: string): [number, number][] {
  const words = wordsOf(q);
  if (!words.length || !text) return [];
  const { folded, at } = aligned(text);
  const taken = new Uint8Array(folded.length);
  const out: [number, number][] = [];
  for (const w of words) {
    for (let k = folded.indexOf(w); k >= 0; k = folded.indexOf(w, k + 1)) {
      if (taken.subarray(k, k + w.length).some(Boolean)) continue;
      taken.fill(1, k, k + w.length);
      out.push([at(k), at(k + w.length)]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The text cut into plain and highlighted parts. */
export function mark(text: string, q: string): Part[] {
  return cut(text, hitRanges(text, q), 0, text.length);
}

function cut(text: string, ranges: readonly [number, number][], from: number, to: number): Part[] {
  const parts: Part[] = [];
  let pos = from;
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue;
    const a = Math.max(s, from);
    const b = Math.min(e, to);
    if (a > pos) parts.push({ text: text.slice(pos, a), hit: false });
    parts.push({ text: text.slice(a, b), hit: true });
    pos = b;
  }
  if (pos < to) parts.push({ text: text.slice(pos, to), hit: false });
  return parts;
}

/** A window of `width` around the first hit of `q` in `text`, marked, with ellipses where the text goes on. */
export function snippet(text: string, q: string, width = 80): Part[] {
  const first = firstHit(text, wordsOf(q));
  const start = first > 0 ? Math.max(0, first - Math.floor(width / 3)) : 0;
  const end = Math.min(text.length, start + width);
  const window = text.slice(start, end);
  return [
    ...(start > 0 ? [{ text: '…', hit: false }] : []),
    ...mark(window, q),
    ...(end < text.length ? [{ text: '…', hit: false }] : []),
  ];
}

/**
 * Where the first hit of `words` starts in `text` as written (0 when there is none). A body runs to tens of thousands
 * of characters and a page shows twenty of them: folding each whole body to find one hit cost more than the search.
 * The words are folded already, so where one stands in the text as written (the usual case) only the text before it is
 * folded, to find an earlier hit written otherwise (ＧＤＰ before gdp); the whole text only when none does.
 */
function firstHit(text: string, words: readonly string[]): number {
  const literal = words.map((w) => text.indexOf(w)).filter((k) => k >= 0);
  const upTo = literal.length ? Math.min(...literal) : text.length;
  const { folded, at } = aligned(text.slice(0, upTo));
  const found = words.map((w) => folded.indexOf(w)).filter((k) => k >= 0);
  return found.length ? at(Math.min(...found)) : literal.length ? upTo : 0;
}
