// A zip of report files uploaded as one: its entries, each inflated under a hard budget (the zip guard's 64 MB in
// all, the reader's 16 MB per entry), whatever sizes the archive claims (files/zip.ts reads it). A lying or oversized
// archive is refused as a whole with a Chinese reason; an entry that cannot be taken out (encrypted, unknown
// compression) is listed, not fatal.
import { looksLikeZip, readZip } from '../files/zip.ts';
import { MAX_UNZIPPED_BYTES } from './parse/zip-guard.ts';
import { MAX_TEXT_BYTES } from './read-file.ts';

const MAX_ENTRIES = 500;
export type ZipEntry = { name: string; bytes: Buffer } | { name: string; error: string };
export type ZipResult = { ok: true; entries: ZipEntry[] } | { ok: false; error: string };

/** Folders, macOS litter and hidden files are not reports. */
const isReportEntry = (name: string) => !name.endsWith('/') && !/(^|\/)(__MACOSX|\.)/.test(name);

/** A zip archive that is not itself a Word document (which is a zip too, read as one report). */
export async function isZipArchive(bytes: Buffer): Promise<boolean> {
  if (!looksLikeZip(bytes)) return false;
  const r = await readZip(bytes, { maxEntries: Number.MAX_SAFE_INTEGER, maxTotal: 0, take: () => false });
  return !r.ok || !r.names.includes('word/document.xml'); // broken: expandZip says so
}

export async function expandZip(bytes: Buffer): Promise<ZipResult> {
  const r = await readZip(bytes, {
    maxEntries: MAX_ENTRIES,
    maxTotal: MAX_UNZIPPED_BYTES,
    maxEntry: MAX_TEXT_BYTES,
    take: isReportEntry,
  });
  if (!r.ok)
    return {
      ok: false,
      error: r.bomb
        ? `压缩包${r.error}；请分批上传`
        : r.error.startsWith('压缩文件内条目过多')
          ? `${r.error}，请分批上传`
          : 'ZIP 压缩包已损坏（目录不完整），请重新打包后上传',
    };
  return { ok: true, entries: r.items };
}
