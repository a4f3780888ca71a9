// The report checker's batches as jobs: an upload stores its files and a queued job in one transaction and answers at
// once; a background run reads and checks the files, counting its progress on the job, and stores the results under
// the job's batch. A job whose run died (its lease ran out) is taken up again by the next run.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('checker_jobs')
    .addColumn('batch', 'text', (c) => c.primaryKey())
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('kind', 'text', (c) => c.notNull()) // uploaded | rechecked
    .addColumn('from_batch', 'text')
    .addColumn('requested_by', 'integer', (c) => c.references('users.id'))
    .addColumn('state', 'text', (c) => c.notNull()) // queued | running | done | failed
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('lease_until', 'text')
    .execute();
  await db.schema.createIndex('checker_jobs_open').on('checker_jobs').columns(['state', 'lease_until']).execute();
  await db.schema.createIndex('checker_jobs_agency').on('checker_jobs').columns(['agency_id', 'created_at']).execute();
  await db.schema
    .createTable('checker_job_files')
    .addColumn('batch', 'text', (c) => c.notNull().references('checker_jobs.batch'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('stored', 'integer', (c) => c.notNull()) // 1: its bytes are a blob under sha256
    .addColumn('unreadable', 'text') // why it could not be read before checking (too large, a broken zip entry)
    .addColumn('is_parent', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('checker_job_files_pk', ['batch', 'seq'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('checker_job_files').execute();
  await db.schema.dropTable('checker_jobs').execute();
}
