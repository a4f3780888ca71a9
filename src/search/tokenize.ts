// Chinese word segmentation for the search index: jieba (@node-rs/jieba with its bundled dictionary). Index time uses
// search mode (long words and the shorter words inside them), so 城乡低保 is found by 低保 and by 城乡低保.
// Intl.Segmenter was tried and cuts 涵盖, 复议, 东和乡 wrongly (architecture.md); jieba misses some compounds, which the
// substring path in search.ts covers.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

// Keep letters, digits and CJK; everything else separates tokens (and never reaches an FTS query as syntax).
const WORD = /[\p{L}\p{N}]+/gu;

function clean(tokens: string[]): string[] {
  return tokens.flatMap((t) => t.toLowerCase().match(WORD) ?? []);
}

/** Space-joined tokens of `text` for the index. */
export function indexTokens(text: string): string {
  return clean(segmenter().cutForSearch(text, true)).join(' ');
}

/** The distinct words of a query, in order. */
export function queryTokens(q: string): string[] {
  return [...new Set(clean(segmenter().cut(q, true)))];
}

// A results page highlights the same query in every title and snippet: segment it once, not forty times.
const termCache = new Map<string, readonly string[]>();

/** The parts of a query to look for as plain substrings when highlighting: the words, longest first. */
export function highlightTerms(q: string): readonly string[] {
  let terms = termCache.get(q);
  if (!terms) {
    const whole = q.trim().toLowerCase().match(WORD) ?? [];
    terms = Object.freeze([...new Set([...whole, ...queryTokens(q)])].sort((a, b) => b.length - a.length));
    if (termCache.size >= 500) termCache.delete(termCache.keys().next().value!);
    termCache.set(q, terms);
  }
  return terms;
}
