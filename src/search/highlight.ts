// A snippet of a text around the first hit of a query, cut into plain and highlighted parts (rendered by the page
// with <mark>, escaped like any text). Pure.
import { memo } from './memo.ts';
import { highlightTerms } from './tokenize.ts';

export type Part = { text: string; hit: boolean };

export function snippet(text: string, q: string, width = 80): Part[] {
  const terms = markedTerms(q);
  // The leftmost hit of any term, found without lowering a copy of the whole text (bodies can be long).
  const first = terms.length ? text.search(pattern(terms, 'i')) : -1;
  const start = first >= 0 ? Math.max(0, first - Math.floor(width / 3)) : 0;
  const piece = text.slice(start, start + width);
  return [...(start > 0 ? [{ text: '…', hit: false }] : []), ...mark(piece, terms), ...(start + width < text.length ? [{ text: '…', hit: false }] : [])];
}

// Single Latin letters would light up everywhere; a single Chinese character is a word.
const markedTerms = memo(500, (q) => Object.freeze(highlightTerms(q).filter((t) => t.length > 1 || /[\u4e00-\u9fff]/.test(t))));

// One alternation of the terms: global for split() (which ignores lastIndex, so one RegExp serves every call), and
// non-global for search().
const splitter = memo(500, (key) => termsPattern(key.split('\u0000'), 'gi'));
const finder = memo(500, (key) => termsPattern(key.split('\u0000'), 'i'));
const pattern = (terms: readonly string[], flags: 'gi' | 'i' = 'gi') => (flags === 'gi' ? splitter : finder)(terms.join('\u0000'));

function termsPattern(terms: readonly string[], flags: string): RegExp {
  return new RegExp(`(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, flags);
}

export function mark(text: string, terms: readonly string[]): Part[] {
  if (!terms.length) return [{ text, hit: false }];
  // One capturing group: split() puts each hit at an odd index, between the plain runs.
  return text.split(pattern(terms)).flatMap((s, i) => (s === '' ? [] : [{ text: s, hit: i % 2 === 1 }]));
}
