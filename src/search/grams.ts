// What the search index is made of, from folded text (fold.ts). Pure.
// - the sequence of adjacent character pairs of each run, in order, with a gap between runs: a word of two characters
//   or more is in a text exactly when its pairs stand one after another in this sequence (信息公开栏 → 信息 息公 公开
//   开栏; 备耕备 → 备耕 耕备 is not in 春耕备耕, whose pairs 备耕 and 耕备 are present but not in that order);
// - the distinct characters, for words of one character;
// - the distinct jieba words, for ranking whole words before bare substrings (低保 in 城乡低保 is a word; 保对 is not).
import { chars } from './fold.ts';
import { jiebaWords } from './tokenize.ts';

/** Marks the end of a run in a pair sequence: no pair is ever adjacent across it. */
export const GAP = '';

/** The pairs of each run of `folded` in order, GAP after each run. */
export function pairSequence(folded: string): string[] {
  const out: string[] = [];
  for (const run of folded.split(' ')) {
    if (!run) continue;
    const c = chars(run);
    for (let i = 0; i + 1 < c.length; i++) out.push(c[i]! + c[i + 1]!);
    out.push(GAP);
  }
  return out;
}

/** Each character of `folded` once (spaces left out). */
export function distinctChars(folded: string): string[] {
  return [...new Set(chars(folded.replaceAll(' ', '')))];
}

/** The pairs of a query word, in order (a word of one character has none). */
export function wordPairs(word: string): string[] {
  const c = chars(word);
  const out: string[] = [];
  for (let i = 0; i + 1 < c.length; i++) out.push(c[i]! + c[i + 1]!);
  return out;
}

/** The whole words of `folded` (jieba's search mode: long words and the words inside them), each once. */
export function distinctWords(folded: string): string[] {
  return [...new Set(jiebaWords(folded))];
}

/** Whether `word` can be a whole word: letters and digits only (jieba's words never hold punctuation). */
export const isWordShaped = (word: string): boolean => /^[\p{L}\p{N}]+$/u.test(word);
