// The one form in which texts and queries are compared: what a citizen types matches what the page says when both
// fold to the same characters. Pure.
// - NFKC: full-width letters and digits (２０２３, ＧＤＰ) are the ASCII ones, the ideographic space is a space;
// - lower case, so Latin words match in any case;
// - every run of spaces, line breaks and control characters is one space: a query word never contains one, so a
//   word never spans two fields or two lines;
// - a lone surrogate (not a character; no database can store it) is U+FFFD.
// A substring search "finds w in a text" exactly when fold(text) contains w, for every word w of fold(query).

const SEPARATORS = /[\s\p{Z}\p{Cc}]+/gu;
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

export function fold(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFKC').toLowerCase().replace(SEPARATORS, ' ');
}

/** At most this many words of a query are searched (and all of them must be in an entry). */
export const MAX_QUERY_WORDS = 8;

/** The words of a query, folded, each once, in the order typed: an entry must contain every one of them. */
export function queryWords(q: string): string[] {
  return [...new Set(fold(q).split(' ').filter(Boolean))].slice(0, MAX_QUERY_WORDS);
}

/** The characters of a word (code points, so a character outside the BMP is one). */
export const chars = (word: string): string[] => [...word];

/** The definition every index must agree with: `text` holds every word (the brute-force scan tests and benchmarks use). */
export function scanMatches(text: string, words: readonly string[]): boolean {
  const f = fold(text);
  return words.every((w) => f.includes(w));
}
