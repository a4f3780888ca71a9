// Opens Kysely on the embedded SQLite file (default) or on PostgreSQL when DATABASE_URL is set. Same queries on both.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import { GroupCommitSqliteDialect } from './group-commit.ts';
import { EarlyReleasePostgresDialect } from './postgres-commit.ts';
import { gongkaiClient } from './postgres-prepare.ts';
import type { DB } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';
/**
 * `sqlite` is the better-sqlite3 handle (for the online backup), `commits` the group commit's counters (physical
 * commits and the transactions they held); both absent on PostgreSQL, where `pool` is pg's pool (for the few
 * statements Kysely cannot send: several in one round trip).
 */
export type Db = Kysely<DB> & {
  readonly dialect: Dialect;
  readonly sqlite?: SQLite.Database;
  readonly commits?: { commits: number; transactions: number };
  readonly pool?: pg.Pool;
};

// Dates are 'YYYY-MM-DD' text everywhere; keep pg from turning them into JS Dates (which shift a day), and
// give counts (bigint) and sums (numeric) back as numbers.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, Number);
pg.types.setTypeParser(1700, Number);

export function openDb(database: Config['database']): Db {
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: database.url,
      max: 10,
      Client: gongkaiClient(database.prepare ?? true),
    });
    // An idle client whose connection the server ended (restart, failover, DROP DATABASE … WITH (FORCE)) emits 'error';
    // unhandled, that would crash the process. The pool drops the client and opens a new one on next use.
    pool.on('error', () => {});
    return Object.assign(new Kysely<DB>({ dialect: new EarlyReleasePostgresDialect({ pool }) }), {
      dialect: 'postgres' as const,
      pool,
    });
  }
  if (database.file !== ':memory:') ownerOnly(database.file);
  const sqlite = new SQLite(database.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Durable: every COMMIT fsyncs the WAL (NORMAL would survive a crash of the process, not of the machine). Commits of
  // transactions that queue together share one fsync (group-commit.ts).
  sqlite.pragma('synchronous = FULL');
  cacheStatements(sqlite);
  const dialect = new GroupCommitSqliteDialect(sqlite);
  const db = new Kysely<DB>({ dialect }); // Kysely makes the driver here
  return Object.assign(db, { dialect: 'sqlite' as const, sqlite, commits: dialect.driver!.stats });
}

/**
 * The data folder (0700) and the database file (0600) are the platform user's alone: they hold every case. SQLite
 * gives its -wal and -shm files the database file's mode. A file made by an older version is narrowed too.
 */
function ownerOnly(file: string): void {
  const dir = path.dirname(file);
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true, mode: 0o700 });
  if (!existsSync(file)) closeSync(openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, 0o600);
}

/**
 * Kysely prepares every query anew; on SQLite preparing costs more than running most of our queries. The same SQL text
 * (parameters are bound, never inlined) gets the same prepared statement back. Safe because Kysely runs a statement to
 * completion (`all`/`run`) before the next use, and SQLite re-prepares a statement by itself after a schema change.
 */
function cacheStatements(sqlite: SQLite.Database, max = 1000): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const cache = new Map<string, SQLite.Statement>();
  sqlite.prepare = ((source: string) => {
    let stmt = cache.get(source);
    if (!stmt) {
      stmt = prepare(source);
      if (cache.size >= max) cache.delete(cache.keys().next().value!);
      cache.set(source, stmt);
    }
    return stmt;
  }) as typeof sqlite.prepare;
}
