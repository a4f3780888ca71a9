// SQL behind the annual report: one grouped aggregate per table, over one agency or a whole subtree (a roll-up), so a
// province's tables cost about what a hand-written aggregate costs. The callers check who may read what.
import { inSubtree } from '../auth/scope-store.ts';
import { type SqlBool, sql } from 'kysely';
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom'>;

/** Whose data: one agency, or every agency under a materialised path (the parent included). */
export type Subject = { agencyId: number } | { path: string };

const bounds = (year: number) => ({ start: `${year}-01-01`, end: `${year}-12-31` });

/** `column` belongs to the subject: a single agency, or any agency whose path starts with the subtree's. */
function whose(subject: Subject, column: string) {
  return 'agencyId' in subject
    ? sql<SqlBool>`${sql.ref(column)} = ${subject.agencyId}`
    : inSubtree(column, subject.path);
}

export type EpisodeGroup = { kind: string; result: string | null; received: number; carriedIn: number; count: number };

/**
 * 表三's raw counts: episodes alive in the year (started by its end, not closed before it began), grouped by applicant
 * kind and the outcome of those closed in the year (null: still open on 31 December → 结转下年度).
 */
export async function episodeCounts(db: Q, subject: Subject, year: number): Promise<EpisodeGroup[]> {
  const { start, end } = bounds(year);
  const result = sql<string | null>`case when closed_on <= ${end} then outcome end`;
  const rows = await db
    .selectFrom('request_episodes')
    .select([
      'applicant_kind',
      result.as('result'),
      sql<number>`sum(case when started_on >= ${start} then 1 else 0 end)`.as('received'),
      sql<number>`sum(case when started_on < ${start} then 1 else 0 end)`.as('carried_in'),
      sql<number>`count(*)`.as('n'),
    ])
    .where(whose(subject, 'request_episodes.agency_id'))
    .where('started_on', '<=', end)
    .where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>=', start)]))
    .groupBy([sql`1`, sql`2`]) // by position: PostgreSQL does not match the CASE with its own parameters
    .execute();
  return rows.map((r) => ({
    kind: r.applicant_kind,
    result: r.result,
    received: Number(r.received),
    carriedIn: Number(r.carried_in),
    count: Number(r.n),
  }));
}

export type EpisodeCase = {
  requestId: number;
  number: string;
  agencyCode: string;
  infoTitle: string;
  receivedOn: string;
  startedOn: string;
  closedOn: string | null;
  outcome: string | null;
  kind: string;
};

/** The cases behind 表三's cells: the same predicate as `episodeCounts`, one row per episode (drill-down). */
export async function episodeCases(db: Q, subject: Subject, year: number, limit: number): Promise<EpisodeCase[]> {
  const { start, end } = bounds(year);
  const rows = await db
    .selectFrom('request_episodes as e')
    .innerJoin('requests as r', 'r.id', 'e.request_id')
    .innerJoin('agencies as a', 'a.id', 'e.agency_id')
    .select([
      'e.request_id',
      'r.number',
      'a.code',
      'r.info_title',
      'r.received_on',
      'e.started_on',
      'e.closed_on',
      'e.outcome',
      'e.applicant_kind',
    ])
    .where(whose(subject, 'e.agency_id'))
    .where('e.started_on', '<=', end)
    .where((eb) => eb.or([eb('e.closed_on', 'is', null), eb('e.closed_on', '>=', start)]))
    .orderBy('e.started_on')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    requestId: Number(r.request_id),
    number: r.number,
    agencyCode: r.code,
    infoTitle: r.info_title,
    receivedOn: r.received_on,
    startedOn: r.started_on,
    closedOn: r.closed_on,
    outcome: r.outcome,
    kind: r.applicant_kind,
  }));
}

export type AppealFact = {
  id: number;
  agencyCode: string;
  kind: string;
  caseNumber: string | null;
  requestNumber: string | null;
  filedOn: string;
  decidedOn: string | null;
  decision: string | null;
};

/** 表四's raw material: cases filed by the year's end and not decided before it began. */
export async function appealFacts(db: Q, subject: Subject, year: number): Promise<AppealFact[]> {
  const { start, end } = bounds(year);
  const rows = await db
    .selectFrom('appeals as p')
    .innerJoin('agencies as a', 'a.id', 'p.agency_id')
    .select([
      'p.id',
      'a.code',
      'p.kind',
      'p.case_number',
      'p.request_number',
      'p.filed_on',
      'p.decided_on',
      'p.decision',
    ])
    .where(whose(subject, 'p.agency_id'))
    .where('p.filed_on', '<=', end)
    .where((eb) => eb.or([eb('p.decided_on', 'is', null), eb('p.decided_on', '>=', start)]))
    .orderBy('p.filed_on')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    agencyCode: r.code,
    kind: r.kind,
    caseNumber: r.case_number,
    requestNumber: r.request_number,
    filedOn: r.filed_on,
    decidedOn: r.decided_on,
    decision: r.decision,
  }));
}

export type DocumentCounts = Record<'rule' | 'normative', { issued: number; repealed: number; inForce: number }>;

/** 表二's 规章 and 行政规范性文件: published catalogue entries of those genres, by their dates and 有效性. */
export async function documentCounts(db: Q, subject: Subject, year: number): Promise<DocumentCounts> {
  const { start, end } = bounds(year);
  const rows = await db
    .selectFrom('catalogue_entries')
    .select([
      'genre',
      sql<number>`sum(case when formed_on >= ${start} and formed_on <= ${end} then 1 else 0 end)`.as('issued'),
      sql<number>`sum(case when validity = 'repealed' and repealed_on >= ${start} and repealed_on <= ${end} then 1 else 0 end)`.as(
        'repealed',
      ),
      sql<number>`sum(case when formed_on <= ${end} and (validity = 'valid' or (validity = 'repealed' and repealed_on > ${end})) then 1 else 0 end)`.as(
        'in_force',
      ),
    ])
    .where(whose(subject, 'catalogue_entries.agency_id'))
    .where('state', '=', 'published')
    .where('genre', 'in', ['rule', 'normative'])
    .groupBy('genre')
    .execute();
  const out: DocumentCounts = {
    rule: { issued: 0, repealed: 0, inForce: 0 },
    normative: { issued: 0, repealed: 0, inForce: 0 },
  };
  for (const r of rows)
    out[r.genre as 'rule' | 'normative'] = {
      issued: Number(r.issued),
      repealed: Number(r.repealed),
      inForce: Number(r.in_force),
    };
  return out;
}

/** 表二's entered registers: decision counts and fee amounts (分) of the year, by kind. */
export async function registerTotals(
  db: Q,
  subject: Subject,
  year: number,
): Promise<Array<{ kind: string; count: number; amountFen: number }>> {
  const rows = await db
    .selectFrom('catalogue_registers')
    .select(['kind', sql<number>`sum(count)`.as('n'), sql<number>`sum(amount_fen)`.as('fen')])
    .where(whose(subject, 'catalogue_registers.agency_id'))
    .where('year', '=', year)
    .groupBy('kind')
    .execute();
  return rows.map((r) => ({ kind: r.kind, count: Number(r.n), amountFen: Number(r.fen) }));
}

/** Items proactively published in the year (主动公开), by column and by month; withdrawn later still counts. */
export async function publicationCounts(
  db: Q,
  agencyId: number,
  year: number,
): Promise<Array<{ column: string; month: number; count: number }>> {
  const { start, end } = bounds(year);
  const rows = await db
    .selectFrom('catalogue_entries as e')
    .innerJoin('catalogue_columns as c', 'c.id', 'e.column_id')
    .select(['c.name', sql<string>`substr(e.published_on, 6, 2)`.as('month'), sql<number>`count(*)`.as('n')])
    .where('e.agency_id', '=', agencyId)
    .where('e.disclosure', '=', 'active')
    .where('e.state', 'in', ['published', 'withdrawn'])
    .where('e.published_on', '>=', start)
    .where('e.published_on', '<=', end)
    .groupBy([sql`1`, sql`2`])
    .execute();
  return rows.map((r) => ({ column: r.name, month: Number(r.month), count: Number(r.n) }));
}

export type PublishedItem = { id: number; indexNo: string; title: string; column: string; publishedOn: string };

/** The published items behind the 主动公开 figure (drill-down). */
export async function publishedItems(db: Q, agencyId: number, year: number, limit: number): Promise<PublishedItem[]> {
  const { start, end } = bounds(year);
  const rows = await db
    .selectFrom('catalogue_entries as e')
    .innerJoin('catalogue_columns as c', 'c.id', 'e.column_id')
    .select(['e.id', 'e.index_no', 'e.title', 'c.name', 'e.published_on'])
    .where('e.agency_id', '=', agencyId)
    .where('e.disclosure', '=', 'active')
    .where('e.state', 'in', ['published', 'withdrawn'])
    .where('e.published_on', '>=', start)
    .where('e.published_on', '<=', end)
    .orderBy('e.published_on')
    .orderBy('e.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    indexNo: r.index_no,
    title: r.title,
    column: r.name,
    publishedOn: r.published_on ?? '',
  }));
}

/** Posts of published items to the other channels (公众号, 公开栏, 广播) in the year. */
export async function channelPostCounts(
  db: Q,
  agencyId: number,
  year: number,
): Promise<Array<{ channel: string; count: number }>> {
  const { start } = bounds(year);
  const rows = await db
    .selectFrom('catalogue_channel_posts')
    .select(['channel', sql<number>`count(*)`.as('n')])
    .where('agency_id', '=', agencyId)
    .where('at', '>=', start)
    .where('at', '<', `${year + 1}-01-01`)
    .groupBy('channel')
    .execute();
  return rows.map((r) => ({ channel: r.channel, count: Number(r.n) }));
}

export async function mediaAccounts(
  db: Q,
  agencyId: number,
  year: number,
): Promise<Array<{ platform: string; name: string; followers: number; posts: number }>> {
  const rows = await db
    .selectFrom('media_accounts')
    .select(['platform', 'name', 'followers', 'posts'])
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    platform: r.platform,
    name: r.name,
    followers: Number(r.followers),
    posts: Number(r.posts),
  }));
}

export type WorkFacts = {
  trainings: Array<{ heldOn: string; topic: string; attendees: number | null }>;
  assessmentRounds: Array<{ title: string; units: number }>;
  keyTasks: { total: number; done: number };
  feedback: { received: number; replied: number };
  accountability: number;
};

/** Section 一 （五）监督保障: training, assessment, key tasks, the opinion box and accountability in the year. */
export async function workFacts(db: Q, agencyId: number, year: number): Promise<WorkFacts> {
  const { start, end } = bounds(year);
  const [trainings, rounds, tasks, feedback, accountability] = await Promise.all([
    db
      .selectFrom('trainings')
      .select(['held_on', 'topic', 'attendees'])
      .where('agency_id', '=', agencyId)
      .where('held_on', '>=', start)
      .where('held_on', '<=', end)
      .orderBy('held_on')
      .execute(),
    db
      .selectFrom('assessment_rounds as r')
      .select([
        'r.title',
        (eb) =>
          eb
            .selectFrom('assessment_results as x')
            .select(sql<number>`count(*)`.as('n'))
            .whereRef('x.round_id', '=', 'r.id')
            .as('units'),
      ])
      .where('r.agency_id', '=', agencyId)
      .where('r.year', '=', year)
      .orderBy('r.id')
      .execute(),
    db
      .selectFrom('key_tasks')
      .select([
        sql<number>`count(*)`.as('n'),
        sql<number>`sum(case when done_on is not null and done_on <= ${end} then 1 else 0 end)`.as('done'),
      ])
      .where('agency_id', '=', agencyId)
      .where('year', '=', year)
      .executeTakeFirst(),
    db
      .selectFrom('feedback')
      .select([
        sql<number>`count(*)`.as('n'),
        sql<number>`sum(case when status = 'replied' then 1 else 0 end)`.as('replied'),
      ])
      .where('agency_id', '=', agencyId)
      .where('received_on', '>=', start)
      .where('received_on', '<=', end)
      .executeTakeFirst(),
    db
      .selectFrom('accountability')
      .select(sql<number>`count(*)`.as('n'))
      .where('agency_id', '=', agencyId)
      .where('decided_on', '>=', start)
      .where('decided_on', '<=', end)
      .executeTakeFirst(),
  ]);
  return {
    trainings: trainings.map((t) => ({
      heldOn: t.held_on,
      topic: t.topic,
      attendees: t.attendees === null ? null : Number(t.attendees),
    })),
    assessmentRounds: rounds.map((r) => ({ title: r.title, units: Number(r.units ?? 0) })),
    keyTasks: { total: Number(tasks?.n ?? 0), done: Number(tasks?.done ?? 0) },
    feedback: { received: Number(feedback?.n ?? 0), replied: Number(feedback?.replied ?? 0) },
    accountability: Number(accountability?.n ?? 0),
  };
}

/** 信息处理费 collected in the year: fee notices whose payment was recorded in the year (元). */
export async function feesCollected(db: Q, agencyId: number, year: number): Promise<{ cases: number; yuan: number }> {
  const { start, end } = bounds(year);
  const paid = db
    .selectFrom('request_events as p')
    .select('p.request_id')
    .where('p.type', '=', 'fee_paid')
    .where('p.on_date', '>=', start)
    .where('p.on_date', '<=', end);
  const rows = await db
    .selectFrom('request_events as n')
    .select(['n.request_id', 'n.data'])
    .where('n.agency_id', '=', agencyId)
    .where('n.type', '=', 'fee_notice_sent')
    .where('n.request_id', 'in', paid)
    .orderBy('n.id')
    .execute();
  const last = new Map<number, number>();
  for (const r of rows) last.set(Number(r.request_id), Number((JSON.parse(r.data) as { amount?: number }).amount ?? 0));
  return { cases: last.size, yuan: [...last.values()].reduce((a, b) => a + b, 0) };
}

/** The subtree's agencies (roll-up listing), parent first. */
export async function subtreeAgencies(
  db: Q,
  path: string,
): Promise<Array<{ id: number; code: string; name: string; kind: string; path: string }>> {
  const rows = await db
    .selectFrom('agencies')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('path', 'like', `${path}%`)
    .orderBy('path')
    .execute();
  return rows.map((r) => ({ id: Number(r.id), code: r.code, name: r.name, kind: r.kind, path: r.path }));
}
