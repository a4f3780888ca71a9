// A table grid (table-grid.ts) drawn on a pdfkit page as ruled cells with the format's merged cells. Rows are never
// cut by a page: a row that does not fit starts the next page, and a group of rows tied together by a merged cell
// (三、本年度办理结果, （三）不予公开 …) moves whole to the next page when it fits there. On a new page the table's header
// rows are drawn again (Word's 重复标题行), and a merged cell that must still cross a page is drawn in one piece per
// page with its text in each, so no page shows a row without its heading or group.
import { breakLines } from '../../documents/line-break.ts';
import type { Grid, GridCell } from './table-grid.ts';
import { placeCells } from './table-grid.ts';

export type TableFrame = { left: number; width: number; top: number; bottom: number; fontSize: number };
type Placed = { cell: GridCell; row: number; col: number };

const PAD = 3;
const MIN_ROW = 16;

function cellWidth(grid: Grid, frame: TableFrame, col: number, span: number): number {
  return grid.widths.slice(col, col + span).reduce((a, b) => a + b, 0) * frame.width;
}

const LINE_GAP = 1;

/** The cell's text in lines broken between words (documents/line-break.ts), in the cell's face and size. */
function cellLines(doc: PDFKit.PDFDocument, p: Placed, grid: Grid, frame: TableFrame): string[] {
  doc.font(p.cell.kind === 'header' ? 'cjk-bold' : 'cjk').fontSize(frame.fontSize);
  return breakLines(p.cell.text || ' ', cellWidth(grid, frame, p.col, p.cell.colSpan ?? 1) - PAD * 2, (s) =>
    doc.widthOfString(s),
  );
}

const lineHeight = (doc: PDFKit.PDFDocument) => doc.currentLineHeight(true) + LINE_GAP;

function textHeight(doc: PDFKit.PDFDocument, p: Placed, grid: Grid, frame: TableFrame): number {
  const lines = cellLines(doc, p, grid, frame);
  return lines.length * lineHeight(doc) - LINE_GAP;
}

/** Row heights: each row fits its own cells; a merged cell's extra need goes to the last row it covers. */
function rowHeights(doc: PDFKit.PDFDocument, grid: Grid, placed: readonly Placed[], frame: TableFrame): number[] {
  const heights = grid.rows.map(() => MIN_ROW);
  for (const p of placed)
    if ((p.cell.rowSpan ?? 1) === 1)
      heights[p.row] = Math.max(heights[p.row]!, textHeight(doc, p, grid, frame) + PAD * 2);
  for (const p of placed) {
    const span = p.cell.rowSpan ?? 1;
    if (span === 1) continue;
    const have = heights.slice(p.row, p.row + span).reduce((a, b) => a + b, 0);
    const need = textHeight(doc, p, grid, frame) + PAD * 2;
    if (need > have) heights[p.row + span - 1]! += need - have;
  }
  return heights;
}

/**
 * For each row, the last row it is tied to by merged cells that start at it or after it (or by being a header row
 * over it): rows r..end(r) move to the
 * next page together when they fit on one. An outer group too tall for a page (三、本年度办理结果 over 22 rows) then
 * still keeps each inner group ((三)不予公开 …) whole.
 */
function groupEnds(grid: Grid, placed: readonly Placed[]): number[] {
  const reach = grid.rows.map((_, r) => r);
  for (const p of placed) reach[p.row] = Math.max(reach[p.row]!, p.row + (p.cell.rowSpan ?? 1) - 1);
  const ends = grid.rows.map((_, r) => {
    let end = reach[r]!;
    for (let k = r; k <= end; k++) end = Math.max(end, reach[k]!);
    return end;
  });
  // A header row stays with the row under it (a block's heading never ends a page).
  for (let r = grid.rows.length - 2; r >= 0; r--) {
    if (grid.rows[r]!.every((c) => c.kind === 'header')) ends[r] = Math.max(ends[r]!, ends[r + 1]!);
  }
  return ends;
}

function drawCell(
  doc: PDFKit.PDFDocument,
  p: Placed,
  grid: Grid,
  frame: TableFrame,
  x: number,
  y: number,
  h: number,
  withText: boolean,
): void {
  const w = cellWidth(grid, frame, p.col, p.cell.colSpan ?? 1);
  doc.lineWidth(0.5).rect(x, y, w, h).stroke();
  if (!withText || !p.cell.text) return;
  const lines = cellLines(doc, p, grid, frame);
  const lh = lineHeight(doc);
  const th = lines.length * lh - LINE_GAP;
  const align = p.cell.kind === 'label' ? 'left' : 'center';
  // Line by line, never re-wrapped by pdfkit; only the lines that fit: a merged cell cut by a page shows what fits
  // in its first piece.
  const top = y + Math.max(PAD, (h - th) / 2);
  const fit = Math.max(1, Math.floor((h - PAD + LINE_GAP) / lh));
  // Placed by hand, not by pdfkit's wrapper (which drops what overflows, like the "、" of a one-character column).
  lines.slice(0, fit).forEach((line, i) => {
    const left = align === 'left' ? x + PAD : x + (w - doc.widthOfString(line)) / 2;
    doc.text(line, left, top + i * lh, { lineBreak: false });
  });
}

/** Where each row was drawn: the page (0 = the page the table starts on), its top and its height. */
export type RowPlacement = { page: number; y: number; height: number };

/** Draw the grid from doc.y; returns the y under the table and where each row went. `newPage` adds a page, returns its top. */
export function drawGrid(
  doc: PDFKit.PDFDocument,
  grid: Grid,
  frame: TableFrame,
  newPage: () => number,
): { bottom: number; rows: RowPlacement[] } {
  const placed = placeCells(grid);
  const heights = rowHeights(doc, grid, placed, frame);
  const ends = groupEnds(grid, placed);
  const xs = grid.widths.map((_, i) => frame.left + grid.widths.slice(0, i).reduce((a, b) => a + b, 0) * frame.width);
  const starting = grid.rows.map((_, r) => placed.filter((p) => p.row === r));
  const open: { p: Placed; from: number; drawn: boolean }[] = [];
  const flush = (until: number, closeAll: boolean) => {
    for (const o of open) {
      drawCell(doc, o.p, grid, frame, xs[o.p.col]!, o.from, until - o.from, !o.drawn);
      o.drawn = true;
    }
    if (closeAll) open.length = 0;
  };
  let y = doc.y;
  let page = 0;
  const placements: RowPlacement[] = [];
  const headerHeight = heights.slice(0, grid.headerRows).reduce((a, b) => a + b, 0);
  /** The header rows again at `top` (their merged cells all close within them); returns the y under them. */
  const repeatHeader = (top: number) => {
    const rowTop = (row: number) => top + heights.slice(0, row).reduce((a, b) => a + b, 0);
    for (const p of placed) {
      if (p.row >= grid.headerRows) continue;
      drawCell(
        doc,
        p,
        grid,
        frame,
        xs[p.col]!,
        rowTop(p.row),
        rowTop(p.row + (p.cell.rowSpan ?? 1)) - rowTop(p.row),
        true,
      );
    }
    return top + headerHeight;
  };
  for (let r = 0; r < grid.rows.length; r++) {
    const repeats = r >= grid.headerRows ? headerHeight : 0;
    const pageRoom = frame.bottom - frame.top - repeats;
    const group = heights.slice(r, ends[r]! + 1).reduce((a, b) => a + b, 0);
    const breakHere = (y + group > frame.bottom && group <= pageRoom) || y + heights[r]! > frame.bottom;
    if (breakHere && y > frame.top) {
      flush(y, false);
      y = newPage();
      page++;
      if (repeats) y = repeatHeader(y);
      for (const o of open) {
        o.from = y;
        o.drawn = false;
      } // the group's label again on this page
    }
    placements.push({ page, y, height: heights[r]! });
    for (const p of starting[r]!) {
      if ((p.cell.rowSpan ?? 1) === 1) drawCell(doc, p, grid, frame, xs[p.col]!, y, heights[r]!, true);
      else open.push({ p, from: y, drawn: false });
    }
    y += heights[r]!;
    const closing = open.filter((o) => o.p.row + (o.p.cell.rowSpan ?? 1) - 1 === r);
    for (const o of closing) {
      drawCell(doc, o.p, grid, frame, xs[o.p.col]!, o.from, y - o.from, !o.drawn);
      open.splice(open.indexOf(o), 1);
    }
  }
  flush(y, true);
  return { bottom: y, rows: placements };
}
