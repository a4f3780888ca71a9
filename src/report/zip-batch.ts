// A zip of report files uploaded as one: its entries, each inflated under a hard budget (the zip guard's 64 MB in
// all, the reader's 16 MB per entry), whatever sizes the archive claims. A lying or oversized archive is refused as a
// whole with a Chinese reason; an entry that cannot be taken out (encrypted, unknown compression) is listed, not fatal.
import { inflateRawSync } from 'node:zlib';
import { MAX_UNZIPPED_BYTES } from './parse/zip-guard.ts';
import { MAX_TEXT_BYTES } from './read-file.ts';

const MAX_ENTRIES = 500;
export type ZipEntry = { name: string; bytes: Buffer } | { name: string; error: string };
export type ZipResult = { ok: true; entries: ZipEntry[] } | { ok: false; error: string };

const BOMB = `压缩包解压后超过 ${MAX_UNZIPPED_BYTES / 1048576} MB（疑似压缩炸弹），不予读取；请分批上传`;
const BROKEN = 'ZIP 压缩包已损坏（目录不完整），请重新打包后上传';

/** A zip archive that is not itself a Word document (which is a zip too, read as one report). */
export function isZipArchive(bytes: Buffer): boolean {
  if (bytes.length < 4 || bytes.readUInt32BE(0) !== 0x504b0304) return false;
  const eocd = findEocd(bytes);
  if (eocd < 0) return true; // broken: expandZip says so
  let at = bytes.readUInt32LE(eocd + 16);
  for (let n = 0; n < Math.min(bytes.readUInt16LE(eocd + 10), MAX_ENTRIES); n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return true;
    const nameLength = bytes.readUInt16LE(at + 28);
    if (bytes.subarray(at + 46, at + 46 + nameLength).toString('latin1') === 'word/document.xml') return false;
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return true;
}

export function expandZip(bytes: Buffer): ZipResult {
  const eocd = findEocd(bytes);
  if (eocd < 0) return { ok: false, error: 'ZIP 压缩包已损坏（找不到目录），请重新打包后上传' };
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return { ok: false, error: '压缩包为 ZIP64 格式，请用普通 ZIP 格式重新打包' };
  if (count > MAX_ENTRIES) return { ok: false, error: `压缩包内文件过多（${count} 个，上限 ${MAX_ENTRIES} 个），请分批上传` };
  const entries: ZipEntry[] = [];
  let budget = MAX_UNZIPPED_BYTES;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return { ok: false, error: BROKEN };
    const flags = bytes.readUInt16LE(at + 8);
    const method = bytes.readUInt16LE(at + 10);
    const packed = bytes.readUInt32LE(at + 20);
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = entryName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
    if (name.endsWith('/') || /(^|\/)(__MACOSX|\.)/.test(name)) continue; // folders, macOS and hidden files
    if (size > budget) return { ok: false, error: BOMB };
    const taken = takeEntry(bytes, { flags, method, packed, size, local }, Math.min(budget, MAX_TEXT_BYTES));
    if (taken === 'bomb') return { ok: false, error: BOMB };
    if (typeof taken === 'string') entries.push({ name, error: taken });
    else {
      budget -= taken.length;
      entries.push({ name, bytes: taken });
    }
  }
  return { ok: true, entries };
}

function findEocd(bytes: Buffer): number {
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) if (bytes.readUInt32LE(i) === 0x06054b50) return i;
  return -1;
}

/** Names are UTF-8 when flagged; Chinese Windows writes them in GBK without saying so. */
function entryName(raw: Buffer, utf8: boolean): string {
  if (!utf8) {
    try { return new TextDecoder('utf-8', { fatal: true }).decode(raw); } catch { return new TextDecoder('gb18030').decode(raw); }
  }
  return raw.toString('utf8');
}

type Entry = { flags: number; method: number; packed: number; size: number; local: number };

function takeEntry(bytes: Buffer, e: Entry, limit: number): Buffer | string {
  if (e.flags & 1) return '文件已加密，无法读取；请去掉密码后重新打包';
  if (e.local + 30 > bytes.length || bytes.readUInt32LE(e.local) !== 0x04034b50) return '压缩包中该文件已损坏';
  const start = e.local + 30 + bytes.readUInt16LE(e.local + 26) + bytes.readUInt16LE(e.local + 28);
  const data = bytes.subarray(start, start + e.packed);
  if (data.length < e.packed) return '压缩包中该文件不完整';
  if (e.size > MAX_TEXT_BYTES) return `文件过大（超过 ${MAX_TEXT_BYTES / 1048576} MB），年度报告不会这么大`;
  if (e.method === 0) return Buffer.from(data);
  if (e.method !== 8) return '压缩方式不受支持，请用普通 ZIP（Deflate）格式重新打包';
  try {
    // The declared size may lie: the inflater itself stops at the budget.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (err) {
    return (err as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? 'bomb' : '压缩包中该文件已损坏，无法解压';
  }
}
