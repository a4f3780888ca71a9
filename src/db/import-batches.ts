// The record of one import of a file (catalogue entries or 依申请公开 cases brought from an old site): its rows are marked
// with its id by their room's store.
import type { Db } from './connect.ts';

type Q = Pick<Db, 'insertInto'>;

export type NewImportBatch = {
  agencyId: number;
  kind: 'catalogue' | 'requests';
  filename: string;
  sha256: string;
  rows: number;
  actorName: string;
  now: string;
};

export async function insertImportBatch(db: Q, b: NewImportBatch): Promise<number> {
  const row = await db
    .insertInto('import_batches')
    .values({
      agency_id: b.agencyId,
      kind: b.kind,
      filename: b.filename,
      sha256: b.sha256,
      rows: b.rows,
      actor_name: b.actorName,
      created_at: b.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}
