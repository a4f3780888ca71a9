// The public catalogue's version per agency (bumped in the same transaction as any change to what the portal shows,
// so a cached public page is never served after the change), column owners, and the column-owner reminders of the
// column monitor (one per column and stale-after date, with a dashboard notice per recipient).
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('catalogue_public_versions')
    .addColumn('agency_id', 'integer', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .alterTable('catalogue_columns')
    .addColumn('owner_user_id', 'integer', (c) => c.references('users.id'))
    .execute();
  await idColumn(db, db.schema.createTable('column_reminders'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('column_id', 'integer', (c) => c.notNull().references('catalogue_columns.id'))
    .addColumn('stale_after', 'text', (c) => c.notNull())
    .addColumn('flag', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('column_reminders_period', ['column_id', 'stale_after'])
    .execute();
  await idColumn(db, db.schema.createTable('column_reminder_notices'))
    .addColumn('reminder_id', 'integer', (c) => c.notNull().references('column_reminders.id'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id'))
    .addColumn('seen_at', 'text')
    .execute();
  await db.schema
    .createIndex('column_reminder_notices_user')
    .on('column_reminder_notices')
    .columns(['user_id', 'seen_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('column_reminder_notices').execute();
  await db.schema.dropTable('column_reminders').execute();
  await db.schema.alterTable('catalogue_columns').dropColumn('owner_user_id').execute();
  await db.schema.dropTable('catalogue_public_versions').execute();
}
