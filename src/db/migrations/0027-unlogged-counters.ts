// On PostgreSQL the rate-limit counters and the per-address login failures are UNLOGGED: counting a request writes no
// WAL and waits for no flush (they are counted on every limited request, and are worth nothing after a crash, when
// PostgreSQL empties them). SQLite has no such tables; there the counts ride in the group commit (db/group-commit.ts).
import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { isPostgres } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table rate_limits set unlogged`.execute(db);
  await sql`alter table login_throttle set unlogged`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  await sql`alter table rate_limits set logged`.execute(db);
  await sql`alter table login_throttle set logged`.execute(db);
}
