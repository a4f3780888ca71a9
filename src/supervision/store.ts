// SQL for supervision records: trainings (条例第四十八条) and accountability (条例第四十六条). Scoped to the actor.
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto'>;

export type Training = {
  id: number;
  agencyId: number;
  heldOn: string;
  topic: string;
  organiser: string;
  attendees: number | null;
  attendeeUnits: string;
};
export type Accountability = {
  id: number;
  agencyId: number;
  decidedOn: string;
  person: string;
  matter: string;
  outcome: string;
};

export async function insertTraining(db: Q, t: Omit<Training, 'id'> & { now: string }): Promise<number> {
  const r = await db
    .insertInto('trainings')
    .values({
      agency_id: t.agencyId,
      held_on: t.heldOn,
      topic: t.topic,
      organiser: t.organiser,
      attendees: t.attendees,
      attendee_units: t.attendeeUnits,
      created_at: t.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function listTrainings(db: Q, scope: Scope, agencyId: number, year?: number): Promise<Training[]> {
  let q = db
    .selectFrom('trainings')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'trainings.agency_id'));
  if (year) q = q.where('held_on', '>=', `${year}-01-01`).where('held_on', '<=', `${year}-12-31`);
  const rows = await q.orderBy('held_on', 'desc').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    heldOn: r.held_on,
    topic: r.topic,
    organiser: r.organiser,
    attendees: r.attendees === null ? null : Number(r.attendees),
    attendeeUnits: r.attendee_units,
  }));
}

export async function insertAccountability(db: Q, a: Omit<Accountability, 'id'> & { now: string }): Promise<number> {
  const r = await db
    .insertInto('accountability')
    .values({
      agency_id: a.agencyId,
      decided_on: a.decidedOn,
      person: a.person,
      matter: a.matter,
      outcome: a.outcome,
      created_at: a.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function listAccountability(
  db: Q,
  scope: Scope,
  agencyId: number,
  year?: number,
): Promise<Accountability[]> {
  let q = db
    .selectFrom('accountability')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'accountability.agency_id'));
  if (year) q = q.where('decided_on', '>=', `${year}-01-01`).where('decided_on', '<=', `${year}-12-31`);
  const rows = await q.orderBy('decided_on', 'desc').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    decidedOn: r.decided_on,
    person: r.person,
    matter: r.matter,
    outcome: r.outcome,
  }));
}

// ---- 工作机制: responsibilities and rules in force

export const DUTIES = ['principal', 'in_charge', 'office', 'contact'] as const;
export type Duty = (typeof DUTIES)[number];
export type Responsibility = {
  id: number;
  duty: Duty;
  person: string;
  post: string;
  since: string;
  until: string | null;
};
export type RuleDocument = {
  id: number;
  series: string;
  version: number;
  title: string;
  docNumber: string | null;
  adoptedOn: string;
  summary: string;
};

export async function insertResponsibility(
  db: Q,
  agencyId: number,
  r: Omit<Responsibility, 'id' | 'until'>,
): Promise<number> {
  return Number(
    (
      await db
        .insertInto('responsibilities')
        .values({ agency_id: agencyId, duty: r.duty, person: r.person, post: r.post, since: r.since })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
}

/** The previous holder of the same duty stops the day the new one starts. */
export async function endResponsibilities(
  db: Pick<Db, 'updateTable'>,
  agencyId: number,
  duty: Duty,
  until: string,
): Promise<void> {
  await db
    .updateTable('responsibilities')
    .set({ until })
    .where('agency_id', '=', agencyId)
    .where('duty', '=', duty)
    .where('until', 'is', null)
    .execute();
}

export async function listResponsibilities(db: Q, scope: Scope, agencyId: number): Promise<Responsibility[]> {
  const rows = await db
    .selectFrom('responsibilities')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'responsibilities.agency_id'))
    .orderBy('since', 'desc')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    duty: r.duty as Duty,
    person: r.person,
    post: r.post,
    since: r.since,
    until: r.until,
  }));
}

export async function nextRuleVersion(db: Q, agencyId: number, series: string): Promise<number> {
  const r = await db
    .selectFrom('rule_documents')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('agency_id', '=', agencyId)
    .where('series', '=', series)
    .executeTakeFirst();
  return Number(r?.v ?? 0) + 1;
}

export async function insertRuleDocument(
  db: Q,
  agencyId: number,
  d: Omit<RuleDocument, 'id'> & { now: string },
): Promise<number> {
  const r = await db
    .insertInto('rule_documents')
    .values({
      agency_id: agencyId,
      series: d.series,
      version: d.version,
      title: d.title,
      doc_number: d.docNumber,
      adopted_on: d.adoptedOn,
      summary: d.summary,
      created_at: d.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function listRuleDocuments(db: Q, scope: Scope, agencyId: number): Promise<RuleDocument[]> {
  const rows = await db
    .selectFrom('rule_documents')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'rule_documents.agency_id'))
    .orderBy('series')
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    series: r.series,
    version: Number(r.version),
    title: r.title,
    docNumber: r.doc_number,
    adoptedOn: r.adopted_on,
    summary: r.summary,
  }));
}

// ---- 工作考核: rounds and results

export type AssessmentRound = {
  id: number;
  agencyId: number;
  year: number;
  title: string;
  useAnnual: boolean;
  useAwards: boolean;
  items: Array<{ name: string; points: number }>;
};
export type AssessmentResult = { unit: string; scores: number[]; total: number; note: string | null };

export async function insertRound(db: Q, r: Omit<AssessmentRound, 'id'> & { now: string }): Promise<number> {
  return Number(
    (
      await db
        .insertInto('assessment_rounds')
        .values({
          agency_id: r.agencyId,
          year: r.year,
          title: r.title,
          use_annual: r.useAnnual ? 1 : 0,
          use_awards: r.useAwards ? 1 : 0,
          items: JSON.stringify(r.items),
          created_at: r.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
}

export async function findRound(db: Q, scope: Scope, id: number): Promise<AssessmentRound | undefined> {
  const r = await db
    .selectFrom('assessment_rounds')
    .selectAll()
    .where('id', '=', id)
    .where(inScope(scope, 'assessment_rounds.agency_id'))
    .executeTakeFirst();
  return (
    r && {
      id: Number(r.id),
      agencyId: Number(r.agency_id),
      year: Number(r.year),
      title: r.title,
      useAnnual: Number(r.use_annual) === 1,
      useAwards: Number(r.use_awards) === 1,
      items: JSON.parse(r.items),
    }
  );
}

export async function listRounds(
  db: Q,
  scope: Scope,
  agencyId: number,
): Promise<Array<AssessmentRound & { units: number }>> {
  const rows = await db
    .selectFrom('assessment_rounds')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'assessment_rounds.agency_id'))
    .orderBy('year', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const counts = rows.length
    ? await db
        .selectFrom('assessment_results')
        .select(['round_id', (eb) => eb.fn.countAll().as('n')])
        .where(
          'round_id',
          'in',
          rows.map((r) => r.id),
        )
        .groupBy('round_id')
        .execute()
    : [];
  return rows.map((r) => ({
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    year: Number(r.year),
    title: r.title,
    useAnnual: Number(r.use_annual) === 1,
    useAwards: Number(r.use_awards) === 1,
    items: JSON.parse(r.items),
    units: Number(counts.find((c) => Number(c.round_id) === Number(r.id))?.n ?? 0),
  }));
}

/** One result per unit and round: scoring a unit again replaces its earlier scores. */
export async function upsertResult(
  db: Pick<Db, 'deleteFrom' | 'insertInto'>,
  roundId: number,
  r: AssessmentResult,
): Promise<void> {
  await db.deleteFrom('assessment_results').where('round_id', '=', roundId).where('unit', '=', r.unit).execute();
  await db
    .insertInto('assessment_results')
    .values({ round_id: roundId, unit: r.unit, scores: JSON.stringify(r.scores), total: r.total, note: r.note })
    .execute();
}

export async function listResults(db: Q, roundId: number): Promise<AssessmentResult[]> {
  const rows = await db
    .selectFrom('assessment_results')
    .selectAll()
    .where('round_id', '=', roundId)
    .orderBy('total', 'desc')
    .orderBy('unit')
    .execute();
  return rows.map((r) => ({ unit: r.unit, scores: JSON.parse(r.scores), total: Number(r.total), note: r.note }));
}

// ---- 重点工作任务

export type KeyTask = {
  id: number;
  agencyId: number;
  year: number;
  source: string;
  task: string;
  owner: string;
  dueOn: string;
  doneOn: string | null;
  note: string | null;
};

export async function insertKeyTask(db: Q, t: Omit<KeyTask, 'id' | 'doneOn' | 'note'>): Promise<number> {
  return Number(
    (
      await db
        .insertInto('key_tasks')
        .values({
          agency_id: t.agencyId,
          year: t.year,
          source: t.source,
          task: t.task,
          owner: t.owner,
          due_on: t.dueOn,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id,
  );
}

export async function findKeyTask(db: Q, scope: Scope, id: number): Promise<KeyTask | undefined> {
  const r = await db
    .selectFrom('key_tasks')
    .selectAll()
    .where('id', '=', id)
    .where(inScope(scope, 'key_tasks.agency_id'))
    .executeTakeFirst();
  return (
    r && {
      id: Number(r.id),
      agencyId: Number(r.agency_id),
      year: Number(r.year),
      source: r.source,
      task: r.task,
      owner: r.owner,
      dueOn: r.due_on,
      doneOn: r.done_on,
      note: r.note,
    }
  );
}

export async function completeKeyTask(
  db: Pick<Db, 'updateTable'>,
  id: number,
  doneOn: string,
  note: string | null,
): Promise<void> {
  await db.updateTable('key_tasks').set({ done_on: doneOn, note }).where('id', '=', id).execute();
}

export async function listKeyTasks(db: Q, scope: Scope, agencyId: number, year?: number): Promise<KeyTask[]> {
  let q = db
    .selectFrom('key_tasks')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'key_tasks.agency_id'));
  if (year) q = q.where('year', '=', year);
  const rows = await q.orderBy('due_on').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    year: Number(r.year),
    source: r.source,
    task: r.task,
    owner: r.owner,
    dueOn: r.due_on,
    doneOn: r.done_on,
    note: r.note,
  }));
}
