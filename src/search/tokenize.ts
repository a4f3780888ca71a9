// Chinese word segmentation for the search index: jieba (@node-rs/jieba with its bundled dictionary). Index time uses
// search mode (long words and the shorter words inside them), so 城乡低保 is found by 低保 and by 城乡低保.
// Intl.Segmenter was tried and cuts 涵盖, 复议, 东和乡 wrongly (architecture.md); jieba misses some compounds, which the
// substring path in search.ts covers.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { memo } from './memo.ts';

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
export const queryTokens: (q: string) => readonly string[] = memo(500, (q) => Object.freeze([...new Set(clean(segmenter().cut(q, true)))]));

/** The parts of a query to look for as plain substrings when highlighting: the words, longest first. */
export const highlightTerms: (q: string) => readonly string[] = memo(500, (q) => {
  const whole = q.trim().toLowerCase().match(WORD) ?? [];
  return Object.freeze([...new Set([...whole, ...queryTokens(q)])].sort((a, b) => b.length - a.length));
});
