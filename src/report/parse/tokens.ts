// Text of a table region → a flat stream of tokens: label text, numbers, explicit "no value" marks and blank cells.
// Cells may be separated by tabs, by `|`, by spaces, by line breaks, or not at all (digits glued to the label and
// to each other); which cell a number belongs to is decided later, from the row labels and the table's identities.

export type Token =
  | { t: 'text'; s: string }
  /** `attached`: written straight after label text with no separator (a glued row). */
  | { t: 'num'; raw: string; v: number; attached: boolean }
  /** "/", "—", "_", "无": the document says there is no value (→ null, never 0). */
  | { t: 'null' }
  /** An empty cell between separators. */
  | { t: 'blank' }
  | { t: 'eol' };

const NULL_MARKS = new Set(['/', '-', '—', '——', '–', '_', '__', '___', '无', '-—', '—-', '…', '\\']);
const PAGE_LINE = /^\s*(?:[-—–]\s*\d{1,3}\s*[-—–]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3}|page\s*\d+)\s*$/i;
/** Rule lines drawn with dashes ("|---|---|", "+-----+", "=====") are layout, not cells. */
const RULE_LINE = /^[\s|:+]*[-—=_─━]{3,}[\s|:+\-—=_─━]*$/;
const PIECES = /[+-]?\d+(?:\.\d+)?|[^\d+-]+|[+-]/g;

/** NFKC folds full-width digits, letters and brackets to half-width; curly quotes are dropped with the other marks. */
export const normalize = (text: string): string => text.normalize('NFKC').replace(/\r\n?/g, '\n').replace(/\u00a0|\u3000/g, ' ');

export function tokenize(region: string): Token[] {
  const out: Token[] = [];
  for (const line of region.split('\n')) {
    if (PAGE_LINE.test(line) || RULE_LINE.test(line)) continue;
    for (const cell of cellsOf(line)) {
      if (cell === null) out.push({ t: 'blank' });
      else for (const part of cell.split(/\s+/)) if (part) pushPart(out, part);
    }
    out.push({ t: 'eol' });
  }
  return out;
}

/** A line's cells; null for an empty cell between separators. */
function cellsOf(line: string): (string | null)[] {
  let cells: string[];
  if (line.includes('\t')) cells = line.split('\t');
  else if (line.includes('|')) {
    cells = line.split('|');
    if (/^\s*\|/.test(line)) cells.shift();
    if (/\|\s*$/.test(line)) cells.pop();
  } else return line.trim() ? [line.trim()] : [];
  return cells.map((c) => (c.trim() ? c.trim() : null));
}

function pushPart(out: Token[], part: string): void {
  if (NULL_MARKS.has(part)) return void out.push({ t: 'null' });
  const pieces = part.replace(/(\d),(?=\d{3}(?!\d))/g, '$1').match(PIECES) ?? []; // "1,234" is one number
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i] as string;
    const next = pieces[i + 1];
    const isNum = /^[+-]?\d/.test(p);
    // "1.属于国家秘密", "2、重复申请", "(三)1.": a number followed by a list mark is part of the label.
    if (isNum && (next === undefined ? /^\d+[.、]$/.test(part) : /^[.、,]/.test(next) && !/\.\d/.test(p))) {
      appendText(out, p + (next ?? ''));
      i++;
      continue;
    }
    // "2023年", "12月31日", "第3页": dates and page marks, not cells.
    if (isNum && next !== undefined && /^[年月日号页]/.test(next)) {
      appendText(out, p + next);
      i++;
      continue;
    }
    if (isNum) {
      const prev = out[out.length - 1];
      out.push({ t: 'num', raw: p.replace(/^\+/, ''), v: Number(p), attached: i > 0 && prev?.t === 'text' });
    } else if (p === '+' || p === '-') {
      out.push({ t: 'null' });
    } else appendText(out, p);
  }
}

function appendText(out: Token[], s: string): void {
  out.push({ t: 'text', s });
}

const CJK = /[\u3400-\u9fff]/g;
/** The CJK letters of a text, which is what row labels are matched on (numbering, brackets, quotes, spaces dropped). */
export const cjkOf = (s: string): string => (s.match(CJK) ?? []).join('');
