// The checked text cut into pieces for display, each place the checker read a cell or found a problem marked: every
// traced cell (its table, row and column), and, stronger, the cells and words the open findings point at. Pure: the
// back office renders the pieces, and a test can look at them without a page.
import { cellName } from './finding.ts';
import type { Finding, Report, Severity, TextSpan } from './model.ts';

export type Mark = { id: string; title: string; severity: Severity | null };
export type Piece = { text: string; mark?: Mark };

type Placed = { from: number; to: number; mark: Mark };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const TABLES = ['proactive', 'applications', 'appeals'] as const;

/** The id a cell's place in the source gets, for links from the findings and the tables. */
export const sourceCellId = (table: string, row: string, column: string): string =>
  `src-${table}-${row}-${column}`.replace(/\./g, '_');
export const sourceFindingId = (fingerprint: string): string => `src-f-${fingerprint}`;

/** Where a finding points in the text: its own words, or the cell it names as read. */
export function findingSpan(report: Report, f: Finding): TextSpan | null {
  if (f.source) return f.source;
  if (!f.table || !f.row || !f.column) return null;
  const at = report.trace?.[f.table]?.[f.row]?.[f.column];
  return at && !('inferred' in at) ? at : null;
}

/** The text in pieces with its marks, and for each finding (by fingerprint) the id of the mark to link to. */
export function markSource(
  text: string,
  report: Report,
  findings: readonly (Finding & { dismissed?: boolean })[],
): { pieces: Piece[]; anchors: Map<string, string> } {
  const placed = new Map<string, Placed>();
  for (const t of TABLES) {
    for (const [row, cells] of Object.entries(report.trace?.[t] ?? {})) {
      for (const [column, at] of Object.entries(cells)) {
        if ('inferred' in at) continue;
        placed.set(`${at.from}`, {
          from: at.from,
          to: at.to,
          mark: { id: sourceCellId(t, row, column), title: cellName(t, row, column), severity: null },
        });
      }
    }
  }
  const anchorAt = new Map<string, number>();
  for (const f of findings) {
    if (f.dismissed) continue;
    const at = findingSpan(report, f);
    if (!at) continue;
    anchorAt.set(f.fingerprint, at.from);
    const had = placed.get(`${at.from}`);
    if (had?.mark.severity && RANK[had.mark.severity] >= RANK[f.severity]) continue;
    const id = had?.mark.id ?? sourceFindingId(f.fingerprint);
    placed.set(`${at.from}`, {
      from: at.from,
      to: Math.max(at.to, had?.to ?? 0),
      mark: {
        id,
        title: `${had && !had.mark.severity ? `${had.mark.title}：` : ''}${f.message}`,
        severity: f.severity,
      },
    });
  }
  const spans = [...placed.values()]
    .filter((p) => p.from >= 0 && p.to <= text.length && p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const pieces: Piece[] = [];
  const shown = new Map<number, string>();
  let at = 0;
  for (const s of spans) {
    if (s.from < at) continue; // overlapping: the first wins
    if (s.from > at) pieces.push({ text: text.slice(at, s.from) });
    pieces.push({ text: text.slice(s.from, s.to), mark: s.mark });
    shown.set(s.from, s.mark.id);
    at = s.to;
  }
  if (at < text.length) pieces.push({ text: text.slice(at) });
  const anchors = new Map<string, string>();
  for (const [fp, from] of anchorAt) {
    const id = shown.get(from);
    if (id) anchors.set(fp, id);
  }
  return { pieces, anchors };
}
