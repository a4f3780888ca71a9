// Where files live, by engine. PostgreSQL: in the database, in chunks of bytea, written by the caller's transaction, so
// a file exists exactly when the row naming it does, every app machine reads it, and pg_dump holds it. SQLite (one
// machine): a file in the data folder, written to a temporary name, synced, renamed and its folder synced, all before
// the caller's transaction commits the row that names it; a rolled-back transaction leaves at most an unnamed file.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { isPostgres } from '../db/migrations/portable.ts';
import type { DB } from '../db/tables.ts';

/** `files`: content-addressed blobs (name = sha256); `attachments`: applicants' sealed attachments (random names). */
export type Area = 'files' | 'attachments';
type Ref = { dataDir: string; area: Area; name: string };

const CHUNK = 1024 * 1024;
const NAMES: Record<Area, RegExp> = { files: /^[0-9a-f]{64}$/, attachments: /^[0-9a-f]{32}\.sealed$/ };

function keyOf(r: Ref): string {
  if (!NAMES[r.area].test(r.name)) throw new Error(`bad file name ${r.area}/${r.name}`);
  return `${r.area}/${r.name}`;
}

/** On SQLite, the file's path in the data folder (blobs fan out over 256 folders by their first two hex digits). */
export function filePath(r: Ref): string {
  keyOf(r);
  return r.area === 'files'
    ? path.join(r.dataDir, 'files', r.name.slice(0, 2), r.name)
    : path.join(r.dataDir, 'attachments', r.name);
}

/** Stores the bytes under the name; `once`: content-addressed, so a name already stored is left as it is. */
export async function putFile(
  tx: Kysely<DB>,
  r: Ref,
  bytes: Buffer,
  o: { once?: boolean; now?: string } = {},
): Promise<void> {
  const key = keyOf(r);
  if (isPostgres(tx)) {
    const row = { key, size: bytes.length, created_at: o.now ?? new Date().toISOString() };
    const inserted = o.once
      ? await tx
          .insertInto('stored_files')
          .values(row)
          .onConflict((oc) => oc.column('key').doNothing())
          .returning('key')
          .executeTakeFirst()
      : await tx.insertInto('stored_files').values(row).returning('key').executeTakeFirst();
    if (inserted) await insertChunks(tx, key, bytes);
    return;
  }
  const file = filePath(r);
  if (o.once && existsSync(file)) return;
  writeDurably(file, bytes);
}

/** Replaces what is stored under the name (key rotation re-seals an attachment). */
export async function replaceFile(tx: Kysely<DB>, r: Ref, bytes: Buffer): Promise<void> {
  const key = keyOf(r);
  if (isPostgres(tx)) {
    await tx.deleteFrom('stored_file_chunks').where('key', '=', key).execute();
    await tx.updateTable('stored_files').set({ size: bytes.length }).where('key', '=', key).execute();
    await insertChunks(tx, key, bytes);
    return;
  }
  writeDurably(filePath(r), bytes);
}

export async function getFile(db: Kysely<DB>, r: Ref): Promise<Buffer> {
  const key = keyOf(r);
  if (!isPostgres(db)) return readFileSync(filePath(r));
  const chunks = await db.selectFrom('stored_file_chunks').select('data').where('key', '=', key).orderBy('n').execute();
  if (!chunks.length) throw new Error(`file ${key} is not stored`);
  return Buffer.concat(chunks.map((c) => c.data));
}

async function insertChunks(tx: Kysely<DB>, key: string, bytes: Buffer): Promise<void> {
  for (let n = 0, at = 0; at < bytes.length || n === 0; n++, at += CHUNK) {
    await tx
      .insertInto('stored_file_chunks')
      .values({ key, n, data: bytes.subarray(at, at + CHUNK) })
      .execute();
  }
}

/** Written whole or not at all, and on disk (file and folder entry) before the caller goes on to commit. */
function writeDurably(file: string, bytes: Buffer): void {
  const dir = path.dirname(file);
  const made = mkdirSync(dir, { recursive: true, mode: 0o700 }); // the first folder it had to make, if any
  const tmp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  syncFolder(dir);
  // Folders made just now are entries of their parents: synced too, up to the first one that existed.
  for (let d = dir; made && d !== path.dirname(made); d = path.dirname(d)) syncFolder(path.dirname(d));
}

function syncFolder(dir: string): void {
  const d = openSync(dir, 'r');
  try {
    fsyncSync(d);
  } finally {
    closeSync(d);
  }
}
