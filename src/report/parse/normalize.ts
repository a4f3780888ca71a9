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

/** NFKC of single characters outside the fast paths, remembered: a report repeats the same few punctuation marks. */
const FOLDED = new Map<string, string>();
const fold = (ch: string): string => {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFKC');
    if (FOLDED.size < 4096) FOLDED.set(ch, f);
  }
  return f;
};

export function normalizeText(raw: string): Normalized {
  const parts: string[] = [];
  const origin = new Int32Array(raw.length * 2 + 16);
  let size = 0; // characters written
  let run = 0; // start of the current run of characters kept as they are
  let store = origin;
  const put = (s: string, at: number) => {
    if (size + s.length + 1 > store.length) {
      const bigger = new Int32Array((size + s.length) * 2 + 16);
      bigger.set(store);
      store = bigger;
    }
    parts.push(s);
    for (let k = 0; k < s.length; k++) store[size++] = at;
  };
  const flush = (to: number) => {
    if (to <= run) return;
    if (size + (to - run) + 1 > store.length) {
      const bigger = new Int32Array((size + to - run) * 2 + 16);
      bigger.set(store);
      store = bigger;
    }
    parts.push(raw.slice(run, to));
    for (let i = run; i < to; i++) store[size++] = i;
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // Fast paths: ASCII and the CJK block are their own NFKC form.
    if ((c < 0x80 && c !== 13) || (c >= 0x4e00 && c <= 0x9fff)) continue;
    flush(i);
    if (c === 13) {
      // \r\n and a lone \r are one line end
      put('\n', i);
      if (raw.charCodeAt(i + 1) === 10) i++;
    } else if (c === 0xa0 || c === 0x3000) put(' ', i);
    else if (c >= FULLWIDTH_FROM && c <= FULLWIDTH_TO) put(String.fromCharCode(c - 0xfee0), i);
    else {
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length;
      put(fold(wide ? raw.slice(i, i + 2) : (raw[i] as string)), i);
      if (wide) i++;
    }
    run = i + 1;
  }
  flush(raw.length);
  store[size] = raw.length;
  return { text: parts.join(''), origin: store.subarray(0, size + 1) };
}

/** Line starts of a text (after "\n", "\r\n" or a lone "\r"), for turning offsets into 1-based line numbers. */
export function lineStarts(text: string): Int32Array {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
  }
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
