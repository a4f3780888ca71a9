// The back office's way to bring attachments along: the import sheet and its attachments in one ZIP. The first .xlsx
// or .csv in the archive (the shallowest) is the sheet; attachment paths are relative to its folder.
import { invalidInput } from '../errors.ts';
import { MAX_INFLATED_BYTES, readZip } from '../files/zip.ts';
import type { ImportSource } from './import-entries.ts';

const SHEET = /\.(xlsx|csv)$/i;

export async function sourceOfZip(bytes: Buffer): Promise<ImportSource> {
  const r = await readZip(bytes, {
    maxEntries: 20_000,
    maxTotal: MAX_INFLATED_BYTES,
    maxEntry: 20 * 1024 * 1024,
    take: (name) => !name.endsWith('/') && !/(^|\/)(__MACOSX|\.)/.test(name),
  });
  if (!r.ok) throw invalidInput(`ZIP 压缩包无法读取：${r.error}`);
  const files = new Map<string, Buffer>();
  for (const item of r.items) if ('bytes' in item) files.set(item.name, item.bytes);
  const sheet = [...files.keys()]
    .filter((n) => SHEET.test(n))
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b))[0];
  if (!sheet) throw invalidInput('ZIP 压缩包中没有 .xlsx 或 .csv 表格。');
  const dir = sheet.includes('/') ? sheet.slice(0, sheet.lastIndexOf('/') + 1) : '';
  return {
    filename: sheet.split('/').pop()!,
    bytes: files.get(sheet)!,
    attachment: async (path) => files.get(`${dir}${path.replace(/\\/g, '/').replace(/^\.\//, '')}`),
  };
}
