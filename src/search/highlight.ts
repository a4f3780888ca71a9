// A snippet of a text around the first hit of a query, cut into plain and highlighted parts (rendered by the page
// with <mark>, escaped like any text). Pure.
import { highlightTerms } from './tokenize.ts';

export type Part = { text: string; hit: boolean };

export function snippet(text: string, q: string, width = 80): Part[] {
  const terms = highlightTerms(q).filter((t) => t.length > 1 || /[\u4e00-\u9fff]/.test(t));
  const lower = text.toLowerCase();
  const first = Math.min(...terms.map((t) => lower.indexOf(t)).filter((i) => i >= 0), Number.POSITIVE_INFINITY);
  const start = Number.isFinite(first) ? Math.max(0, first - Math.floor(width / 3)) : 0;
  const piece = text.slice(start, start + width);
  return [...(start > 0 ? [{ text: '…', hit: false }] : []), ...mark(piece, terms), ...(start + width < text.length ? [{ text: '…', hit: false }] : [])];
}

const patterns = new Map<string, RegExp>();

function pattern(terms: readonly string[]): RegExp {
  const key = terms.join('\u0000');
  let re = patterns.get(key);
  if (!re) {
    const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    re = new RegExp(`(${escaped.join('|')})`, 'gi');
    if (patterns.size >= 500) patterns.delete(patterns.keys().next().value!);
    patterns.set(key, re);
  }
  return re;
}

export function mark(text: string, terms: readonly string[]): Part[] {
  if (!terms.length) return [{ text, hit: false }];
  const re = pattern(terms); // split() ignores lastIndex, so one RegExp serves every call
  return text.split(re).filter((s) => s !== '').map((s) => ({ text: s, hit: terms.some((t) => t.toLowerCase() === s.toLowerCase()) }));
}
