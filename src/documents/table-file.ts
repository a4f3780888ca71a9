// Reads a spreadsheet an old site or a province exported (XLSX, or CSV in UTF-8 or GBK) into text rows that keep their
// line numbers, so every problem found later can name the line a clerk sees in Excel. The header is found by its
// labels (Chinese or English, in any order) through the caller's field table; a date cell becomes 'YYYY-MM-DD'.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { invalidInput } from '../errors.ts';

export type TableRow = { line: number; cells: Record<string, string> };
/** A field of the file: its key and every header label it may go by (the first is the template's). */
export type FieldSpec = { key: string; labels: readonly string[]; required?: boolean };

const XLSX_MAGIC = Buffer.from('PK\u0003\u0004', 'latin1');

/** The rows of the first sheet (XLSX) or of the CSV text, with the header mapped to the fields' keys. */
export async function readTableFile(bytes: Buffer, fields: readonly FieldSpec[]): Promise<TableRow[]> {
  const raw = bytes.subarray(0, 4).equals(XLSX_MAGIC) ? await xlsxLines(bytes) : csvLines(bytes);
  return mapHeader(raw, fields);
}

type RawLine = { line: number; cells: string[] };

async function xlsxLines(bytes: Buffer): Promise<RawLine[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw invalidInput('文件无法作为 XLSX 打开：请在 Excel 或 WPS 中另存为 .xlsx 或 CSV（UTF-8）后重试。');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw invalidInput('XLSX 文件中没有工作表。');
  const out: RawLine[] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (c, col) => {
      cells[col - 1] = cellText(c.value);
    });
    out.push({ line: n, cells: Array.from(cells, (c) => c ?? '') });
  });
  return out;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10); // exceljs reads a date cell as UTC midnight
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('text' in v) return String(v.text);
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    return '';
  }
  return String(v);
}

function csvLines(bytes: Buffer): RawLine[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('gb18030').decode(bytes); // an old site's export from Excel on Chinese Windows
  }
  try {
    const records = parse(text.replace(/^\uFEFF/, ''), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ line: r.info.lines, cells: r.record }));
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw invalidInput(`CSV 格式有误${line ? `（第 ${line} 行附近）` : ''}：请检查引号和逗号。`);
  }
}

const norm = (s: string) => s.replace(/[\s*＊（）()]/g, '').toLowerCase();

function mapHeader(lines: RawLine[], fields: readonly FieldSpec[]): TableRow[] {
  const [header, ...rows] = lines;
  if (!header) throw invalidInput('文件是空的：第 1 行应为表头。');
  const byLabel = new Map<string, string>();
  for (const f of fields) for (const l of [f.key, ...f.labels]) byLabel.set(norm(l), f.key);
  const keys = header.cells.map((h) => byLabel.get(norm(h)));
  const missing = fields.filter((f) => f.required && !keys.includes(f.key));
  if (missing.length)
    throw invalidInput(
      `第 ${header.line} 行：表头缺少${missing.map((f) => `“${f.labels[0]}”`).join('、')}列（表头可用中文列名，见模板）。`,
    );
  return rows
    .filter((r) => r.cells.some((c) => c.trim() !== ''))
    .map((r) => {
      const cells: Record<string, string> = {};
      keys.forEach((k, i) => {
        if (k) cells[k] = (r.cells[i] ?? '').trim();
      });
      return { line: r.line, cells };
    });
}

/** A date as an old site may write it (2023-01-05, 2023/1/5, 2023.1.5, 2023年1月5日) in 'YYYY-MM-DD', or the text
 *  unchanged when it has none of those shapes (the caller's check then names it). */
export function normaliseDate(text: string): string {
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text.trim());
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : text.trim();
}

/** A template: the header row of the fields' first labels and one example row, as XLSX. */
export async function templateXlsx(sheet: string, fields: readonly FieldSpec[], example: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow(fields.map((f) => f.labels[0]));
  ws.addRow(example);
  ws.getRow(1).font = { bold: true };
  fields.forEach((_, i) => (ws.getColumn(i + 1).width = 18));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
