// SQL for reports uploaded to the checker. Scoped: an upload is seen by its uploader's agency (and, read-only, by
// supervisors above it); anyone else gets "not found".
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';
import type { Report } from './model.ts';

type Q = Pick<Db, 'selectFrom'>;

/** `stored`: its bytes are kept as a blob (so it can be checked again); `parent`: checked against the rest of its batch. */
export type UploadRow = {
  agencyId: number;
  batch: string;
  filename: string;
  subject: string;
  sha256: string;
  size: number;
  report: Report;
  error: string | null;
  uploadedBy: number | null;
  createdAt: string;
  stored: boolean;
  parent: boolean;
};
export type Upload = UploadRow & { id: number };

export async function insertUploads(tx: Pick<Db, 'insertInto'>, rows: readonly UploadRow[]): Promise<number[]> {
  const ids: number[] = [];
  for (const r of rows) {
    const row = await tx
      .insertInto('report_uploads')
      .values({
        agency_id: r.agencyId,
        batch: r.batch,
        filename: r.filename,
        subject: r.subject,
        sha256: r.sha256,
        size: r.size,
        report_json: JSON.stringify(r.report),
        error: r.error,
        uploaded_by: r.uploadedBy,
        created_at: r.createdAt,
        stored: r.stored ? 1 : 0,
        is_parent: r.parent ? 1 : 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(Number(row.id));
  }
  return ids;
}

type Raw = {
  id: number;
  agency_id: number;
  batch: string;
  filename: string;
  subject: string;
  sha256: string;
  size: number;
  report_json: string;
  error: string | null;
  uploaded_by: number | null;
  created_at: string;
  stored: number;
  is_parent: number;
};
const present = (r: Raw): Upload => ({
  id: Number(r.id),
  agencyId: Number(r.agency_id),
  batch: r.batch,
  filename: r.filename,
  subject: r.subject,
  sha256: r.sha256,
  size: Number(r.size),
  report: JSON.parse(r.report_json) as Report,
  error: r.error,
  uploadedBy: r.uploaded_by === null ? null : Number(r.uploaded_by),
  createdAt: r.created_at,
  stored: Number(r.stored) === 1,
  parent: Number(r.is_parent) === 1,
});

export async function findUpload(db: Q, scope: Scope, id: number): Promise<Upload | undefined> {
  const r = await db
    .selectFrom('report_uploads')
    .selectAll()
    .where('id', '=', id)
    .where(inScope(scope, 'report_uploads.agency_id'))
    .executeTakeFirst();
  return r ? present(r) : undefined;
}

export async function listBatch(db: Q, scope: Scope, batch: string): Promise<Upload[]> {
  const rows = await db
    .selectFrom('report_uploads')
    .selectAll()
    .where('batch', '=', batch)
    .where(inScope(scope, 'report_uploads.agency_id'))
    .orderBy('id')
    .execute();
  return rows.map(present);
}

export type BatchSummary = {
  batch: string;
  agencyId: number;
  agencyName: string;
  files: number;
  unread: number;
  createdAt: string;
};

/** The most recent batches visible to the actor, newest first. */
export async function listBatches(db: Q, scope: Scope, limit = 50): Promise<BatchSummary[]> {
  const rows = await db
    .selectFrom('report_uploads')
    .innerJoin('agencies', 'agencies.id', 'report_uploads.agency_id')
    .select((eb) => [
      'report_uploads.batch',
      'report_uploads.agency_id',
      'agencies.name',
      eb.fn.countAll<number>().as('files'),
      eb.fn.count<number>('report_uploads.error').as('unread'),
      eb.fn.max('report_uploads.created_at').as('created_at'),
      eb.fn.max('report_uploads.id').as('last_id'),
    ])
    .where(inScope(scope, 'report_uploads.agency_id'))
    .groupBy(['report_uploads.batch', 'report_uploads.agency_id', 'agencies.name'])
    .orderBy('created_at', 'desc')
    .orderBy('last_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    batch: r.batch,
    agencyId: Number(r.agency_id),
    agencyName: r.name,
    files: Number(r.files),
    unread: Number(r.unread),
    createdAt: String(r.created_at),
  }));
}
