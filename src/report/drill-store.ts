// SQL for the drill-down of 表二: the documents behind 规章/行政规范性文件 cells and the register records behind the
// decision and fee cells, with the same conditions as facts-store.ts's aggregates.
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom'>;

export async function drillDocuments(
  db: Q,
  agencyId: number,
  year: number,
  genre: 'rule' | 'normative',
  column: string,
): Promise<Array<{ id: number; indexNo: string; title: string; formedOn: string; repealedOn: string | null }>> {
  const start = `${year}-01-01`,
    end = `${year}-12-31`;
  let q = db
    .selectFrom('catalogue_entries')
    .select(['id', 'index_no', 'title', 'formed_on', 'repealed_on'])
    .where('agency_id', '=', agencyId)
    .where('state', '=', 'published')
    .where('genre', '=', genre);
  if (column === 'issued') q = q.where('formed_on', '>=', start).where('formed_on', '<=', end);
  else if (column === 'repealed')
    q = q.where('validity', '=', 'repealed').where('repealed_on', '>=', start).where('repealed_on', '<=', end);
  else
    q = q
      .where('formed_on', '<=', end)
      .where((eb) =>
        eb.or([eb('validity', '=', 'valid'), eb.and([eb('validity', '=', 'repealed'), eb('repealed_on', '>', end)])]),
      );
  const rows = await q.orderBy('formed_on').execute();
  return rows.map((r) => ({
    id: Number(r.id),
    indexNo: r.index_no,
    title: r.title,
    formedOn: r.formed_on,
    repealedOn: r.repealed_on,
  }));
}

export async function drillRegisters(
  db: Q,
  agencyId: number,
  year: number,
  kind: string,
): Promise<Array<{ id: number; count: number; amountFen: number; note: string; createdAt: string }>> {
  const rows = await db
    .selectFrom('catalogue_registers')
    .select(['id', 'count', 'amount_fen', 'note', 'created_at'])
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('kind', '=', kind)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    count: Number(r.count),
    amountFen: Number(r.amount_fen),
    note: r.note,
    createdAt: r.created_at,
  }));
}
