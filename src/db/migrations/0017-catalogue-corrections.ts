// A correction of a published catalogue entry is drafted as an entry of its own that goes through the same review
// (先审后发, 保密审查) as a new one and replaces the public version only when it is published: `corrects_id` points at
// the published entry it corrects, `correction_reason` says why.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('catalogue_entries')
    .addColumn('corrects_id', 'integer', (c) => c.references('catalogue_entries.id'))
    .execute();
  await db.schema.alterTable('catalogue_entries').addColumn('correction_reason', 'text').execute();
  await db.schema
    .createIndex('catalogue_entries_corrects')
    .on('catalogue_entries')
    .columns(['corrects_id', 'state'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('catalogue_entries_corrects').execute();
  await db.schema.alterTable('catalogue_entries').dropColumn('correction_reason').execute();
  await db.schema.alterTable('catalogue_entries').dropColumn('corrects_id').execute();
}
