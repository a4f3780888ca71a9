// The annual report as a workbook for supervisors who collect them: a first sheet with the agency, year, format and
// the findings (rule, severity, cell, message), then one sheet per table (表二, 表三, 表四) in the national layout with
// the same merged header cells (table-grid.ts), numbers as numbers, and the cells a finding names filled in colour.
import ExcelJS from 'exceljs';
import { cellKey, type ReportDocument } from '../document.ts';
import { cellName } from '../finding.ts';
import { FORMAT_NAMES } from '../format.ts';
import type { Report, Severity } from '../model.ts';
import { type Grid, placeCells, reportGrids } from './table-grid.ts';

export const SEVERITY_NAMES: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const FILL: Record<Severity, string> = { error: 'FFFDE2E1', warning: 'FFFFF4CE', info: 'FFE5F1FB' };
const SHEETS = [
  ['proactive', '表二 主动公开'],
  ['applications', '表三 依申请公开'],
  ['appeals', '表四 复议诉讼'],
] as const;
/** Total width of a table sheet, in Excel character units. */
const SHEET_WIDTH = { proactive: 90, applications: 150, appeals: 150 } as const;
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

export function formatName(report: Report): string {
  if (report.format === 'mixed') return '新旧格式混用';
  if (report.format === 'unknown') return '无法判断';
  return FORMAT_NAMES[report.format];
}

function overviewSheet(wb: ExcelJS.Workbook, doc: ReportDocument): void {
  const ws = wb.addWorksheet('概况');
  const r = doc.report;
  ws.addRow([doc.title]).font = { bold: true, size: 14 };
  ws.mergeCells(1, 1, 1, 6);
  for (const [k, v] of [
    ['机关', r.agency.name ?? ''],
    ['年度', r.year ?? ''],
    ['报告格式', formatName(r)],
    ['发布日期', doc.dateLine ?? '（草稿）'],
  ] as const) {
    ws.addRow([k, v]).getCell(1).font = { bold: true };
  }
  ws.addRow([]);
  const head = ws.addRow(['规则', '严重程度', '单元格', '说明', '应为', '实为']);
  head.font = { bold: true };
  head.eachCell((c) => (c.border = BORDER));
  for (const f of r.findings) {
    const row = ws.addRow([
      f.rule,
      SEVERITY_NAMES[f.severity],
      f.table ? cellName(f.table, f.row, f.column) : '',
      f.message,
      f.expected ?? '',
      f.actual ?? '',
    ]);
    row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
    row.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[f.severity] } };
  }
  if (r.findings.length === 0) ws.addRow(['', '', '', '未发现问题']);
  [18, 10, 40, 70, 10, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
}

function tableSheet(wb: ExcelJS.Workbook, name: string, grid: Grid, marks: ReadonlyMap<string, Severity>): void {
  const ws = wb.addWorksheet(name);
  ws.getCell(1, 1).value = grid.caption;
  ws.getCell(1, 1).font = { bold: true, size: 12 };
  ws.mergeCells(1, 1, 1, grid.columns);
  const top = 2;
  for (const { cell, row, col } of placeCells(grid)) {
    const [r, c] = [top + row, 1 + col];
    const [r2, c2] = [r + (cell.rowSpan ?? 1) - 1, c + (cell.colSpan ?? 1) - 1];
    for (let y = r; y <= r2; y++) for (let x = c; x <= c2; x++) ws.getCell(y, x).border = BORDER;
    if (r2 > r || c2 > c) ws.mergeCells(r, c, r2, c2);
    const target = ws.getCell(r, c);
    target.value = cell.kind === 'value' ? (cell.value ?? null) : cell.text;
    target.alignment = { wrapText: true, vertical: 'middle', horizontal: cell.kind === 'label' ? 'left' : 'center' };
    if (cell.kind === 'header') target.font = { bold: true };
    const mark = cell.cell && marks.get(cellKey(grid.key, cell.cell.row, cell.cell.column));
    if (mark) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: FILL[mark] } };
  }
  grid.widths.forEach((w, i) => (ws.getColumn(i + 1).width = Math.max(6, Math.round(w * SHEET_WIDTH[grid.key]))));
  ws.views = [{ state: 'frozen', ySplit: top - 1 + grid.headerRows }];
}

/** The worst finding's severity per cell, for colouring. */
export function cellMarks(report: Report): Map<string, Severity> {
  const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
  const marks = new Map<string, Severity>();
  for (const f of report.findings) {
    if (!f.table || !f.row || !f.column) continue;
    const key = cellKey(f.table, f.row, f.column);
    const had = marks.get(key);
    if (!had || rank[f.severity] > rank[had]) marks.set(key, f.severity);
  }
  return marks;
}

export async function renderReportXlsx(doc: ReportDocument): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai';
  wb.title = doc.title;
  overviewSheet(wb, doc);
  const grids = reportGrids(doc.report);
  const marks = cellMarks(doc.report);
  for (const [key, name] of SHEETS) tableSheet(wb, name, grids[key], marks);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
