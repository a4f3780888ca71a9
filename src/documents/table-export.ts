// A list exported as a table: CSV that Excel opens right (UTF-8 with a BOM, CRLF, RFC 4180 quoting) and safe against
// formula injection, or XLSX with every cell typed as text. Both from the same header and rows.
import { renderXlsx } from './xlsx.ts';

export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const satisfies Record<ExportFormat, string>;

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a tab or carriage return before one) gets a leading
 * apostrophe, as OWASP advises for CSV injection: shown as text, never run (a title like "=HYPERLINK(…)" stays text).
 */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string): string {
  const v = formulaSafe(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): Buffer {
  const lines = [header, ...rows].map((r) => r.map(csvField).join(','));
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}

export function toTable(
  format: ExportFormat,
  sheet: { name: string; header: readonly string[]; rows: readonly (readonly string[])[]; widths?: number[] },
): Promise<Buffer> {
  if (format === 'csv') return Promise.resolve(toCsv(sheet.header, sheet.rows));
  // exceljs writes a string as a string cell (a formula only from { formula }): nothing in an XLSX cell is run.
  return renderXlsx({
    name: sheet.name,
    rows: [[...sheet.header], ...sheet.rows.map((r) => [...r])],
    headerRows: 1,
    widths: sheet.widths,
  });
}
