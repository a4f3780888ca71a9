// Chinese word segmentation: jieba (@node-rs/jieba with its bundled dictionary). The index keeps the words of each text
// in search mode (long words and the shorter words inside them, so 城乡低保 holds 低保 and 城乡低保) to rank whole-word
// hits first; finding an entry never depends on it (grams.ts finds every substring). Intl.Segmenter was tried and cuts
// 涵盖, 复议, 东和乡 wrongly (architecture.md).
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { memo } from './memo.ts';

let jieba: Jieba | undefined;
const segmenter = () => (jieba ??= Jieba.withDict(dict));

// Letters and digits only: punctuation separates words.
const WORD = /[\p{L}\p{N}]+/gu;

function clean(tokens: string[]): string[] {
  return tokens.flatMap((t) => t.toLowerCase().match(WORD) ?? []);
}

/** The words of an already folded text (search mode), in order, repeats kept. */
export function jiebaWords(folded: string): string[] {
  return clean(segmenter().cutForSearch(folded, true));
}

/** The distinct words of a free text, in order (the application form's suggestions cut a description with it). */
export const queryTokens: (q: string) => readonly string[] = memo(500, (q) =>
  Object.freeze([...new Set(clean(segmenter().cut(q, true)))]),
);
