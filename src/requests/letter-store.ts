// SQL for the letters issued on a case (告知书, 答复书 …) and their yearly numbering.
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export type LetterRow = { id: number; kind: string; issuedOn: string; content: Record<string, unknown> };

export async function insertLetter(
  tx: Q,
  l: {
    agencyId: number;
    requestId: number;
    kind: string;
    issuedOn: string;
    content: Record<string, unknown>;
    now: string;
  },
): Promise<number> {
  const r = await tx
    .insertInto('request_letters')
    .values({
      agency_id: l.agencyId,
      request_id: l.requestId,
      kind: l.kind,
      issued_on: l.issuedOn,
      content: JSON.stringify(l.content),
      created_at: l.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(r.id);
}

/** Letters the agency issued in `year`, for the serial of the next one's 发文字号. */
export async function countAgencyLetters(db: Q, agencyId: number, year: number): Promise<number> {
  const r = await db
    .selectFrom('request_letters')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('agency_id', '=', agencyId)
    .where('issued_on', '>=', `${year}-01-01`)
    .where('issued_on', '<=', `${year}-12-31`)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function listLetters(db: Q, requestId: number): Promise<LetterRow[]> {
  const rows = await db
    .selectFrom('request_letters')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    kind: r.kind,
    issuedOn: r.issued_on,
    content: JSON.parse(r.content) as Record<string, unknown>,
  }));
}

/** One letter by its id (the outbox attaches it when the mail leaves; the mail was queued in the case's scope). */
export async function findLetterById(db: Q, id: number): Promise<LetterRow | undefined> {
  const r = await db.selectFrom('request_letters').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    r && {
      id: Number(r.id),
      kind: r.kind,
      issuedOn: r.issued_on,
      content: JSON.parse(r.content) as Record<string, unknown>,
    }
  );
}
