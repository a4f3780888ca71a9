// An annual report published as a web page → the plain text the text parser reads. Tables become one line per row
// with tab-separated cells, expanding rowspan/colspan on a grid so every value keeps its column (a merged cell's text
// sits in its top-left position, the positions it covers are empty). No dependency: report pages are simple HTML.

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  middot: '·',
  hellip: '…',
  ensp: ' ',
  emsp: ' ',
  times: '×',
  yen: '¥',
};
const MAX_SPAN = 100;

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

const inline = (html: string): string =>
  decodeEntities(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
const span = (attrs: string, name: string): number => {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'i').exec(attrs);
  return Math.min(MAX_SPAN, Math.max(1, m ? Number(m[1]) : 1));
};

/** One table's rows as tab-separated lines, merged cells expanded on a grid. */
export function tableToText(inner: string): string {
  const grid: (string | undefined)[][] = [];
  const rows = inner.split(/<tr\b[^>]*>/i).slice(1);
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const m of row.matchAll(/<(td|th)\b([^>]*)>([\s\S]*?)(?=<td\b|<th\b|<\/tr|$)/gi)) {
      const line = grid[r] as (string | undefined)[];
      while (line[c] !== undefined) c++;
      const [rs, cs] = [span(m[2] ?? '', 'rowspan'), span(m[2] ?? '', 'colspan')];
      for (let dr = 0; dr < rs && r + dr < rows.length; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < cs; dc++) target[c + dc] = dr === 0 && dc === 0 ? inline(m[3] ?? '') : '';
      }
      c += cs;
    }
  });
  return grid.map((line) => Array.from(line, (x) => x ?? '').join('\t')).join('\n');
}

export function htmlToText(html: string): string {
  let s = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style|noscript|svg)\b[\s\S]*?<\/\1\s*>/gi, '');
  // Innermost tables first, so a table nested in a layout table is read as a table.
  const innermost = /<table\b[^>]*>((?:(?!<table\b)[\s\S])*?)<\/table\s*>/i;
  for (let guard = 0; guard < 1000 && innermost.test(s); guard++) {
    s = s.replace(innermost, (_all, inner: string) => `\n${tableToText(inner).replace(/</g, '\u2039')}\n`);
  }
  s = s
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|li|tr|title|section|article|figure|figcaption)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(s)
    .replace(/\u2039/g, '<')
    .replace(/[ \u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}
