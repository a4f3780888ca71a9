// The audit chain becomes an HMAC under a key outside the database (audit/keys.ts). A log already holding rows of the
// plain SHA-256 chain is marked unkeyed here and re-chained at the next start, where the key is known (audit/upgrade.ts).
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_head').addColumn('keyed', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await sql`update audit_head set keyed = 1 where seq = 0`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_head').dropColumn('keyed').execute();
}
