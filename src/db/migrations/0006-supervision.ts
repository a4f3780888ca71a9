// 社会评议 (the public feedback box), training and accountability records (条例第四十六条、第四十八条).
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('feedback'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('submit_key', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text')
    .addColumn('contact', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('wants_public', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('reply_due', 'text', (c) => c.notNull())
    .addColumn('reply', 'text')
    .addColumn('replied_at', 'text')
    .addColumn('replied_by', 'integer')
    .addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('feedback_agency').on('feedback').columns(['agency_id', 'status', 'reply_due']).execute();

  await idColumn(db, db.schema.createTable('trainings'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('held_on', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('organiser', 'text', (c) => c.notNull())
    .addColumn('attendees', 'integer')
    .addColumn('attendee_units', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trainings_agency').on('trainings').columns(['agency_id', 'held_on']).execute();

  await idColumn(db, db.schema.createTable('accountability'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('decided_on', 'text', (c) => c.notNull())
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('matter', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('accountability_agency')
    .on('accountability')
    .columns(['agency_id', 'decided_on'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['accountability', 'trainings', 'feedback']) await db.schema.dropTable(t).execute();
}
