// Text of a table region → a flat stream of tokens: label text, numbers, explicit "no value" marks and blank cells,
// each with its offset in the normalised text (so a cell can be traced to where it was read). Cells may be separated
// by tabs, by `|`, by spaces, by line breaks, or not at all (digits glued to the label, to each other, and to the
// next row's list number: "属于国家秘密00000002.其他…"); which cell a number belongs to is decided later, from the row
// labels and the table's identities.

export type TextToken = { t: 'text'; s: string; at: number };
/** `attached`: written straight after label text with no separator (a glued row). */
export type NumToken = { t: 'num'; raw: string; v: number; at: number; end: number; attached: boolean };
/** "/", "—", "_", "无": the document says there is no value (→ null, never 0). */
export type NullToken = { t: 'null'; at: number; end: number };
/** An empty cell between separators (or a lone "|" line of a one-cell-per-line table). */
export type BlankToken = { t: 'blank'; at: number; end: number; lone?: true };
export type Token = TextToken | NumToken | NullToken | BlankToken | { t: 'eol' };

const NULL_MARKS = new Set(['/', '-', '—', '——', '–', '_', '__', '___', '无', '-—', '—-', '…', '\\', '／']);
const PAGE_LINE =
  /^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|page\s*\d+)\s*$/i;
/** Rule lines drawn with dashes ("|---|---|", "+-----+", "=====") are layout, not cells. */
const RULE_LINE = /^[\s|:+]*[-—=_─━]{3,}[\s|:+\-—=_─━]*$/;
/** A page number inside a line (a page copied as one line): "— 7 —" anywhere, "- 7 -" between spaces. */
const PAGE_MARK =
  /[—–]\s*\d{1,3}\s*[—–]|(?<=^|\s)-\s*\d{1,3}\s*-(?=\s|$)|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?/g;
/** A number (with thousands commas: "1,234.5"), a run of other characters, or a lone sign. */
const PIECES = /[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|[+-]?\d+(?:\.\d+)?|[^\d+-]+|[+-]/g;
/** A list number glued to the end of the previous row's digits: "…00000002.其他法律…" → "0000000" and "2.其他…". */
const NEXT_LABEL = /^[.、]\s*[\u4e00-\u9fff“"]/;
const UNIT = /^(?:万元|元|件|条|项|个)/;

/** Tokens of text[from, to) of an already normalised text; offsets are into that text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  let start = from;
  while (start <= to) {
    let end = text.indexOf('\n', start);
    if (end < 0 || end > to) end = to;
    let line = text.slice(start, end);
    // Page numbers and rule lines are layout (tested only where they can be: these regexes are the slow part).
    if (/[—–页-]/.test(line)) line = line.replace(PAGE_MARK, (m) => ' '.repeat(m.length)); // same length: offsets hold
    const layout =
      (line.length <= 24 && PAGE_LINE.test(line)) || (/^[\s|:+]*[-—=_─━]{3}/.test(line) && RULE_LINE.test(line));
    if (!layout) {
      for (const cell of cellsOf(line)) {
        if (cell.s === null)
          out.push({
            t: 'blank',
            at: start + cell.at,
            end: start + cell.at,
            ...(cell.lone ? { lone: true as const } : {}),
          });
        else words(out, cell.s, start + cell.at);
      }
      out.push({ t: 'eol' });
    }
    start = end + 1;
  }
  return out;
}

/** The space-separated parts of a cell, each read by pushPart. */
function words(out: Token[], s: string, at: number): void {
  let i = 0;
  while (i < s.length) {
    while (i < s.length && s.charCodeAt(i) <= 32) i++;
    const from = i;
    while (i < s.length && s.charCodeAt(i) > 32) i++;
    if (i > from) pushPart(out, s.slice(from, i), at + from);
  }
}

type Cell = { s: string | null; at: number; lone?: boolean };

/** A line's cells with their offsets in the line; s = null for an empty cell between separators. */
function cellsOf(line: string): Cell[] {
  const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : null;
  if (sep === null) return line.trim() ? [{ s: line, at: 0 }] : [];
  if (sep === '|' && line.trim() === '|') return [{ s: null, at: line.indexOf('|'), lone: true }]; // a lone "|": one empty cell
  const cells: Cell[] = [];
  let at = 0;
  for (const part of line.split(sep)) {
    cells.push({ s: part.trim() ? part : null, at });
    at += part.length + 1;
  }
  if (sep === '|') {
    if (/^\s*\|/.test(line)) cells.shift(); // the table's left border
    if (/\|\s*$/.test(line)) cells.pop(); // the right border
  }
  return cells;
}

function pushPart(out: Token[], part: string, at: number): void {
  if (NULL_MARKS.has(part)) return void out.push({ t: 'null', at, end: at + part.length });
  if (!/[0-9+-]/.test(part)) {
    appendText(out, part, at); // most parts of a table are label text
    return;
  }
  const pieces = [...part.matchAll(PIECES)];
  for (let i = 0; i < pieces.length; i++) {
    const m = pieces[i] as RegExpMatchArray;
    const p = m[0];
    const pAt = at + (m.index ?? 0);
    const next = pieces[i + 1]?.[0];
    const isNum = /^[+-]?\d/.test(p);
    if (isNum && next !== undefined && /^\d{2,}$/.test(p) && NEXT_LABEL.test(next)) {
      pushNum(out, p.slice(0, -1), pAt, i > 0);
      appendText(out, p.slice(-1) + next, pAt + p.length - 1);
      i++;
      continue;
    }
    // "1.属于国家秘密", "2、重复申请", "(三)1.": a number followed by a list mark is part of the label.
    if (isNum && (next === undefined ? /^\d+[.、]$/.test(part) : /^[.、,]/.test(next) && !/\.\d/.test(p))) {
      appendText(out, p + (next ?? ''), pAt);
      i++;
      continue;
    }
    // "2023年", "12月31日", "第3页": dates and page marks, not cells.
    if (isNum && next !== undefined && /^[年月日号页次余%％]/.test(next)) {
      appendText(out, p + next, pAt);
      i++;
      continue;
    }
    // "5件", "1234.5万元", "13575394432.52元": a cell with its unit; the unit is not a label ("…5件二、上年结转").
    const unit = isNum && next !== undefined ? UNIT.exec(next) : null;
    if (unit) {
      pushNum(out, p, pAt, i > 0 && out[out.length - 1]?.t === 'text');
      const rest = next!.slice(unit[0].length);
      if (rest) appendText(out, rest, pAt + p.length + unit[0].length);
      i++;
      continue;
    }
    if (isNum) pushNum(out, p, pAt, i > 0 && out[out.length - 1]?.t === 'text');
    else if (p === '+' || p === '-') out.push({ t: 'null', at: pAt, end: pAt + 1 });
    else appendText(out, p, pAt);
  }
}

function pushNum(out: Token[], p: string, at: number, attached: boolean): void {
  const raw = p.replace(/^\+/, '').replace(/,/g, '');
  out.push({ t: 'num', raw, v: Number(raw), at, end: at + p.length, attached });
}

function appendText(out: Token[], s: string, at: number): void {
  out.push({ t: 'text', s, at });
}

/** The end of the text (without trailing spaces) when a region [, to) runs to it, else null: a table cut off there. */
export function endOf(text: string, to: number): number | null {
  const end = text.trimEnd().length;
  return to >= end ? end : null;
}

const CJK = /[\u3400-\u9fff]/g;
/** The CJK letters of a text, which is what row labels are matched on (numbering, brackets, quotes, spaces dropped). */
export const cjkOf = (s: string): string => (s.match(CJK) ?? []).join('');
