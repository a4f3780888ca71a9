// Before a DOCX (a zip) is opened: refuse a zip bomb — too many entries, entries that state or turn out to inflate to
// far more than any annual report — and anything that is not a Word document (files/zip.ts reads it).

import { MAX_INFLATED_BYTES, readZip } from '../../files/zip.ts';

export const MAX_UNZIPPED_BYTES = MAX_INFLATED_BYTES;
const MAX_ENTRIES = 5000;

export type ZipCheck = { ok: true } | { ok: false; error: string };

export async function checkDocxZip(bytes: Buffer): Promise<ZipCheck> {
  const r = await readZip(bytes, { maxEntries: MAX_ENTRIES, maxTotal: MAX_UNZIPPED_BYTES, keep: false });
  if (!r.ok) return { ok: false, error: r.bomb ? `压缩包${r.error}` : `${r.error}，请重新导出 Word 文件` };
  if (!r.names.includes('word/document.xml'))
    return { ok: false, error: '这是 ZIP 压缩包而不是 Word（.docx）文件；请解压后逐个检查其中的报告' };
  const broken = r.items.find((i) => 'error' in i);
  return broken && 'error' in broken ? { ok: false, error: `Word 文件${broken.error}` } : { ok: true };
}
