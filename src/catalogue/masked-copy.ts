// 遮盖 for an attachment: a masked copy replaces the original (kept in storage and the audit trail, no longer
// attached). XLSX keeps its cells; DOCX and PDF become a PDF of their masked text. The copy is scanned again by the
// caller, so a value the masking missed still blocks.
import ExcelJS from 'exceljs';
import type { Ctx } from '../context.ts';
import { renderPdf } from '../documents/pdf.ts';
import { putBlob } from '../files/blobs.ts';
import { extractText } from '../files/extract-text.ts';
import { MIME } from '../files/sniff.ts';
import { detect, maskAll } from '../privacy/detect.ts';
import type { Attachment, Entry } from './entry.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../db/tables.ts';
import { insertAttachment, type Q, removeAttachment } from './store.ts';

const maskString = (s: string) => maskAll(s, detect(s));

async function maskedXlsx(bytes: Buffer): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const text = cell.text ?? '';
        const masked = maskString(text);
        if (masked !== text) cell.value = masked;
      }),
    ),
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function addMaskedCopy(
  tx: Q & Kysely<DB>,
  ctx: Ctx,
  entry: Entry,
  att: Attachment,
  bytes: Buffer,
): Promise<number> {
  const isXlsx = att.mime === MIME.xlsx;
  const out = isXlsx
    ? await maskedXlsx(bytes)
    : await renderPdf(
        maskString(att.text ?? '')
          .split('\n')
          .map((text) => ({ text, gapAfter: 0 })),
        { title: att.filename },
      );
  const type = isXlsx ? 'xlsx' : 'pdf';
  const stem = att.filename.replace(/\.[^.]+$/, '');
  const filename = `${stem}（已遮盖）.${type}`;
  const sha256 = await putBlob(tx, ctx.config, out);
  await removeAttachment(tx, entry.id, att.id);
  return insertAttachment(tx, {
    entryId: entry.id,
    filename,
    mime: MIME[type],
    size: out.length,
    sha256,
    text: await extractText(type, out),
    now: ctx.now.toISOString(),
  });
}
