// Opens Kysely on the embedded SQLite file (default) or on PostgreSQL when DATABASE_URL is set. Same queries on both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.ts';
import type { DB } from './tables.ts';

export type Dialect = 'sqlite' | 'postgres';
/** `sqlite` is the better-sqlite3 handle (for the online backup); absent on PostgreSQL. */
export type Db = Kysely<DB> & { readonly dialect: Dialect; readonly sqlite?: SQLite.Database };

// Dates are 'YYYY-MM-DD' text everywhere; keep pg from turning them into JS Dates (which shift a day), and
// give counts (bigint) and sums (numeric) back as numbers.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, Number);
pg.types.setTypeParser(1700, Number);

export function openDb(database: Config['database']): Db {
  if (database.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: database.url, max: 10 });
    // An idle connection closed by the server (restart, a database dropped WITH (FORCE) while the pool shuts down)
    // is emitted here; unhandled it would crash the process. The pool opens a fresh connection on next use.
    pool.on('error', () => {});
    return Object.assign(new Kysely<DB>({ dialect: new PostgresDialect({ pool }) }), { dialect: 'postgres' as const });
  }
  if (database.file !== ':memory:') mkdirSync(path.dirname(database.file), { recursive: true });
  const sqlite = new SQLite(database.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return Object.assign(new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) }), { dialect: 'sqlite' as const, sqlite });
}
