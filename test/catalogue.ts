// Builders for catalogue tests: staff contexts on a fresh agency, a valid draft input, and attachment fixtures made
// by the real libraries (XLSX by exceljs, PDF by pdfkit, DOCX as the minimal OOXML package mammoth reads).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Agency } from '../src/agencies/store.ts';
import type { Role } from '../src/auth/roles.ts';
import { addAttachment } from '../src/catalogue/add-attachment.ts';
import { createEntry } from '../src/catalogue/create-entry.ts';
import { ensureCatalogue } from '../src/catalogue/ensure-catalogue.ts';
import { publishEntry } from '../src/catalogue/publish-entry.ts';
import { reviewEntry } from '../src/catalogue/review-entry.ts';
import { findEntry } from '../src/catalogue/store.ts';
import { withdrawEntry } from '../src/catalogue/withdraw-entry.ts';
import type { EntryInput } from '../src/catalogue/form.ts';
import { type Ctx, makeCtx } from '../src/context.ts';
import { renderPdf } from '../src/documents/pdf.ts';
import type { TestDb } from './db.ts';
import { buildStaff } from './factories.ts';

export async function staffCtx(
  t: TestDb,
  agency: Agency,
  roles: Role[],
  now = new Date('2026-03-10T02:00:00Z'),
): Promise<Ctx> {
  const s = await buildStaff(t, agency.code, roles);
  return makeCtx(
    { ...t, now },
    {
      kind: 'staff',
      userId: s.id,
      username: s.username,
      displayName: `${roles.join('')}${s.id}`,
      agencyId: agency.id,
      agencyCode: agency.code,
      agencyPath: agency.path,
      roles,
    },
  );
}

export async function columnId(t: TestDb, agency: Agency, name = '通知公告'): Promise<number> {
  const system = makeCtx(t, { kind: 'system', label: 'test' });
  const { columns } = await t.db.transaction().execute((tx) => ensureCatalogue(tx, system, agency));
  return columns.find((c) => c.name === name)!.id;
}

export function draftInput(column: number, o: Partial<EntryInput> = {}): EntryInput {
  return {
    columnId: column,
    title: '关于2026年城乡低保对象复核情况的公示',
    summary: '公示本乡2026年第一季度城乡低保对象复核结果。',
    publisher: '东和乡人民政府',
    formedOn: '2026-03-02',
    docNo: '东政〔2026〕3号',
    topic: '民政、扶贫、救灾',
    genre: 'announcement',
    disclosure: 'active',
    withheldReason: null,
    validity: 'valid',
    repealedOn: null,
    body: '经村民代表评议、乡政府审核，现将城乡低保复核结果公示如下。医保缴费同步办理。',
    legacyIndexNo: null,
    ...o,
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
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r></w:p>`)
    .join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

export const pdfFile = (lines: string[]) =>
  renderPdf(
    lines.map((text) => ({ text })),
    { title: 'test' },
  );

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

/**
 * An entry of `agency` in the state asked for, taken there through the real use cases by the agency's own staff (made
 * once per agency): drafted, through 保密审查 and 审核, published on `on` (a date), and withdrawn if asked.
 */
export async function entryIn(
  t: TestDb,
  agency: Agency,
  o: Partial<EntryInput>,
  opts: { on?: string; state?: 'draft' | 'published' | 'withdrawn'; attach?: Buffer } = {},
): Promise<number> {
  const staff = staffOf.get(t) ?? staffOf.set(t, new Map()).get(t)!;
  let s = staff.get(agency.id);
  if (!s) {
    const [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(t, agency, ['clerk']),
      staffCtx(t, agency, ['secrecy_reviewer']),
      staffCtx(t, agency, ['reviewer']),
    ]);
    s = { clerk, secrecy, reviewer, column: await columnId(t, agency) };
    staff.set(agency.id, s);
  }
  const at = (c: Ctx) => makeCtx({ ...t, now: new Date(`${opts.on ?? '2026-03-10'}T02:00:00Z`) }, c.actor);
  const version = async () => (await findEntry(t.db, { kind: 'system' }, id))!.version;
  const { id } = await createEntry(
    s.clerk,
    agency.code,
    draftInput(s.column, { ...(opts.on ? { formedOn: opts.on } : {}), ...o }),
  );
  if (opts.attach) await addAttachment(s.clerk, id, { filename: '附件.xlsx', bytes: opts.attach });
  if (opts.state === 'draft') return id;
  for (const [c, action] of [
    [s.clerk, 'submit'],
    [s.secrecy, 'approve'],
    [s.reviewer, 'approve'],
  ] as const)
    await reviewEntry(c, id, { action, comment: '', version: await version() });
  await publishEntry(at(s.reviewer), id, await version());
  if (opts.state === 'withdrawn') await withdrawEntry(s.reviewer, id, { reason: '测试撤下', version: await version() });
  return id;
}
const staffOf = new WeakMap<TestDb, Map<number, { clerk: Ctx; secrecy: Ctx; reviewer: Ctx; column: number }>>();
