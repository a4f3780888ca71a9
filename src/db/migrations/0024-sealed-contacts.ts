// More personal data sealed at rest (privacy/seal.ts): the applicant's e-mail address on the case and on queued mail,
// the feedback box's name and contact. Values already stored in clear are sealed (and the clear columns emptied) at
// the next start, where the data key is known (db/keyed-upgrades.ts), which records each such step in data_upgrades.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('requests').addColumn('email_sealed', 'text').execute();
  await db.schema.alterTable('feedback').addColumn('name_sealed', 'text').execute();
  await db.schema.alterTable('feedback').addColumn('contact_sealed', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('recipient_sealed', 'text').execute();
  await db.schema
    .createTable('data_upgrades')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('done_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('data_upgrades').execute();
  await db.schema.alterTable('outbox').dropColumn('recipient_sealed').execute();
  await db.schema.alterTable('feedback').dropColumn('contact_sealed').execute();
  await db.schema.alterTable('feedback').dropColumn('name_sealed').execute();
  await db.schema.alterTable('requests').dropColumn('email_sealed').execute();
}
