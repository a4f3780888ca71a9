// SQL for the outbox: messages queued in the same transaction as the change that causes them, sent after commit.
// A message's dedupe_key is unique, so a receipt or a reminder can never be queued (hence sent) twice. Delivery
// state: queued → sending (claimed by one sender) → sent; a failed attempt goes back to queued with its error, its
// attempt count and a later next_attempt_at; after MAX_ATTEMPTS it stays failed, visible on the dashboard.
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

/** `recipientSealed`: an applicant's whole address, sealed (privacy/seal.ts); `recipient` is what lists show. */
export type OutboxMessage = {
  id: number;
  recipient: string;
  recipientSealed: string | null;
  subject: string;
  body: string;
  dedupeKey: string;
  /** What to attach when it is sent (outbox/attachments.ts renders it). */
  attachment: AttachmentRef | null;
};
/** A document attached to a message, named rather than stored: a letter of a case, whose snapshot is kept. */
export type AttachmentRef = { kind: 'letter'; id: number };
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed';

/** A message to queue. An applicant's address comes sealed (`recipientSealed`) with its masked form as `recipient`; a
 * staff recipient's label needs no sealing. */
export type NewMessage = {
  agencyId: number;
  dedupeKey: string;
  recipient: string;
  recipientSealed?: string | null;
  subject: string;
  body: string;
  now: string;
  attachment?: AttachmentRef;
};

/** Queues a message; false when one with the same key was already queued. */
export async function enqueue(tx: Q, m: NewMessage): Promise<boolean> {
  const r = await queueInsert(tx, m).executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The statement that queues `m` (once per key): run alone, or as part of a larger statement (requests/store.ts). */
export function queueInsert(tx: Pick<Db, 'insertInto'>, m: NewMessage) {
  return tx
    .insertInto('outbox')
    .values({
      agency_id: m.agencyId,
      dedupe_key: m.dedupeKey,
      recipient: m.recipient,
      recipient_sealed: m.recipientSealed ?? null,
      subject: m.subject,
      body: m.body,
      created_at: m.now,
      attachment: m.attachment ? JSON.stringify(m.attachment) : null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing());
}

/** Messages due for an attempt: queued and past their backoff, or claimed by a sender that never finished. */
export async function listDue(db: Q, now: string, staleBefore: string, limit = 50): Promise<OutboxMessage[]> {
  const rows = await db
    .selectFrom('outbox')
    .select(['id', 'recipient', 'recipient_sealed', 'subject', 'body', 'dedupe_key', 'attachment'])
    .where((eb) =>
      eb.or([
        eb.and([
          eb('state', '=', 'queued'),
          eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', now)]),
        ]),
        eb.and([eb('state', '=', 'sending'), eb('claimed_at', '<', staleBefore)]),
      ]),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    recipient: r.recipient,
    recipientSealed: r.recipient_sealed,
    subject: r.subject,
    body: r.body,
    dedupeKey: r.dedupe_key,
    attachment: r.attachment ? (JSON.parse(r.attachment) as AttachmentRef) : null,
  }));
}

/** Claims a batch for sending, in one write: only one sender wins each message, so none is sent twice by two
 * processes. Returns the ids this sender won. */
export async function claimAll(db: Q, ids: readonly number[], now: string, staleBefore: string): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const rows = await db
    .updateTable('outbox')
    .set({ state: 'sending', claimed_at: now })
    .where('id', 'in', [...ids])
    .where((eb) =>
      eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'sending'), eb('claimed_at', '<', staleBefore)])]),
    )
    .returning('id')
    .execute();
  return new Set(rows.map((r) => Number(r.id)));
}

export async function markSent(db: Q, ids: number | readonly number[], now: string): Promise<void> {
  const list = typeof ids === 'number' ? [ids] : [...ids];
  if (!list.length) return;
  await db
    .updateTable('outbox')
    .set((eb) => ({
      state: 'sent',
      sent_at: now,
      attempts: eb('attempts', '+', 1),
      last_error: null,
      next_attempt_at: null,
    }))
    .where('id', 'in', list)
    .execute();
}

/** Records a failed attempt: back to queued until `nextAttemptAt`, or failed for good when `final`. */
export async function markFailed(
  db: Q,
  id: number,
  f: { error: string; nextAttemptAt: string; final: boolean },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set((eb) => ({
      state: f.final ? 'failed' : 'queued',
      claimed_at: null,
      last_error: f.error.slice(0, 500),
      next_attempt_at: f.final ? null : f.nextAttemptAt,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', id)
    .execute();
}

export async function attemptsOf(db: Q, id: number): Promise<number> {
  const r = await db.selectFrom('outbox').select('attempts').where('id', '=', id).executeTakeFirst();
  return Number(r?.attempts ?? 0);
}

export type OutboxRow = {
  id: number;
  recipient: string;
  subject: string;
  state: OutboxState;
  attempts: number;
  lastError: string | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
};

/** One message by its dedupe key, within the scope (for the dashboard and tests). */
export async function findByKey(db: Q, scope: Scope, dedupeKey: string): Promise<OutboxRow | undefined> {
  const r = await db
    .selectFrom('outbox')
    .select(['id', 'recipient', 'subject', 'state', 'attempts', 'last_error', 'sent_at', 'next_attempt_at'])
    .where('dedupe_key', '=', dedupeKey)
    .where(inScope(scope, 'outbox.agency_id'))
    .executeTakeFirst();
  return (
    r && {
      id: Number(r.id),
      recipient: r.recipient,
      subject: r.subject,
      state: r.state as OutboxState,
      attempts: Number(r.attempts),
      lastError: r.last_error,
      sentAt: r.sent_at,
      nextAttemptAt: r.next_attempt_at,
    }
  );
}

/** Messages not delivered yet that a clerk should see: failed for good, or queued again after a failed attempt. */
export async function listUndelivered(
  db: Q,
  scope: Scope,
  limit = 200,
): Promise<(OutboxRow & { createdAt: string })[]> {
  const rows = await db
    .selectFrom('outbox')
    .select([
      'id',
      'recipient',
      'subject',
      'state',
      'attempts',
      'last_error',
      'sent_at',
      'next_attempt_at',
      'created_at',
    ])
    .where(inScope(scope, 'outbox.agency_id'))
    .where((eb) =>
      eb.or([eb('state', '=', 'failed'), eb.and([eb('state', '=', 'queued'), eb('last_error', 'is not', null)])]),
    )
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    recipient: r.recipient,
    subject: r.subject,
    state: r.state as OutboxState,
    attempts: Number(r.attempts),
    lastError: r.last_error,
    sentAt: r.sent_at,
    nextAttemptAt: r.next_attempt_at,
    createdAt: r.created_at,
  }));
}

/** One message of the agency, for the audit record of a retry. */
export async function findMessage(
  db: Q,
  agencyId: number,
  id: number,
): Promise<Pick<OutboxRow, 'recipient' | 'subject' | 'state' | 'attempts'> | undefined> {
  const r = await db
    .selectFrom('outbox')
    .select(['recipient', 'subject', 'state', 'attempts'])
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return (
    r && { recipient: r.recipient, subject: r.subject, state: r.state as OutboxState, attempts: Number(r.attempts) }
  );
}

/** A failed message queued again with a fresh round of attempts; false when it is not failed (or not in `agencyId`). */
export async function requeue(db: Q, agencyId: number, id: number): Promise<boolean> {
  const r = await db
    .updateTable('outbox')
    .set({ state: 'queued', attempts: 0, next_attempt_at: null, claimed_at: null })
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .where('state', '=', 'failed')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function outboxCounts(db: Q, scope: Scope): Promise<{ queued: number; sent: number; failed: number }> {
  const rows = await db
    .selectFrom('outbox')
    .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
    .where(inScope(scope, 'outbox.agency_id'))
    .groupBy('state')
    .execute();
  const n = (s: OutboxState) => Number(rows.find((r) => r.state === s)?.n ?? 0);
  return { queued: n('queued') + n('sending'), sent: n('sent'), failed: n('failed') };
}

/** Messages queued before 0024 with an applicant's address in clear (no sealed copy yet), for sealing at upgrade. */
export async function listClearRecipients(
  db: Q,
  afterId: number,
  limit: number,
): Promise<Array<{ id: number; recipient: string }>> {
  const rows = await db
    .selectFrom('outbox')
    .select(['id', 'recipient'])
    .where('recipient_sealed', 'is', null)
    .where('recipient', 'like', '%@%')
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: Number(r.id), recipient: r.recipient }));
}

export async function sealRecipient(db: Q, id: number, masked: string, sealed: string): Promise<void> {
  await db.updateTable('outbox').set({ recipient: masked, recipient_sealed: sealed }).where('id', '=', id).execute();
}

/** Every sealed recipient, for key rotation. */
export async function listSealedRecipients(db: Q): Promise<Array<{ id: number; recipientSealed: string }>> {
  return (
    await db
      .selectFrom('outbox')
      .select(['id', 'recipient_sealed'])
      .where('recipient_sealed', 'is not', null)
      .orderBy('id')
      .execute()
  ).map((r) => ({ id: Number(r.id), recipientSealed: r.recipient_sealed! }));
}

export async function setSealedRecipient(db: Q, id: number, recipientSealed: string): Promise<void> {
  await db.updateTable('outbox').set({ recipient_sealed: recipientSealed }).where('id', '=', id).execute();
}
