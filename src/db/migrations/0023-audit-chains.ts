// The audit log becomes one chain per agency (chain 0: changes of no agency), each link an HMAC under a key outside the
// database (audit/keys.ts). One chain for everything made every change of the province wait for the one head row to be
// committed; now only changes of the same agency do. `audit_chains` holds each chain's head; a row's place is
// (chain, chain_seq), and `seq` stays the log's overall order, assigned without a shared row. A log holding rows of the
// former single SHA-256 chain is marked unkeyed and re-chained at the next start, where the key is known (upgrade.ts).
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('audit_chains')
    .addColumn('chain', 'integer', (c) => c.primaryKey()) // the agency's id, 0 for changes of no agency
    .addColumn('seq', 'integer', (c) => c.notNull()) // the chain's last position
    .addColumn('hash', 'text', (c) => c.notNull()) // the hash of the row at that position
    .execute();
  await db.schema.alterTable('audit_log').addColumn('chain', 'integer').execute();
  await db.schema.alterTable('audit_log').addColumn('chain_seq', 'integer').execute();
  await db.schema.createIndex('audit_log_chain').on('audit_log').columns(['chain', 'chain_seq']).unique().execute();
  await db.schema
    .alterTable('audit_head')
    .addColumn('keyed', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await sql`update audit_head set keyed = 1 where seq = 0`.execute(db);
  if (isPostgres(db)) {
    // SQLite numbers an INTEGER PRIMARY KEY by itself; PostgreSQL needs a sequence (no row lock, no wait).
    await sql`create sequence audit_log_seq owned by audit_log.seq`.execute(db);
    await sql`select setval('audit_log_seq', (select coalesce(max(seq), 0) + 1 from audit_log), false)`.execute(db);
    await sql`alter table audit_log alter column seq set default nextval('audit_log_seq')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db))
    await sql`alter table audit_log alter column seq drop default; drop sequence audit_log_seq`.execute(db);
  await db.schema.alterTable('audit_head').dropColumn('keyed').execute();
  await db.schema.dropIndex('audit_log_chain').execute();
  await db.schema.alterTable('audit_log').dropColumn('chain_seq').execute();
  await db.schema.alterTable('audit_log').dropColumn('chain').execute();
  await db.schema.dropTable('audit_chains').execute();
}
