// SQL for the Article 20 registers: the documents the catalogue holds, and the entered decision counts and fees.
import type { Db } from '../db/connect.ts';
import type { DecisionKind, DecisionRow } from './registers.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto'>;

export async function listDecisions(
  db: Q,
  agencyId: number,
  year: number,
): Promise<Array<DecisionRow & { note: string; createdAt: string }>> {
  const rows = await db
    .selectFrom('catalogue_registers')
    .select(['kind', 'count', 'amount_fen', 'note', 'created_at'])
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    kind: r.kind as DecisionKind,
    count: Number(r.count),
    amountFen: Number(r.amount_fen),
    note: r.note,
    createdAt: r.created_at,
  }));
}

export async function insertDecision(
  db: Q,
  d: {
    agencyId: number;
    year: number;
    kind: DecisionKind;
    count: number;
    amountFen: number;
    note: string;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('catalogue_registers')
    .values({
      agency_id: d.agencyId,
      year: d.year,
      kind: d.kind,
      count: d.count,
      amount_fen: d.amountFen,
      note: d.note,
      created_at: d.now,
    })
    .execute();
}
