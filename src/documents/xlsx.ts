// XLSX output with exceljs: a sheet of text rows with optional merged header cells and column widths.
import ExcelJS from 'exceljs';

export async function renderXlsx(sheet: {
  name: string;
  title?: string;
  rows: string[][];
  headerRows?: number;
  merges?: ReadonlyArray<[number, number, number, number]>;
  widths?: number[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet.name);
  const offset = sheet.title ? 1 : 0;
  if (sheet.title) {
    ws.addRow([sheet.title]);
    ws.mergeCells(1, 1, 1, Math.max(...sheet.rows.map((r) => r.length)));
    ws.getRow(1).font = { bold: true, size: 14 };
  }
  for (const r of sheet.rows) ws.addRow(r);
  for (const [t, l, b, r] of sheet.merges ?? []) ws.mergeCells(t + offset, l, b + offset, r);
  for (let i = 1; i <= (sheet.headerRows ?? 0); i++) ws.getRow(i + offset).font = { bold: true };
  sheet.widths?.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.eachRow((row) => row.eachCell((c) => (c.alignment = { wrapText: true, vertical: 'top' })));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
