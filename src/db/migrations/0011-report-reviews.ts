// The report checker's storage: a human's decision on a finding (kept across re-runs by its fingerprint), shared by
// uploaded reports and built annual reports, and the reports a supervisor or clerk uploaded to be checked.
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('report_finding_reviews'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('actor_name', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addUniqueConstraint('report_finding_reviews_unique', ['agency_id', 'subject', 'fingerprint'])
    .execute();

  await idColumn(db, db.schema.createTable('report_uploads'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('batch', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('report_json', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('stored', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('is_parent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('uploaded_by', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_uploads_batch').on('report_uploads').columns(['agency_id', 'batch']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('report_uploads').execute();
  await db.schema.dropTable('report_finding_reviews').execute();
}
