// Attaches a file to an entry still in review: type sniffed from its bytes, size-limited, stored with its row
// (files/store.ts), its text extracted for the scanner (unreadable → a blocking finding) and the search index.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput } from '../errors.ts';
import { putBlob } from '../files/blobs.ts';
import { extractText } from '../files/extract-text.ts';
import { safeFileName } from '../files/safe-name.ts';
import { MAX_ATTACHMENT_BYTES, MIME, sniffType } from '../files/sniff.ts';
import { loadEntry } from './load.ts';
import { scanEntry } from './scan-entry.ts';
import { findEntry, insertAttachment } from './store.ts';

const NAME = /^[^\\/:*?"<>|\u0000-\u001f]{1,120}$/;

export async function addAttachment(
  ctx: Ctx,
  entryId: number,
  file: { filename: string; bytes: Buffer },
): Promise<{ id: number; readable: boolean }> {
  if (!file.bytes.length) throw invalidInput('上传的文件是空的，请重新选择文件。', { file: '文件为空' });
  if (file.bytes.length > MAX_ATTACHMENT_BYTES)
    throw invalidInput('附件不能超过 20 MB，请压缩或拆分后上传。', { file: '文件过大' });
  const given = file.filename.trim();
  if (!NAME.test(given))
    throw invalidInput('文件名不能含 \\ / : * ? " < > | 等字符，且不超过 120 个字符。', { file: '文件名不合规' });
  const type = sniffType(file.bytes);
  if (!type)
    throw invalidInput('只能上传 PDF、DOCX、XLSX、PNG 或 JPEG 文件（按文件内容识别，不看扩展名）。', {
      file: '文件类型不支持',
    });
  const filename = safeFileName(given, type); // the extension follows the content: a PDF named .html is stored as .pdf
  const text = await extractText(type, file.bytes); // slow: outside the transaction
  return ctx.db.transaction().execute(async (tx) => {
    const entry = await loadEntry(tx, ctx, entryId);
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.draft'));
    if (entry.state !== 'draft')
      throw new DomainError('illegal_transition', '只有草稿可以添加附件；审查中的信息请先退回修改。');
    const sha256 = await putBlob(tx, ctx.config, file.bytes); // with its row (files/store.ts)
    const id = await insertAttachment(tx, {
      entryId,
      filename,
      mime: MIME[type],
      size: file.bytes.length,
      sha256,
      text,
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'catalogue.attachment_added',
      objectType: 'catalogue_entry',
      objectId: entryId,
      agencyId: entry.agencyId,
      summary: { indexNo: entry.indexNo, filename, type, readable: text !== null, sha256 },
    });
    await scanEntry(tx, ctx, (await findEntry(tx, ctx.writeScope, entryId))!);
    return { id, readable: text !== null };
  });
}
