// Moving in from an old site: each import of a file is a batch (who, when, which file, how many rows); the catalogue
// entries and the 依申请公开 cases it brought keep a mark pointing at their batch, so the portal can say an entry was
// imported and the annual report can say which of 表三's figures include cases handled before the move.
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('import_batches'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('rows', 'integer', (c) => c.notNull())
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('imported_entries')
    .addColumn('entry_id', 'integer', (c) => c.primaryKey().references('catalogue_entries.id'))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('imported_requests')
    .addColumn('request_id', 'integer', (c) => c.primaryKey().references('requests.id'))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('import_batches.id'))
    .addColumn('line', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('imported_requests').execute();
  await db.schema.dropTable('imported_entries').execute();
  await db.schema.dropTable('import_batches').execute();
}
