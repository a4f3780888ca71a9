// SQL for the sealed personal data of cases: key rotation re-seals it, the upgrade seals what was stored in clear.
import type { Db } from '../db/connect.ts';
import type { RequestTable } from '../db/tables.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

/** The columns of a case that hold sealed values (key rotation re-seals each). */
export const SEALED_COLUMNS = [
  'id_number_sealed',
  'phone_sealed',
  'address_sealed',
  'receipt_sealed',
  'email_sealed',
] as const;

export type SealedColumns = Pick<RequestTable, (typeof SEALED_COLUMNS)[number]>;

/** Every sealed column of every case, for key rotation. */
export async function listSealed(db: Q): Promise<Array<SealedColumns & { id: number }>> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', ...SEALED_COLUMNS])
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, id: Number(r.id) }));
}

export async function setSealed(tx: Q, id: number, set: SealedColumns): Promise<void> {
  await tx.updateTable('requests').set(set).where('id', '=', id).execute();
}

/** Cases still holding an e-mail address in clear (before 0024), a batch at a time, for sealing at upgrade. */
export async function listClearEmails(db: Q, limit: number): Promise<Array<{ id: number; email: string }>> {
  const rows = await db
    .selectFrom('requests')
    .select(['id', 'email'])
    .where('email', 'is not', null)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: Number(r.id), email: r.email! }));
}

export async function sealEmail(db: Q, id: number, emailSealed: string): Promise<void> {
  await db.updateTable('requests').set({ email: null, email_sealed: emailSealed }).where('id', '=', id).execute();
}
