// The annual report's storage. `request_episodes` is 表三's fact table: one row per time a case is handled — from its
// receipt (or its reopening after a 复议/诉讼 decision corrected the reply) to its closing with one outcome — so a
// year's table is one grouped aggregate, for one agency or a province. `annual_reports` holds each agency's report per
// year: the texts only people know, the frozen snapshot, and publication.
import type { Kysely } from 'kysely';
import { idColumn } from './portable.ts';

/** Closing events and the outcome each sets by itself (a reply records the outcome chosen, in its data). */
const CLOSING: Record<string, string | null> = {
  replied: null,
  withdrawn: 'withdrawn',
  correction_lapsed: 'no_correction',
  fee_lapsed: 'unpaid_fee',
};

export async function up(db: Kysely<any>): Promise<void> {
  await idColumn(db, db.schema.createTable('request_episodes'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('request_id', 'integer', (c) => c.notNull().references('requests.id'))
    .addColumn('applicant_kind', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('closed_on', 'text')
    .addColumn('outcome', 'text')
    .execute();
  await db.schema
    .createIndex('request_episodes_agency')
    .on('request_episodes')
    .columns(['agency_id', 'started_on'])
    .execute();
  await db.schema
    .createIndex('request_episodes_request')
    .on('request_episodes')
    .columns(['request_id', 'closed_on'])
    .execute();
  await backfill(db);

  await idColumn(db, db.schema.createTable('annual_reports'))
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text')
    .addColumn('snapshot_at', 'text')
    .addColumn('frozen_by', 'text')
    .addColumn('justification', 'text')
    .addColumn('published_at', 'text')
    .addColumn('published_by', 'text')
    .addColumn('entry_id', 'integer')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('annual_reports_agency_year', ['agency_id', 'year'])
    .execute();
}

/** Episodes of the cases already held, folded from their event history. */
async function backfill(db: Kysely<any>): Promise<void> {
  const requests = await db
    .selectFrom('requests')
    .select(['id', 'agency_id', 'applicant_kind', 'received_on', 'outcome'])
    .orderBy('id')
    .execute();
  for (const r of requests) {
    const events = await db
      .selectFrom('request_events')
      .select(['type', 'on_date', 'data'])
      .where('request_id', '=', r.id)
      .orderBy('id')
      .execute();
    const episodes: { started: string; closed: string | null; outcome: string | null }[] = [
      { started: r.received_on, closed: null, outcome: null },
    ];
    for (const e of events) {
      const open = episodes[episodes.length - 1]!;
      if (e.type in CLOSING && open.closed === null) {
        open.closed = e.on_date;
        open.outcome = CLOSING[e.type] ?? (JSON.parse(e.data) as { outcome?: string }).outcome ?? r.outcome ?? 'other';
      }
      if (e.type === 'reopened') episodes.push({ started: e.on_date, closed: null, outcome: null });
    }
    for (const ep of episodes) {
      await db
        .insertInto('request_episodes')
        .values({
          agency_id: r.agency_id,
          request_id: r.id,
          applicant_kind: r.applicant_kind,
          started_on: ep.started,
          closed_on: ep.closed,
          outcome: ep.outcome,
        })
        .execute();
    }
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('annual_reports').execute();
  await db.schema.dropTable('request_episodes').execute();
}
