// Blobs: content-addressed (sha256), written once, through the file store of the engine (store.ts): in the database
// on PostgreSQL, synced files in the data folder on SQLite. Written by the transaction that names them.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/tables.ts';
import { getFile, putFile } from './store.ts';

export async function putBlob(tx: Kysely<DB>, config: Pick<Config, 'dataDir'>, bytes: Buffer): Promise<string> {
  const sha = createHash('sha256').update(bytes).digest('hex');
  await putFile(tx, { dataDir: config.dataDir, area: 'files', name: sha }, bytes, { once: true });
  return sha;
}

export function getBlob(db: Kysely<DB>, config: Pick<Config, 'dataDir'>, sha256: string): Promise<Buffer> {
  return getFile(db, { dataDir: config.dataDir, area: 'files', name: sha256 });
}
