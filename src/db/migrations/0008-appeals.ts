// 行政复议 and 行政诉讼 cases about the agency's disclosure work: the cases behind 表四.
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('appeals'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('procedure', 'text', (c) => c.notNull())
    .addColumn('follows_id', 'integer', (c) => c.references('appeals.id'))
    .addColumn('request_number', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('case_number', 'text')
    .addColumn('applicant', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'text', (c) => c.notNull())
    .addColumn('accepted_on', 'text')
    .addColumn('copy_received_on', 'text')
    .addColumn('answered_on', 'text')
    .addColumn('extended_days', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('decided_on', 'text')
    .addColumn('decision', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('appeals_agency').on('appeals').columns(['agency_id', 'filed_on']).execute();
  await idColumn(db, db.schema.createTable('appeal_documents'))
    .addColumn('appeal_id', 'integer', (c) => c.notNull().references('appeals.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('dated', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('file_sha256', 'text')
    .addColumn('file_name', 'text')
    .addColumn('file_type', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('appeal_documents').execute();
  await db.schema.dropTable('appeals').execute();
}
