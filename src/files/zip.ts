// The one ZIP reader (on yauzl) for every ZIP that arrives from outside: DOCX and XLSX attachments, Word reports and
// zips of reports for the checker. Names, count and the sizes the archive states are checked before anything is
// inflated; an entry that inflates past the size it states (a "lying" zip bomb) is stopped by yauzl at that size, so
// no archive is ever inflated past its budget, nor held whole when only measured.
import yauzl from 'yauzl';

/** Any archive we read: nothing a government office sends inflates to more (an annual report is a few megabytes). */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;
const MB = 1024 * 1024;

export type ZipLimits = {
  /** More entries than this: refused whole, unread. */
  maxEntries: number;
  /** The stated sizes of the entries taken, summed; an entry inflating past its stated size is refused too. */
  maxTotal: number;
  /** One entry stated larger than this is listed with an error, not inflated. */
  maxEntry?: number;
  /** Which entries to inflate (by name); the others are only listed. Default: all. */
  take?: (name: string) => boolean;
  /** Keep the inflated bytes (default) or only measure them, a chunk at a time. */
  keep?: boolean;
};
export type ZipItem = { name: string; bytes: Buffer } | { name: string; error: string };
export type ZipRead = { ok: true; names: string[]; items: ZipItem[] } | { ok: false; error: string; bomb?: true };

export const ZIP_BOMB = (limit: number) => `解压后超过 ${limit / MB} MB（疑似压缩炸弹），不予读取`;
const BROKEN = 'ZIP 文件已损坏（目录不完整或找不到目录）';
const LYING = Symbol('lying');

/** A ZIP by its first bytes (a local file header). */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32BE(0) === 0x504b0304;
}

/** Lists the archive and inflates the entries `take` names within the limits; never throws. */
export async function readZip(bytes: Buffer, limits: ZipLimits): Promise<ZipRead> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, { decodeStrings: false, validateEntrySizes: true });
  } catch {
    return { ok: false, error: BROKEN };
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      return { ok: false, error: `压缩文件内条目过多（${zip.entryCount} 个，上限 ${limits.maxEntries} 个）` };
    const listed: Array<{ name: string; entry: yauzl.Entry }> = [];
    try {
      for await (const entry of zip.eachEntry()) listed.push({ name: entryName(entry), entry });
    } catch (err) {
      // A stored entry whose two stated sizes disagree states a size it does not hold: a bomb's trick.
      return /size mismatch/.test((err as Error).message)
        ? { ok: false, error: ZIP_BOMB(limits.maxTotal), bomb: true }
        : { ok: false, error: BROKEN };
    }
    const taken = listed.filter((e) => (limits.take ?? (() => true))(e.name));
    // Before inflating anything: what the archive says it holds.
    const stated = taken.reduce((sum, e) => sum + e.entry.uncompressedSize, 0);
    if (stated > limits.maxTotal) return { ok: false, error: ZIP_BOMB(limits.maxTotal), bomb: true };
    const items: ZipItem[] = [];
    for (const { name, entry } of taken) {
      const problem = entryProblem(entry, limits);
      if (problem) {
        items.push({ name, error: problem });
        continue;
      }
      const got = await inflate(zip, entry, limits.keep !== false);
      if (got === LYING) return { ok: false, error: ZIP_BOMB(limits.maxTotal), bomb: true };
      items.push(typeof got === 'string' ? { name, error: got } : { name, bytes: got });
    }
    return { ok: true, names: listed.map((e) => e.name), items };
  } finally {
    zip.close();
  }
}

/** Why an entry is not inflated, or undefined. */
function entryProblem(entry: yauzl.Entry, limits: ZipLimits): string | undefined {
  if (entry.isEncrypted()) return '文件已加密，无法读取；请去掉密码后重新打包';
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
    return '压缩方式不受支持，请用普通 ZIP（Deflate）格式重新打包';
  if (limits.maxEntry !== undefined && entry.uncompressedSize > limits.maxEntry)
    return `文件过大（超过 ${limits.maxEntry / MB} MB），年度报告不会这么大`;
  return undefined;
}

/** The entry's bytes (or an empty buffer when only measured); LYING when it inflates past its stated size. */
async function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, keep: boolean): Promise<Buffer | string | typeof LYING> {
  const chunks: Buffer[] = [];
  try {
    const stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream) if (keep) chunks.push(chunk as Buffer);
  } catch (err) {
    return /too many bytes/.test((err as Error).message) ? LYING : '压缩文件中该条目已损坏，无法解压';
  }
  return Buffer.concat(chunks);
}

/** Names are UTF-8 when flagged; Chinese Windows writes them in GBK without saying so. */
function entryName(entry: yauzl.Entry): string {
  const raw = entry.fileName as unknown as Buffer; // decodeStrings: false leaves the raw bytes
  if (entry.generalPurposeBitFlag & 0x800) return raw.toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder('gb18030').decode(raw);
  }
}

/** undefined when a DOCX or XLSX inflates within `limit` in all; else why not (in Chinese). Nothing is kept. */
export async function zipProblem(bytes: Buffer, limit = MAX_INFLATED_BYTES): Promise<string | undefined> {
  const r = await readZip(bytes, { maxEntries: 5000, maxTotal: limit, keep: false });
  if (!r.ok) return r.error;
  return r.items.map((i) => ('error' in i ? i.error : undefined)).find(Boolean);
}
