// Before a DOCX (a zip) is opened: read its central directory and refuse a zip bomb — too many entries, or entries
// that claim to inflate to far more than any annual report — and anything that is not a Word document.

export const MAX_UNZIPPED_BYTES = 64 * 1024 * 1024;
const MAX_ENTRIES = 5000;

export type ZipCheck = { ok: true } | { ok: false; error: string };

export function checkDocxZip(bytes: Buffer): ZipCheck {
  const from = Math.max(0, bytes.length - 65557);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) if (bytes.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) return { ok: false, error: 'ZIP 文件已损坏（找不到目录），请重新导出 Word 文件' };
  const entries = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff || entries > MAX_ENTRIES) return { ok: false, error: '压缩包条目过多或为 ZIP64 格式，不像年度报告的 Word 文件' };
  let total = 0;
  let hasDocument = false;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return { ok: false, error: 'ZIP 文件已损坏（目录不完整），请重新导出 Word 文件' };
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    if (name === 'word/document.xml') hasDocument = true;
    total += size;
    if (size === 0xffffffff || total > MAX_UNZIPPED_BYTES) {
      return { ok: false, error: `压缩包解压后超过 ${MAX_UNZIPPED_BYTES / 1048576} MB（疑似压缩炸弹），不予读取` };
    }
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return hasDocument ? { ok: true } : { ok: false, error: '这是 ZIP 压缩包而不是 Word（.docx）文件；请解压后逐个检查其中的报告' };
}
