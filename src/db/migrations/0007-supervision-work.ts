// 工作机制 (who is responsible, rules in force with versions), 工作考核 (assessment rounds over units, scoring
// sheets, results), and the year's 重点工作任务 from the parent's 分工 (条例第四十六条; reference report （五）).
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('responsibilities'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('duty', 'text', (c) => c.notNull())
    .addColumn('person', 'text', (c) => c.notNull())
    .addColumn('post', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('until', 'text')
    .execute();
  await idColumn(db, db.schema.createTable('rule_documents'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('series', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('doc_number', 'text')
    .addColumn('adopted_on', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('rule_documents_series_version', ['agency_id', 'series', 'version'])
    .execute();
  await idColumn(db, db.schema.createTable('assessment_rounds'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('use_annual', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('use_awards', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await idColumn(db, db.schema.createTable('assessment_results'))
    .addColumn('round_id', 'integer', (c) => c.notNull().references('assessment_rounds.id').onDelete('cascade'))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('total', 'real', (c) => c.notNull())
    .addColumn('note', 'text')
    .addUniqueConstraint('assessment_results_unit', ['round_id', 'unit'])
    .execute();
  await idColumn(db, db.schema.createTable('key_tasks'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('task', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('due_on', 'text', (c) => c.notNull())
    .addColumn('done_on', 'text')
    .addColumn('note', 'text')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['key_tasks', 'assessment_results', 'assessment_rounds', 'rule_documents', 'responsibilities'])
    await db.schema.dropTable(t).execute();
}
