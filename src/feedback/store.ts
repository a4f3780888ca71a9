// SQL for the feedback box. Staff reads are scoped to their agencies; public reads go by tracking code or published.
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';
import type { FeedbackState } from './rules.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export type Feedback = {
  id: number;
  agencyId: number;
  /** The citizen's name and contact, sealed (privacy/seal.ts); contact.ts opens or masks them. */
  nameSealed: string | null;
  contactSealed: string | null;
  subject: string;
  body: string;
  wantsPublic: boolean;
  status: FeedbackState;
  receivedOn: string;
  replyDue: string;
  reply: string | null;
  repliedAt: string | null;
  published: boolean;
  version: number;
};

const COLS = [
  'id',
  'agency_id',
  'name_sealed',
  'contact_sealed',
  'subject',
  'body',
  'wants_public',
  'status',
  'received_on',
  'reply_due',
  'reply',
  'replied_at',
  'published',
  'version',
] as const;
type Row = {
  id: number;
  agency_id: number;
  name_sealed: string | null;
  contact_sealed: string | null;
  subject: string;
  body: string;
  wants_public: number;
  status: string;
  received_on: string;
  reply_due: string;
  reply: string | null;
  replied_at: string | null;
  published: number;
  version: number;
};

function toFeedback(r: Row): Feedback {
  return {
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    nameSealed: r.name_sealed,
    contactSealed: r.contact_sealed,
    subject: r.subject,
    body: r.body,
    wantsPublic: Number(r.wants_public) === 1,
    status: r.status as FeedbackState,
    receivedOn: r.received_on,
    replyDue: r.reply_due,
    reply: r.reply,
    repliedAt: r.replied_at,
    published: Number(r.published) === 1,
    version: Number(r.version),
  };
}

export async function insertFeedback(
  db: Q,
  f: {
    agencyId: number;
    codeHash: string;
    submitKey: string;
    nameSealed: string | null;
    contactSealed: string | null;
    subject: string;
    body: string;
    wantsPublic: boolean;
    receivedOn: string;
    replyDue: string;
    now: string;
  },
): Promise<number> {
  const row = await db
    .insertInto('feedback')
    .values({
      agency_id: f.agencyId,
      code_hash: f.codeHash,
      submit_key: f.submitKey,
      name_sealed: f.nameSealed,
      contact_sealed: f.contactSealed,
      subject: f.subject,
      body: f.body,
      wants_public: f.wantsPublic ? 1 : 0,
      status: 'received',
      received_on: f.receivedOn,
      reply_due: f.replyDue,
      created_at: f.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findBySubmitKey(db: Q, submitKey: string): Promise<{ id: number; agencyId: number } | undefined> {
  const r = await db
    .selectFrom('feedback')
    .select(['id', 'agency_id'])
    .where('submit_key', '=', submitKey)
    .executeTakeFirst();
  return r && { id: Number(r.id), agencyId: Number(r.agency_id) };
}

export async function findByCode(db: Q, agencyId: number, codeHash: string): Promise<Feedback | undefined> {
  const r = await db
    .selectFrom('feedback')
    .select(COLS)
    .where('agency_id', '=', agencyId)
    .where('code_hash', '=', codeHash)
    .executeTakeFirst();
  return r && toFeedback(r);
}

export async function listPublished(db: Q, agencyId: number, limit: number): Promise<Feedback[]> {
  const rows = await db
    .selectFrom('feedback')
    .select(COLS)
    .where('agency_id', '=', agencyId)
    .where('published', '=', 1)
    .orderBy('replied_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toFeedback);
}

export async function findFeedback(db: Q, scope: Scope, id: number): Promise<Feedback | undefined> {
  const r = await db
    .selectFrom('feedback')
    .select(COLS)
    .where('id', '=', id)
    .where(inScope(scope, 'feedback.agency_id'))
    .executeTakeFirst();
  return r && toFeedback(r);
}

export async function listFeedback(db: Q, scope: Scope, agencyId: number, status?: FeedbackState): Promise<Feedback[]> {
  let q = db
    .selectFrom('feedback')
    .select(COLS)
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'feedback.agency_id'));
  if (status) q = q.where('status', '=', status);
  return (await q.orderBy('status').orderBy('reply_due').orderBy('id', 'desc').limit(500).execute()).map(toFeedback);
}

/** Optimistic: changes the row only at the version the form was opened with; returns false when it had moved on. */
export async function saveReply(
  db: Q,
  id: number,
  version: number,
  r: { reply: string; at: string; by: number | null },
): Promise<boolean> {
  const res = await db
    .updateTable('feedback')
    .set({ reply: r.reply, replied_at: r.at, replied_by: r.by, status: 'replied', version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export async function setPublished(db: Q, id: number, published: boolean): Promise<void> {
  await db
    .updateTable('feedback')
    .set({ published: published ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

/** Feedback still holding a name or contact in clear (before 0024), a batch at a time, for sealing at upgrade. */
export async function listClearContacts(
  db: Q,
  limit: number,
): Promise<Array<{ id: number; name: string | null; contact: string | null }>> {
  return (
    await db
      .selectFrom('feedback')
      .select(['id', 'name', 'contact'])
      .where((eb) => eb.or([eb('name', 'is not', null), eb('contact', 'is not', null)]))
      .orderBy('id')
      .limit(limit)
      .execute()
  ).map((r) => ({ id: Number(r.id), name: r.name, contact: r.contact }));
}

export async function sealContact(
  db: Q,
  id: number,
  sealed: { nameSealed: string | null; contactSealed: string | null },
): Promise<void> {
  await db
    .updateTable('feedback')
    .set({ name: null, contact: null, name_sealed: sealed.nameSealed, contact_sealed: sealed.contactSealed })
    .where('id', '=', id)
    .execute();
}

/** Every sealed name and contact, for key rotation. */
export async function listSealedContacts(
  db: Q,
): Promise<Array<{ id: number; nameSealed: string | null; contactSealed: string | null }>> {
  return (
    await db
      .selectFrom('feedback')
      .select(['id', 'name_sealed', 'contact_sealed'])
      .where((eb) => eb.or([eb('name_sealed', 'is not', null), eb('contact_sealed', 'is not', null)]))
      .orderBy('id')
      .execute()
  ).map((r) => ({ id: Number(r.id), nameSealed: r.name_sealed, contactSealed: r.contact_sealed }));
}

export async function setSealedContacts(
  db: Q,
  id: number,
  v: { nameSealed: string | null; contactSealed: string | null },
): Promise<void> {
  await db
    .updateTable('feedback')
    .set({ name_sealed: v.nameSealed, contact_sealed: v.contactSealed })
    .where('id', '=', id)
    .execute();
}

/**
 * One page of the agency's feedback in the inbox's order — unanswered first, soonest due first, newest first — for
 * the API's list (keyset: status, reply_due, id).
 */
export async function pageFeedback(
  db: Q,
  scope: Scope,
  agencyId: number,
  o: { status?: FeedbackState; after?: readonly [string, string, number]; limit: number },
): Promise<Feedback[]> {
  let q = db
    .selectFrom('feedback')
    .select(COLS)
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'feedback.agency_id'));
  if (o.status) q = q.where('status', '=', o.status);
  if (o.after) {
    const [status, due, id] = o.after;
    q = q.where((eb) =>
      eb.or([
        eb('status', '>', status),
        eb.and([
          eb('status', '=', status),
          eb.or([eb('reply_due', '>', due), eb.and([eb('reply_due', '=', due), eb('id', '<', id)])]),
        ]),
      ]),
    );
  }
  return (await q.orderBy('status').orderBy('reply_due').orderBy('id', 'desc').limit(o.limit).execute()).map(
    toFeedback,
  );
}
