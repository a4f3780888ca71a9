// When a year's holiday arrangement is loaded or corrected, open cases whose due date moved are shown to their clerks.
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('deadline_notices'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('old_due', 'text')
    .addColumn('new_due', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('seen_at', 'text')
    .execute();
  await db.schema
    .createIndex('deadline_notices_agency')
    .on('deadline_notices')
    .columns(['agency_id', 'seen_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('deadline_notices').execute();
}
