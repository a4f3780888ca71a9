// SQL for the files an applicant or a clerk attaches to a case (申请书扫描件, 身份证明复印件).
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export type AttachmentRow = {
  id: number;
  kind: string;
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  storedAs: string;
};

export async function insertAttachment(
  tx: Q,
  a: {
    agencyId: number;
    requestId: number;
    kind: string;
    filename: string;
    mediaType: string;
    size: number;
    sha256: string;
    storedAs: string;
    now: string;
  },
): Promise<void> {
  await tx
    .insertInto('request_attachments')
    .values({
      agency_id: a.agencyId,
      request_id: a.requestId,
      kind: a.kind,
      filename: a.filename,
      media_type: a.mediaType,
      size: a.size,
      sha256: a.sha256,
      stored_as: a.storedAs,
      created_at: a.now,
    })
    .execute();
}

export async function listAttachments(db: Q, requestId: number): Promise<AttachmentRow[]> {
  const rows = await db
    .selectFrom('request_attachments')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    filename: r.filename,
    mediaType: r.media_type,
    size: Number(r.size),
    sha256: r.sha256,
    storedAs: r.stored_as,
  }));
}

export async function listAttachmentFiles(db: Q): Promise<string[]> {
  return (await db.selectFrom('request_attachments').select('stored_as').execute()).map((r) => r.stored_as);
}

/** The agency's cases received by `until`, with the day each ended (for 表三). */
