// SQL for the outbox: messages queued in the same transaction as the change that causes them, sent after commit.
// A message's dedupe_key is unique, so a receipt or a reminder can never be queued (hence sent) twice.
import { type Scope, inScope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export type OutboxMessage = { id: number; recipient: string; subject: string; body: string; dedupeKey: string };

/** Queues a message; false when one with the same key was already queued. */
export async function enqueue(tx: Q, m: { agencyId: number; dedupeKey: string; recipient: string; subject: string; body: string; now: string }): Promise<boolean> {
  const r = await tx.insertInto('outbox')
    .values({ agency_id: m.agencyId, dedupe_key: m.dedupeKey, recipient: m.recipient, subject: m.subject, body: m.body, created_at: m.now })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listUnsent(db: Q, limit = 50): Promise<OutboxMessage[]> {
  const rows = await db.selectFrom('outbox').select(['id', 'recipient', 'subject', 'body', 'dedupe_key']).where('sent_at', 'is', null).where('attempts', '<', 5).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: Number(r.id), recipient: r.recipient, subject: r.subject, body: r.body, dedupeKey: r.dedupe_key }));
}

/** Claims a message for sending: only one sender wins, so a message is never sent twice. */
export async function claim(db: Q, id: number, now: string): Promise<boolean> {
  const r = await db.updateTable('outbox').set({ sent_at: now }).where('id', '=', id).where('sent_at', 'is', null).executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function release(db: Q, id: number, error: string): Promise<void> {
  await db.updateTable('outbox').set((eb) => ({ sent_at: null, last_error: error, attempts: eb('attempts', '+', 1) })).where('id', '=', id).execute();
}

export async function outboxCounts(db: Q, scope: Scope): Promise<{ queued: number; sent: number }> {
  const rows = await db.selectFrom('outbox').select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.count<number>('sent_at').as('sent')])
    .where(inScope(scope, 'outbox.agency_id')).executeTakeFirstOrThrow();
  return { queued: Number(rows.n) - Number(rows.sent), sent: Number(rows.sent) };
}
