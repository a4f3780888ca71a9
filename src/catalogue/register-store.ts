// SQL for the Article 20 registers: the documents the catalogue holds, and the entered decision counts and fees.
import type { Db } from '../db/connect.ts';
import type { Genre, Validity } from './item.ts';
import type { DecisionKind, DecisionRow, RegisterDoc } from './registers.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto'>;

/** Published entries of the genres 表二 counts (规章, 行政规范性文件). */
export async function registerDocs(db: Q, agencyId: number): Promise<RegisterDoc[]> {
  const rows = await db.selectFrom('catalogue_entries').select(['genre', 'formed_on', 'validity', 'repealed_on']).where('agency_id', '=', agencyId).where('state', '=', 'published').where('genre', 'in', ['rule', 'normative']).execute();
  return rows.map((r) => ({ genre: r.genre as Genre, formedOn: r.formed_on, validity: r.validity as Validity, repealedOn: r.repealed_on }));
}

export async function listDecisions(db: Q, agencyId: number, year: number): Promise<Array<DecisionRow & { note: string; createdAt: string }>> {
  const rows = await db.selectFrom('catalogue_registers').select(['kind', 'count', 'amount_fen', 'note', 'created_at']).where('agency_id', '=', agencyId).where('year', '=', year).orderBy('id').execute();
  return rows.map((r) => ({ kind: r.kind as DecisionKind, count: Number(r.count), amountFen: Number(r.amount_fen), note: r.note, createdAt: r.created_at }));
}

export async function insertDecision(db: Q, d: { agencyId: number; year: number; kind: DecisionKind; count: number; amountFen: number; note: string; now: string }): Promise<void> {
  await db.insertInto('catalogue_registers').values({ agency_id: d.agencyId, year: d.year, kind: d.kind, count: d.count, amount_fen: d.amountFen, note: d.note, created_at: d.now }).execute();
}
