// A retried application is recognised by its nonce *and* its content: `submit_fingerprint` is a keyed hash of what
// was submitted, `receipt_sealed` the random 查询码 sealed like personal data, shown again only to the same content.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('submit_fingerprint', 'text').execute();
  await db.schema.alterTable('requests').addColumn('receipt_sealed', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').dropColumn('receipt_sealed').execute();
  await db.schema.alterTable('requests').dropColumn('submit_fingerprint').execute();
}
