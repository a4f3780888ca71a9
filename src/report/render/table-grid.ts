// 表二, 表三 and 表四 as grids of merged cells, the same layout as tables-html.ts (the national format's merged header
// cells, verbatim labels, rows and columns from format.ts), for the outputs that draw tables themselves: DOCX, XLSX
// and PDF. A row lists only the cells that start in it, as in HTML; spans cover the rest.
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICANT_LABELS,
  applicationGroupSpans,
  type ApplicationRowKey,
  applicationRows,
  APPLICATIONS_BALANCE_NOTE,
  APPLICATIONS_GROUP_LABEL,
  ORGANISATIONS,
  PROACTIVE_BLOCKS,
  PROACTIVE_HEADER,
} from '../format.ts';
import type { Cell, Report } from '../model.ts';
import { drawFormat } from './tables-html.ts';

export type TableKey = 'proactive' | 'applications' | 'appeals';
export type GridCell = {
  text: string;
  /** Header (column or group heading), label (a row's label) or value (a number cell). */
  kind: 'header' | 'label' | 'value';
  colSpan?: number;
  rowSpan?: number;
  /** For a value cell: the number (null when blank) and where it sits, for marks and drill-down. */
  value?: Cell;
  cell?: { row: string; column: string };
};
export type Grid = {
  key: TableKey;
  caption: string;
  columns: number;
  /** Relative column widths (they sum to 1). */
  widths: readonly number[];
  /** Rows at the top that form the header (repeated on no page; used for styling). */
  headerRows: number;
  rows: readonly (readonly GridCell[])[];
};

const header = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): GridCell => ({
  text,
  kind: 'header',
  ...span,
});
const label = (text: string, span: { colSpan?: number; rowSpan?: number } = {}): GridCell => ({
  text,
  kind: 'label',
  ...span,
});
const value = (v: Cell | undefined, row: string, column: string, colSpan?: number): GridCell => ({
  text: v === null || v === undefined ? '' : String(v),
  kind: 'value',
  value: v ?? null,
  cell: { row, column },
  ...(colSpan && colSpan > 1 ? { colSpan } : {}),
});

/** 表二: the four (2019: five) article blocks in one four-column table; a block with fewer columns widens its last. */
export function proactiveGrid(report: Report): Grid {
  const t = report.tables.proactive ?? {};
  const columns = 4;
  const rows: GridCell[][] = [];
  for (const b of PROACTIVE_BLOCKS[drawFormat(report)]) {
    const spare = columns - 1 - b.columns.length;
    const span = (i: number) => (i === b.columns.length - 1 ? spare + 1 : undefined);
    rows.push([header(b.item, { colSpan: columns })]);
    rows.push([
      header(PROACTIVE_HEADER),
      ...b.columns.map((c, i) => header(c.label, span(i) ? { colSpan: span(i) } : {})),
    ]);
    for (const r of b.rows)
      rows.push([label(r.label), ...b.columns.map((c, i) => value(t[r.key]?.[c.key], r.key, c.key, span(i)))]);
  }
  return {
    key: 'proactive',
    caption: '主动公开政府信息情况',
    columns,
    widths: [0.31, 0.23, 0.23, 0.23],
    headerRows: 0,
    rows,
  };
}

/** 表三: the 3×3 note cell, 申请人情况 over seven columns, 法人或其他组织 over five, the row groups of 三、本年度办理结果. */
export function applicationsGrid(report: Report): Grid {
  const format = drawFormat(report);
  const t = report.tables.applications ?? {};
  const rows = applicationRows(format);
  const results = rows.filter((r) => r.kind === 'result' || r.kind === 'total').length;
  const spans = applicationGroupSpans(format);
  const values = (key: ApplicationRowKey) => APPLICANT_COLUMNS.map((c) => value(t[key]?.[c.key], key, c.key));
  const orgs = APPLICANT_COLUMNS.filter((c) => c.group);
  const out: GridCell[][] = [
    [header(APPLICATIONS_BALANCE_NOTE, { colSpan: 3, rowSpan: 3 }), header('申请人情况', { colSpan: 7 })],
    [
      header(APPLICANT_LABELS.natural, { rowSpan: 2 }),
      header(ORGANISATIONS, { colSpan: orgs.length }),
      header(APPLICANT_LABELS.total, { rowSpan: 2 }),
    ],
    orgs.map((c) => header(c.label)),
  ];
  for (const r of rows) {
    if (r.kind === 'intake' || r.kind === 'carriedOut') {
      out.push([label(r.label, { colSpan: 3 }), ...values(r.key)]);
      continue;
    }
    const lead = r.key === 'disclosed' ? [label(APPLICATIONS_GROUP_LABEL, { rowSpan: results })] : [];
    if (!r.key.includes('.')) {
      out.push([...lead, label(r.label, { colSpan: 2 }), ...values(r.key)]);
      continue;
    }
    const group = r.group ? [label(r.group, { rowSpan: spans.get(r.group) ?? 1 })] : [];
    out.push([...lead, ...group, label(r.label), ...values(r.key)]);
  }
  // Seven number columns wide enough for the widest column label in 10.5pt; the label columns take the rest: the group column fits
  // "（三）" on one line (so a group label breaks only between words: （三）/不予/公开), the outer one a character.
  return {
    key: 'applications',
    caption: '收到和处理政府信息公开申请情况',
    columns: 10,
    widths: [0.055, 0.09, 0.26, ...Array(7).fill(0.085)],
    headerRows: 3,
    rows: out,
  };
}

/** 表四: 行政复议 over five columns and two rows, 行政诉讼 over ten, 未经复议直接起诉 and 复议后起诉 over five each. */
export function appealsGrid(report: Report): Grid {
  const t = report.tables.appeals;
  const [reconsideration, ...litigation] = APPEAL_GROUPS;
  const width = APPEAL_COLUMNS.length;
  const rows: GridCell[][] = [
    [header(reconsideration!.label, { colSpan: width, rowSpan: 2 }), header('行政诉讼', { colSpan: width * 2 })],
    litigation.map((g) => header(g.label.replace(/^行政诉讼 · /, ''), { colSpan: width })),
    APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map((c) => header(c.label))),
    APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => value(t?.[g.key][c.key], g.key, c.key))),
  ];
  return {
    key: 'appeals',
    caption: '政府信息公开行政复议、行政诉讼情况',
    columns: 15,
    widths: Array(15).fill(1 / 15),
    headerRows: 3,
    rows,
  };
}

export const reportGrids = (report: Report): Record<TableKey, Grid> => ({
  proactive: proactiveGrid(report),
  applications: applicationsGrid(report),
  appeals: appealsGrid(report),
});

/**
 * The grid's cells placed on the full rows × columns lattice: each position holds the cell that covers it and
 * whether it is that cell's top-left corner. For renderers that draw a lattice (XLSX, PDF).
 */
export function placeCells(grid: Grid): { cell: GridCell; row: number; col: number }[] {
  const taken: boolean[][] = grid.rows.map(() => Array(grid.columns).fill(false));
  const out: { cell: GridCell; row: number; col: number }[] = [];
  grid.rows.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (taken[r]![c]) c++;
      const [rs, cs] = [cell.rowSpan ?? 1, cell.colSpan ?? 1];
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) if (taken[r + dr]) taken[r + dr]![c + dc] = true;
      out.push({ cell, row: r, col: c });
      c += cs;
    }
  });
  return out;
}
