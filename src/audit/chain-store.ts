// The audit chain as stored: the head row (last seq and hash) and the append-only log.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { AuditLogTable } from '../db/tables.ts';

type Row = Omit<AuditLogTable, 'id'>;

/**
 * Advances the head's seq and returns it with the previous hash. Updating the head row first takes the write lock, so
 * concurrent appends from several processes serialise.
 */
export async function takeHead(tx: Pick<Db, 'updateTable'>): Promise<{ seq: number; hash: string }> {
  const head = await tx.updateTable('audit_head').set({ seq: sql`seq + 1` }).where('id', '=', 1).returning(['seq', 'hash']).executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

/** Appends the row and makes its hash the head's. */
export async function appendRow(tx: Pick<Db, 'updateTable' | 'insertInto'>, row: Row): Promise<void> {
  await tx.insertInto('audit_log').values(row).execute();
  await tx.updateTable('audit_head').set({ hash: row.hash }).where('id', '=', 1).execute();
}

/** Up to `limit` rows from `fromSeq` on, in order. */
export function chainBatch(db: Pick<Db, 'selectFrom'>, fromSeq: number, limit: number) {
  return db.selectFrom('audit_log').selectAll().where('seq', '>=', fromSeq).orderBy('seq').limit(limit).execute();
}

export function chainHead(db: Pick<Db, 'selectFrom'>) {
  return db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow();
}
