// 标准目录 items linked to the catalogue entries that fulfil them (an entry may fulfil several items, an item have many
// entries); the column monitor reports an item none of whose linked entries is published and in force.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('standard_item_entries')
    .addColumn('item_id', 'integer', (c) => c.notNull().references('standard_items.id'))
    .addColumn('entry_id', 'integer', (c) => c.notNull().references('catalogue_entries.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addPrimaryKeyConstraint('standard_item_entries_pk', ['item_id', 'entry_id'])
    .execute();
  await db.schema.createIndex('standard_item_entries_entry').on('standard_item_entries').column('entry_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('standard_item_entries').execute();
}
