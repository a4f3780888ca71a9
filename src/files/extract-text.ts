// The text of an attachment, for the scanner and the search index: DOCX via mammoth, XLSX via exceljs, the PDF text
// layer via pdf-parse. Images have no text layer. `null` means "could not be read": the scanner treats it as a finding
// (fail closed), so nothing unread is published.
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { loadPdfParse } from './pdf-parse.ts';
import type { AttachmentType } from './sniff.ts';
import { zipProblem } from './zip.ts';

export async function extractText(type: AttachmentType, bytes: Buffer): Promise<string | null> {
  // DOCX and XLSX are ZIPs their libraries inflate whole: a zip bomb is stopped first, as unreadable (zip.ts).
  if ((type === 'docx' || type === 'xlsx') && (await zipProblem(bytes))) return null;
  try {
    switch (type) {
      case 'docx':
        return (await mammoth.extractRawText({ buffer: bytes })).value;
      case 'xlsx':
        return await xlsxText(bytes);
      case 'pdf': {
        const { PDFParse } = await loadPdfParse();
        const parser = new PDFParse({ data: new Uint8Array(bytes) });
        try {
          const text = (await parser.getText()).text;
          // A scan without a text layer gives only page separators: unreadable, not "clean".
          return text.replace(/--\s*\d+\s*of\s*\d+\s*--/g, '').trim() ? text : null;
        } finally {
          await parser.destroy();
        }
      }
      case 'png':
      case 'jpeg':
        return null;
    }
  } catch {
    return null;
  }
}

async function xlsxText(bytes: Buffer): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const lines: string[] = [];
  wb.eachSheet((sheet) => {
    lines.push(sheet.name);
    sheet.eachRow((row) => {
      const cells: string[] = [];
      row.eachCell((cell) => cells.push(cell.text ?? ''));
      lines.push(cells.join('\t'));
    });
  });
  return lines.join('\n');
}
