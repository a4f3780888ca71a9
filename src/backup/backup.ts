// `gongkai backup FILE`: one archive holding everything needed to bring the installation back: the database (an online,
// consistent copy: SQLite's backup API, or pg_dump's snapshot), the files of the data folder (on PostgreSQL the
// attachments are in the database already), the audit checkpoints, and the keys, or, with --without-keys, only their
// fingerprints and the statement that they are kept apart (restore then refuses until the same keys are configured).
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { checkpointFile, writeCheckpoint } from '../audit/checkpoint.ts';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { writeArchive } from './archive.ts';

export const MANIFEST = 'gongkai-backup.json';
export const KEYS = 'keys.json';
export const SQLITE_FILE = 'gongkai.db';
export const PG_DUMP = 'database.pgdump';
export const CHECKPOINTS = 'audit-checkpoints.jsonl';
/** What of the data folder goes in (besides the database): stored files, applicants' sealed attachments, sent mail. */
export const DATA_FOLDERS = ['files', 'attachments', 'outbox'] as const;

export type Manifest = {
  format: 'gongkai-backup/1';
  createdAt: string;
  engine: 'sqlite' | 'postgres';
  keys: 'included' | 'kept-apart';
  /** Enough to tell whether the configured keys are the backup's, nothing to rebuild them from. */
  fingerprints: { secret: string; dataKey: string };
};

export type Keys = { secret: string; dataKey: string; previousDataKeys: readonly string[] };

export const fingerprint = (kind: string, value: string) =>
  createHash('sha256').update(`gongkai-key-fingerprint:${kind}:${value}`).digest('hex').slice(0, 16);

export function fingerprintsOf(config: Pick<Config, 'secret' | 'dataKeys'>): Manifest['fingerprints'] {
  return { secret: fingerprint('secret', config.secret), dataKey: fingerprint('data', config.dataKeys.current) };
}

export async function makeBackup(
  db: Db,
  config: Config,
  file: string,
  o: { withKeys: boolean; now?: Date },
): Promise<Manifest> {
  const target = path.resolve(file);
  const stage = mkdtempSync(path.join(path.dirname(target), '.gongkai-backup-'));
  try {
    const now = o.now ?? new Date();
    // The checkpoints first, the database after: every checkpoint copied is then covered by the copied chain.
    await writeCheckpoint(db, config, now);
    if (existsSync(checkpointFile(config))) copyFileSync(checkpointFile(config), path.join(stage, CHECKPOINTS));
    if (db.sqlite) await db.sqlite.backup(path.join(stage, SQLITE_FILE));
    else
      await promisify(execFile)('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${path.join(stage, PG_DUMP)}`,
        (config.database as { url: string }).url,
      ]);
    const manifest: Manifest = {
      format: 'gongkai-backup/1',
      createdAt: now.toISOString(),
      engine: db.sqlite ? 'sqlite' : 'postgres',
      keys: o.withKeys ? 'included' : 'kept-apart',
      fingerprints: fingerprintsOf(config),
    };
    writeFileSync(path.join(stage, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    if (o.withKeys) {
      const keys: Keys = {
        secret: config.secret,
        dataKey: config.dataKeys.current,
        previousDataKeys: config.dataKeys.previous,
      };
      writeFileSync(path.join(stage, KEYS), `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
    }
    // The data folder's files are read after the database copy, so each file a copied row names is there (files/store.ts
    // writes a file before the commit naming it).
    await writeArchive(target, [
      { dir: stage, names: [MANIFEST, KEYS, SQLITE_FILE, PG_DUMP, CHECKPOINTS] },
      { dir: config.dataDir, names: DATA_FOLDERS },
    ]);
    return manifest;
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
