// Attachments to an application (身份证明复印件, 委托书): the type is sniffed from the content (never trusted from the
// browser), the size is limited, and the content is sealed like other personal data before it is stored (in the
// database on PostgreSQL, in the data folder on SQLite: files/store.ts).
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import { invalidInput } from '../errors.ts';
import type { DB } from '../db/tables.ts';
import { downloadName } from '../files/safe-name.ts';
import { getFile, putFile, replaceFile } from '../files/store.ts';
import { sealer } from '../privacy/seal.ts';

export const ATTACHMENT_KINDS = {
  idCopy: '身份证明复印件',
  authorization: '授权委托书',
  scan: '申请书扫描件',
} as const;
export type AttachmentKind = keyof typeof ATTACHMENT_KINDS;
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;

export type Upload = { kind: AttachmentKind; filename: string; data: Buffer };
export type CheckedUpload = Upload & { mediaType: string; sha256: string };

// Magic numbers of the accepted types: PDF, JPEG, PNG.
const SNIFF: Array<[string, number[]]> = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
];

export function sniff(data: Buffer): string | undefined {
  return SNIFF.find(([, magic]) => magic.every((b, i) => data[i] === b))?.[0];
}

export function checkUploads(uploads: readonly Upload[]): CheckedUpload[] {
  const fields: Record<string, string> = {};
  const out: CheckedUpload[] = [];
  for (const u of uploads) {
    const mediaType = sniff(u.data);
    if (u.data.length > MAX_ATTACHMENT_BYTES)
      fields[u.kind] = `${ATTACHMENT_KINDS[u.kind]}不超过 5 MB，请压缩后重新上传`;
    else if (!mediaType) fields[u.kind] = `${ATTACHMENT_KINDS[u.kind]}只接受 PDF、JPG 或 PNG 文件`;
    else
      out.push({
        ...u,
        filename: downloadName(u.filename, mediaType),
        mediaType,
        sha256: createHash('sha256').update(u.data).digest('hex'),
      });
  }
  if (Object.keys(fields).length) throw invalidInput(`附件有误：${Object.values(fields).join('；')}`, fields);
  return out;
}

type Keys = Pick<Config, 'dataDir' | 'dataKeys' | 'secret'>;
const ref = (config: Keys, name: string) => ({ dataDir: config.dataDir, area: 'attachments' as const, name });

/** Stores the sealed content through the caller's transaction (files/store.ts); returns the stored name. */
export async function storeSealed(tx: Kysely<DB>, config: Keys, data: Buffer): Promise<string> {
  const name = `${randomBytes(16).toString('hex')}.sealed`;
  await putFile(tx, ref(config, name), Buffer.from(sealer(config).seal(data.toString('base64'))));
  return name;
}

export async function readSealed(db: Kysely<DB>, config: Keys, storedAs: string): Promise<Buffer> {
  return Buffer.from(sealer(config).open((await getFile(db, ref(config, storedAs))).toString('utf8')), 'base64');
}

/** Re-seals a stored file under the current key (key rotation); true when it changed. */
export async function resealFile(tx: Kysely<DB>, config: Keys, storedAs: string): Promise<boolean> {
  const s = sealer(config);
  const sealed = (await getFile(tx, ref(config, storedAs))).toString('utf8');
  if (s.isCurrent(sealed)) return false;
  await replaceFile(tx, ref(config, storedAs), Buffer.from(s.seal(s.open(sealed))));
  return true;
}
