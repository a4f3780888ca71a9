// Builders for catalogue tests: staff contexts on a fresh agency, a valid draft input, and attachment fixtures made
// by the real libraries (XLSX by exceljs, PDF by pdfkit, DOCX as the minimal OOXML package mammoth reads).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Agency } from '../src/agencies/store.ts';
import type { Role } from '../src/auth/roles.ts';
import { ensureCatalogue } from '../src/catalogue/ensure-catalogue.ts';
import type { EntryInput } from '../src/catalogue/form.ts';
import { type Ctx, makeCtx } from '../src/context.ts';
import { renderPdf } from '../src/documents/pdf.ts';
import type { TestDb } from './db.ts';
import { buildStaff } from './factories.ts';

export async function staffCtx(t: TestDb, agency: Agency, roles: Role[], now = new Date('2026-03-10T02:00:00Z')): Promise<Ctx> {
  const s = await buildStaff(t, agency.code, roles);
  return makeCtx({ ...t, now }, { kind: 'staff', userId: s.id, username: s.username, displayName: `${roles.join('')}${s.id}`, agencyId: agency.id, agencyCode: agency.code, agencyPath: agency.path, roles });
}

export async function columnId(t: TestDb, agency: Agency, name = '通知公告'): Promise<number> {
  const system = makeCtx(t, { kind: 'system', label: 'test' });
  const { columns } = await t.db.transaction().execute((tx) => ensureCatalogue(tx, system, agency));
  return columns.find((c) => c.name === name)!.id;
}

export function draftInput(column: number, o: Partial<EntryInput> = {}): EntryInput {
  return {
    columnId: column, title: '关于2026年城乡低保对象复核情况的公示', summary: '公示本乡2026年第一季度城乡低保对象复核结果。', publisher: '东和乡人民政府',
    formedOn: '2026-03-02', docNo: '东政〔2026〕3号', topic: '民政、扶贫、救灾', genre: 'announcement', disclosure: 'active', withheldReason: null,
    validity: 'valid', repealedOn: null, body: '经村民代表评议、乡政府审核，现将城乡低保复核结果公示如下。医保缴费同步办理。', legacyIndexNo: null, ...o,
  };
}

export async function xlsxFile(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function docxFile(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`).join('');
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

export const pdfFile = (lines: string[]) => renderPdf(lines.map((text) => ({ text })), { title: 'test' });

/** A PDF with no text layer (a scanned page): a drawing, no text. */
export async function scannedPdf(): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.rect(100, 100, 200, 100).fill('#333');
    doc.end();
  });
}
