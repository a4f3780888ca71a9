// The findings of a batch of checked reports as a spreadsheet for supervisors: one row per finding per file (and one
// per file that could not be read), with the review decision, an auto-filter and a frozen header row.
import ExcelJS from 'exceljs';
import { cellName } from './finding.ts';
import type { Report, Severity } from './model.ts';
import { DECISION_LABELS, type ReviewedFinding } from './reviews.ts';

export type XlsxFile = { file: string; report: Report; error: string | null; findings: readonly ReviewedFinding[] };

const HEADER = [
  '文件',
  '机关',
  '年度',
  '规则',
  '级别',
  '单元格',
  '应为',
  '实为',
  '问题说明',
  '审核结论',
  '审核理由',
] as const;
const WIDTHS = [28, 24, 8, 22, 8, 36, 10, 10, 60, 22, 30];
const SEVERITY: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export function findingRows(files: readonly XlsxFile[]): (string | number)[][] {
  return files.flatMap(({ file, report: r, error, findings }) => {
    const agency = r.agency.name ?? '';
    const year = r.year ?? '';
    if (error) return [[file, agency, year, '未能读取', '—', '', '', '', error, '', '']];
    return findings.map((f) => [
      file,
      agency,
      year,
      f.rule,
      SEVERITY[f.severity],
      f.table ? cellName(f.table, f.row, f.column) : '',
      f.expected ?? '',
      f.actual ?? '',
      f.message,
      f.review ? DECISION_LABELS[f.review.decision] : '',
      f.review?.reason ?? '',
    ]);
  });
}

export async function findingsXlsx(files: readonly XlsxFile[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...HEADER]).font = { bold: true };
  for (const row of findingRows(files)) ws.addRow(row);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADER.length } };
  WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
