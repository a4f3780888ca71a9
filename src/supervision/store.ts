// SQL for supervision records: trainings (条例第四十八条) and accountability (条例第四十六条). Scoped to the actor.
import { inScope, type Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto'>;

export type Training = { id: number; agencyId: number; heldOn: string; topic: string; organiser: string; attendees: number | null; attendeeUnits: string };
export type Accountability = { id: number; agencyId: number; decidedOn: string; person: string; matter: string; outcome: string };

export async function insertTraining(db: Q, t: Omit<Training, 'id'> & { now: string }): Promise<number> {
  const r = await db.insertInto('trainings').values({ agency_id: t.agencyId, held_on: t.heldOn, topic: t.topic, organiser: t.organiser, attendees: t.attendees, attendee_units: t.attendeeUnits, created_at: t.now }).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function listTrainings(db: Q, scope: Scope, agencyId: number, year?: number): Promise<Training[]> {
  let q = db.selectFrom('trainings').selectAll().where('agency_id', '=', agencyId).where(inScope(scope, 'trainings.agency_id'));
  if (year) q = q.where('held_on', '>=', `${year}-01-01`).where('held_on', '<=', `${year}-12-31`);
  const rows = await q.orderBy('held_on', 'desc').execute();
  return rows.map((r) => ({ id: Number(r.id), agencyId: Number(r.agency_id), heldOn: r.held_on, topic: r.topic, organiser: r.organiser, attendees: r.attendees === null ? null : Number(r.attendees), attendeeUnits: r.attendee_units }));
}

export async function insertAccountability(db: Q, a: Omit<Accountability, 'id'> & { now: string }): Promise<number> {
  const r = await db.insertInto('accountability').values({ agency_id: a.agencyId, decided_on: a.decidedOn, person: a.person, matter: a.matter, outcome: a.outcome, created_at: a.now }).returning('id').executeTakeFirstOrThrow();
  return Number(r.id);
}

export async function listAccountability(db: Q, scope: Scope, agencyId: number, year?: number): Promise<Accountability[]> {
  let q = db.selectFrom('accountability').selectAll().where('agency_id', '=', agencyId).where(inScope(scope, 'accountability.agency_id'));
  if (year) q = q.where('decided_on', '>=', `${year}-01-01`).where('decided_on', '<=', `${year}-12-31`);
  const rows = await q.orderBy('decided_on', 'desc').execute();
  return rows.map((r) => ({ id: Number(r.id), agencyId: Number(r.agency_id), decidedOn: r.decided_on, person: r.person, matter: r.matter, outcome: r.outcome }));
}
