// The text the reader works on, and the way back to the text as it was read. NFKC folds full-width digits, letters and
// brackets to half-width (so "１２" and "（三）" read like "12" and "(三)"), line ends become "\n" and wide spaces plain
// ones. Every character of the result remembers the offset of the character it came from, so a cell read at offset
// 1234 of the normalised text can be marked at its place in the original (the back office's "原文" view).

export type Normalized = {
  text: string;
  /** origin[i]: offset in the original text of normalised character i; origin[text.length] = original length. */
  origin: Int32Array;
};

/** Where something was read in the original text: [from, to) offsets and the 1-based line of `from`. */
export type Span = { from: number; to: number; line: number };

const FULLWIDTH_FROM = 0xff01;
const FULLWIDTH_TO = 0xff5e;

export function normalizeText(raw: string): Normalized {
  const out: string[] = [];
  const origin: number[] = [];
  const push = (s: string, at: number) => {
    for (let k = 0; k < s.length; k++) { out.push(s[k] as string); origin.push(at); }
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // Fast paths: ASCII and the CJK block are their own NFKC form.
    if ((c < 0x80 && c !== 13) || (c >= 0x4e00 && c <= 0x9fff)) { out.push(raw[i] as string); origin.push(i); continue; }
    if (c === 13) { // \r\n and a lone \r are one line end
      out.push('\n'); origin.push(i);
      if (raw.charCodeAt(i + 1) === 10) i++;
      continue;
    }
    if (c === 0xa0 || c === 0x3000) { out.push(' '); origin.push(i); continue; }
    if (c >= FULLWIDTH_FROM && c <= FULLWIDTH_TO) { out.push(String.fromCharCode(c - 0xfee0)); origin.push(i); continue; }
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length;
    const ch = wide ? raw.slice(i, i + 2) : (raw[i] as string);
    push(ch.normalize('NFKC'), i);
    if (wide) i++;
  }
  origin.push(raw.length);
  return { text: out.join(''), origin: Int32Array.from(origin) };
}

/** Line starts of a text, for turning offsets into 1-based line numbers by binary search. */
export function lineStarts(text: string): Int32Array {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return Int32Array.from(starts);
}

export function lineOf(starts: Int32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** A span of the normalised text → the same place in the original text. */
export function toOriginal(n: Normalized, starts: Int32Array, from: number, to: number): Span {
  const a = n.origin[Math.max(0, Math.min(from, n.text.length))] as number;
  const last = Math.max(from, to - 1);
  const b = to > from ? (n.origin[Math.min(last, n.text.length - 1)] as number) + 1 : a;
  return { from: a, to: Math.max(a, b), line: lineOf(starts, a) };
}
