// A fresh, migrated database per test file, on the engine under test: SQLite by default, PostgreSQL when
// DATABASE_URL is set (CI runs the whole suite both ways). Each PostgreSQL test database is created and dropped here.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Config, loadConfig } from '../src/config.ts';
import { type Db, openDb } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { outboxIdle } from '../src/outbox/runner.ts';

export type TestDb = { db: Db; config: Config; dataDir: string; env: NodeJS.ProcessEnv; close(): Promise<void> };

export const DIALECT = process.env.DATABASE_URL ? 'postgres' : 'sqlite';

export async function createTestDb(): Promise<TestDb> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-test-'));
  const env: NodeJS.ProcessEnv = {
    GONGKAI_DATA_DIR: dataDir,
    GONGKAI_SECRET: randomBytes(32).toString('hex'),
    PORT: '0',
  };
  // The suite runs on another day with GONGKAI_NOW (scripts/test.sh --now): the server, the CLI and the test read it.
  if (process.env.GONGKAI_NOW) env.GONGKAI_NOW = process.env.GONGKAI_NOW;
  let dropName: string | undefined;
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    dropName = `gk_t_${randomBytes(6).toString('hex')}`;
    await withAdmin(adminUrl, (c) => c.query(`create database ${dropName}`));
    const url = new URL(adminUrl);
    url.pathname = `/${dropName}`;
    env.DATABASE_URL = url.toString();
  }
  const config = loadConfig(env);
  const db = openDb(config.database);
  await migrate(db);
  return {
    db,
    config,
    dataDir,
    env,
    async close() {
      await outboxIdle(db); // a receipt e-mail still being sent in the background
      await db.destroy();
      if (adminUrl && dropName)
        await withAdmin(adminUrl, (c) => c.query(`drop database if exists ${dropName} with (force)`));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A new, empty PostgreSQL database beside the test ones (a restore's target), dropped by `drop`. */
export async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('PostgreSQL only');
  const name = `gk_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => withAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`)),
  };
}

async function withAdmin(url: string, fn: (c: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await fn(client);
  } finally {
    await client.end();
  }
}

/** A scratch SQLite file of its own (tests of the embedded engine itself: several processes, old data folders). */
export async function withSqliteFile(fn: (db: Db, file: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-sqlite-'));
  const file = path.join(dir, 'gongkai.db');
  const db = openDb({ kind: 'sqlite', file });
  try {
    await fn(db, file);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}
