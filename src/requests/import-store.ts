// SQL of the import of cases handled before the move: which 申请编号 are taken, each case written closed with its
// episode (表三's counting unit) and its steps, its import mark, and the episodes of imported cases for the report's
// marks.
import type { Db } from '../db/connect.ts';
import type { NewRequestRow } from './store.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto'>;

export async function takenNumbers(db: Q, numbers: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < numbers.length; i += 500) {
    const rows = await db
      .selectFrom('requests')
      .select('number')
      .where('number', 'in', numbers.slice(i, i + 500))
      .execute();
    for (const r of rows) out.add(r.number);
  }
  return out;
}

export type ClosedCase = {
  row: NewRequestRow;
  closedOn: string;
  steps: { type: string; stateAfter: NewRequestRow['state'] }[];
  actor: string;
  at: string;
  importId: number;
  line: number;
};

export async function insertClosedCase(db: Q, c: ClosedCase): Promise<number> {
  const r = await db.insertInto('requests').values(c.row).returning('id').executeTakeFirstOrThrow();
  const id = Number(r.id);
  await db
    .insertInto('request_episodes')
    .values({
      agency_id: c.row.agency_id,
      request_id: id,
      applicant_kind: c.row.applicant_kind,
      started_on: c.row.received_on,
      closed_on: c.closedOn,
      outcome: c.row.outcome,
    })
    .execute();
  await db
    .insertInto('request_events')
    .values(
      c.steps.map((s) => ({
        agency_id: c.row.agency_id,
        request_id: id,
        type: s.type,
        on_date: c.closedOn,
        at: c.at,
        actor: c.actor,
        state_after: s.stateAfter,
        data: JSON.stringify({ imported: true }),
      })),
    )
    .execute();
  await db.insertInto('imported_requests').values({ request_id: id, import_id: c.importId, line: c.line }).execute();
  return id;
}

/** The agency's imported episodes alive in the year, by applicant kind and outcome: the same predicate as 表三's. */
export async function importedEpisodeCounts(
  db: Pick<Db, 'selectFrom'>,
  agencyId: number,
  year: number,
): Promise<{ kind: string; outcome: string | null; startedOn: string; closedOn: string | null }[]> {
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const rows = await db
    .selectFrom('request_episodes as e')
    .innerJoin('imported_requests as i', 'i.request_id', 'e.request_id')
    .select(['e.applicant_kind', 'e.outcome', 'e.started_on', 'e.closed_on'])
    .where('e.agency_id', '=', agencyId)
    .where('e.started_on', '<=', end)
    .where((eb) => eb.or([eb('e.closed_on', 'is', null), eb('e.closed_on', '>=', start)]))
    .execute();
  return rows.map((r) => ({
    kind: r.applicant_kind,
    outcome: r.outcome,
    startedOn: r.started_on,
    closedOn: r.closed_on,
  }));
}
