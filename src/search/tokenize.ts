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

// Han characters only: the substring index is for Chinese text, where words run together without spaces.
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** The distinct pairs of adjacent Han characters in `text` (信息公开栏 → 信息 息公 公开 开栏): any Chinese substring of
 * two characters or more is in a text only if all its pairs are, so they find the candidates for a substring search. */
export function hanBigrams(text: string): string[] {
  const pairs = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  }
  return [...pairs];
}

/** Whether `phrase` is Chinese only (after trimming), so the pairs index can find it. */
export const isHanPhrase = (phrase: string): boolean => /^\p{Script=Han}{2,}$/u.test(phrase);

/** The distinct words of a query, in order. */
export const queryTokens: (q: string) => readonly string[] = memo(500, (q) => Object.freeze([...new Set(clean(segmenter().cut(q, true)))]));

/** The parts of a query to look for as plain substrings when highlighting: the words, longest first. */
export const highlightTerms: (q: string) => readonly string[] = memo(500, (q) => {
  const whole = q.trim().toLowerCase().match(WORD) ?? [];
  return Object.freeze([...new Set([...whole, ...queryTokens(q)])].sort((a, b) => b.length - a.length));
});
