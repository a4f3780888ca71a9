// SQL for the notices a clerk gets when a calendar change moves an open case's due date.
import type { Db } from '../db/connect.ts';
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export async function insertDeadlineNotice(
  db: Q,
  n: { agencyId: number; requestId: number; year: number; oldDue: string | null; newDue: string | null; now: string },
): Promise<void> {
  await db
    .insertInto('deadline_notices')
    .values({
      agency_id: n.agencyId,
      request_id: n.requestId,
      year: n.year,
      old_due: n.oldDue,
      new_due: n.newDue,
      created_at: n.now,
    })
    .execute();
}

export type DeadlineNotice = {
  id: number;
  requestId: number;
  number: string;
  year: number;
  oldDue: string | null;
  newDue: string | null;
};

/** Unacknowledged due-date changes of the actor's agencies. */
export async function listDeadlineNotices(db: Q, scope: Scope): Promise<DeadlineNotice[]> {
  const rows = await db
    .selectFrom('deadline_notices')
    .innerJoin('requests', 'requests.id', 'deadline_notices.request_id')
    .select([
      'deadline_notices.id',
      'deadline_notices.request_id',
      'requests.number',
      'deadline_notices.year',
      'deadline_notices.old_due',
      'deadline_notices.new_due',
    ])
    .where(inScope(scope, 'deadline_notices.agency_id'))
    .where('deadline_notices.seen_at', 'is', null)
    .orderBy('deadline_notices.id')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    requestId: Number(r.request_id),
    number: r.number,
    year: Number(r.year),
    oldDue: r.old_due,
    newDue: r.new_due,
  }));
}

export async function acknowledgeDeadlineNotice(db: Q, scope: Scope, id: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable('deadline_notices')
    .set({ seen_at: now })
    .where('id', '=', id)
    .where(inScope(scope, 'deadline_notices.agency_id'))
    .where('seen_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
