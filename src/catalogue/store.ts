// SQL for the catalogue: settings, columns, entries, versions, approvals, attachments and findings.
// Staff reads carry the actor's scope; public reads return published entries only.
import { type Selectable, sql } from 'kysely';
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';
import { bumpPublicVersion } from '../db/public-version.ts';
import type { CatalogueEntryTable } from '../db/tables.ts';
import type { Attachment, Entry, EntryContent, FindingRow } from './entry.ts';
import type { Disclosure, Genre, Validity } from './item.ts';
import type { EntryState } from './review.ts';

export type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable' | 'deleteFrom'>;

export function toEntry(r: Selectable<CatalogueEntryTable>): Entry {
  return {
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    columnId: Number(r.column_id),
    indexNo: r.index_no,
    title: r.title,
    summary: r.summary,
    publisher: r.publisher,
    formedOn: r.formed_on,
    publishedOn: r.published_on,
    docNo: r.doc_no,
    topic: r.topic,
    genre: r.genre as Genre,
    disclosure: r.disclosure as Disclosure,
    withheldReason: r.withheld_reason,
    validity: r.validity as Validity,
    repealedOn: r.repealed_on,
    body: r.body,
    state: r.state,
    version: Number(r.version),
    corrected: Number(r.corrected) === 1,
    authorId: Number(r.author_id),
    authorName: r.author_name,
    reviewerName: r.reviewer_name,
    publisherName: r.publisher_name,
    updatedAt: r.updated_at,
    correctsId: r.corrects_id === null ? null : Number(r.corrects_id),
    correctionReason: r.correction_reason,
  };
}

export const contentRow = (c: EntryContent) => ({
  column_id: c.columnId,
  title: c.title,
  summary: c.summary,
  publisher: c.publisher,
  formed_on: c.formedOn,
  doc_no: c.docNo,
  topic: c.topic,
  genre: c.genre,
  disclosure: c.disclosure,
  withheld_reason: c.withheldReason,
  validity: c.validity,
  repealed_on: c.repealedOn,
  body: c.body,
});

export async function findEntry(db: Q, scope: Scope, id: number): Promise<Entry | undefined> {
  const r = await db
    .selectFrom('catalogue_entries')
    .selectAll()
    .where('id', '=', id)
    .where(inScope(scope, 'catalogue_entries.agency_id'))
    .executeTakeFirst();
  return r && toEntry(r);
}

/** Public: a published entry of the agency, or nothing (drafts and withdrawn entries do not exist for the public). */
export async function findPublishedEntry(db: Q, agencyId: number, id: number): Promise<Entry | undefined> {
  const r = await db
    .selectFrom('catalogue_entries')
    .selectAll()
    .where('id', '=', id)
    .where('agency_id', '=', agencyId)
    .where('state', '=', 'published')
    .executeTakeFirst();
  return r && toEntry(r);
}

export async function listEntries(
  db: Q,
  scope: Scope,
  agencyId: number,
  states?: readonly EntryState[],
): Promise<Entry[]> {
  let q = db
    .selectFrom('catalogue_entries')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where(inScope(scope, 'catalogue_entries.agency_id'));
  if (states?.length) q = q.where('state', 'in', [...states]);
  return (await q.orderBy('updated_at', 'desc').limit(500).execute()).map(toEntry);
}

export async function nextSerial(db: Q, agencyId: number, year: number): Promise<number> {
  const bumped = await db
    .updateTable('catalogue_serials')
    .set({ last: sql`last + 1` })
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .returning('last')
    .executeTakeFirst();
  if (bumped) return Number(bumped.last);
  await db.insertInto('catalogue_serials').values({ agency_id: agencyId, year, last: 1 }).execute();
  return 1;
}

export async function indexNoTaken(db: Q, indexNo: string): Promise<boolean> {
  return !!(await db.selectFrom('catalogue_entries').select('id').where('index_no', '=', indexNo).executeTakeFirst());
}

export async function insertEntry(
  db: Q,
  e: EntryContent & {
    agencyId: number;
    indexNo: string;
    authorId: number;
    authorName: string;
    now: string;
    corrects?: { id: number; reason: string };
  },
): Promise<number> {
  const row = await db
    .insertInto('catalogue_entries')
    .values({
      ...contentRow(e),
      agency_id: e.agencyId,
      index_no: e.indexNo,
      state: 'draft',
      version: 1,
      author_id: e.authorId,
      author_name: e.authorName,
      created_at: e.now,
      updated_at: e.now,
      ...(e.corrects ? { corrects_id: e.corrects.id, correction_reason: e.corrects.reason } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

/** Optimistic: updates only when the stored version is `version`; false when someone else saved first. */
export async function updateEntry(
  db: Q,
  id: number,
  version: number,
  set: Partial<Selectable<CatalogueEntryTable>>,
): Promise<boolean> {
  const r = await db
    .updateTable('catalogue_entries')
    .set({ ...set, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .returning('agency_id')
    .executeTakeFirst();
  // Any change to an entry may change what the portal shows (publish, withdraw, correct, 有效性): cached pages go.
  if (r) await bumpPublicVersion(db, Number(r.agency_id));
  return !!r;
}

/** The corrections drafted for a published entry, newest first (any state). */
export async function listCorrections(db: Q, entryId: number): Promise<Entry[]> {
  return (
    await db
      .selectFrom('catalogue_entries')
      .selectAll()
      .where('corrects_id', '=', entryId)
      .orderBy('id', 'desc')
      .execute()
  ).map(toEntry);
}

/** Attachments (and their scanner findings) of a correction move to the entry it corrected. */
export async function moveAttachments(db: Q, fromEntryId: number, toEntryId: number): Promise<void> {
  await db
    .updateTable('catalogue_attachments')
    .set({ entry_id: toEntryId })
    .where('entry_id', '=', fromEntryId)
    .execute();
  await db
    .updateTable('catalogue_findings')
    .set({ entry_id: toEntryId })
    .where('entry_id', '=', fromEntryId)
    .where('attachment_id', 'is not', null)
    .execute();
}

export async function insertVersion(
  db: Q,
  v: { entry: Entry; reason: string; actorUserId: number | null; now: string },
): Promise<void> {
  const { body, ...meta } = v.entry;
  await db
    .insertInto('catalogue_versions')
    .values({
      entry_id: v.entry.id,
      version: v.entry.version,
      snapshot: JSON.stringify({ ...meta, body }),
      reason: v.reason,
      actor_user_id: v.actorUserId,
      at: v.now,
    })
    .execute();
}

export async function listVersions(db: Q, entryId: number) {
  return db
    .selectFrom('catalogue_versions')
    .select(['version', 'reason', 'at'])
    .where('entry_id', '=', entryId)
    .orderBy('version')
    .execute();
}

export async function insertApproval(
  db: Q,
  a: {
    entryId: number;
    step: string;
    decision: string;
    actorUserId: number;
    actorName: string;
    comment: string;
    version: number;
    now: string;
  },
): Promise<void> {
  await db
    .insertInto('catalogue_approvals')
    .values({
      entry_id: a.entryId,
      step: a.step,
      decision: a.decision,
      actor_user_id: a.actorUserId,
      actor_name: a.actorName,
      comment: a.comment,
      version: a.version,
      at: a.now,
    })
    .execute();
}

export async function listApprovals(db: Q, entryId: number) {
  return db
    .selectFrom('catalogue_approvals')
    .select(['step', 'decision', 'actor_name', 'comment', 'at'])
    .where('entry_id', '=', entryId)
    .orderBy('id')
    .execute();
}

export async function insertAttachment(db: Q, a: Omit<Attachment, 'id'> & { now: string }): Promise<number> {
  const row = await db
    .insertInto('catalogue_attachments')
    .values({
      entry_id: a.entryId,
      filename: a.filename,
      mime: a.mime,
      size: a.size,
      sha256: a.sha256,
      text: a.text,
      created_at: a.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function listAttachments(db: Q, entryId: number): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('catalogue_attachments')
    .select(['id', 'entry_id', 'filename', 'mime', 'size', 'sha256', 'text'])
    .where('entry_id', '=', entryId)
    .where('removed', '=', 0)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    entryId: Number(r.entry_id),
    filename: r.filename,
    mime: r.mime,
    size: Number(r.size),
    sha256: r.sha256,
    text: r.text,
  }));
}

export async function removeAttachment(db: Q, entryId: number, id: number): Promise<boolean> {
  const r = await db
    .updateTable('catalogue_attachments')
    .set({ removed: 1 })
    .where('id', '=', id)
    .where('entry_id', '=', entryId)
    .executeTakeFirst();
  await db.deleteFrom('catalogue_findings').where('attachment_id', '=', id).where('state', '=', 'open').execute();
  return Number(r.numUpdatedRows) === 1;
}

const FINDING_COLS = [
  'id',
  'entry_id',
  'attachment_id',
  'kind',
  'excerpt',
  'fingerprint',
  'state',
  'reason',
  'resolved_by',
] as const;

export async function listFindings(db: Q, entryId: number): Promise<FindingRow[]> {
  const rows = await db
    .selectFrom('catalogue_findings')
    .select(FINDING_COLS)
    .where('entry_id', '=', entryId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    entryId: Number(r.entry_id),
    attachmentId: r.attachment_id === null ? null : Number(r.attachment_id),
    kind: r.kind,
    excerpt: r.excerpt,
    fingerprint: r.fingerprint,
    state: r.state as FindingRow['state'],
    reason: r.reason,
    resolvedBy: r.resolved_by,
  }));
}

/** Sets the open findings of the entry to a new scan: those found again keep their id, gone ones are deleted, new ones
 *  added. Resolved findings (masked, overridden) are kept as they are. */
export async function replaceOpenFindings(
  db: Q,
  entryId: number,
  found: ReadonlyArray<{ attachmentId: number | null; kind: string; excerpt: string; fingerprint: string }>,
  now: string,
): Promise<void> {
  const open = await db
    .selectFrom('catalogue_findings')
    .select(['id', 'fingerprint'])
    .where('entry_id', '=', entryId)
    .where('state', '=', 'open')
    .execute();
  const still = new Set(found.map((f) => f.fingerprint));
  const gone = open.filter((o) => !still.has(o.fingerprint)).map((o) => o.id);
  if (gone.length) await db.deleteFrom('catalogue_findings').where('id', 'in', gone).execute();
  const known = new Set(open.map((o) => o.fingerprint));
  const fresh = [...new Map(found.filter((f) => !known.has(f.fingerprint)).map((f) => [f.fingerprint, f])).values()];
  if (fresh.length)
    await db
      .insertInto('catalogue_findings')
      .values(
        fresh.map((f) => ({
          entry_id: entryId,
          attachment_id: f.attachmentId,
          kind: f.kind,
          excerpt: f.excerpt,
          fingerprint: f.fingerprint,
          state: 'open',
          created_at: now,
        })),
      )
      .execute();
}

export async function resolveFinding(
  db: Q,
  entryId: number,
  id: number,
  set: { state: 'masked' | 'overridden'; reason: string | null; resolvedBy: string },
): Promise<boolean> {
  const r = await db
    .updateTable('catalogue_findings')
    .set({ state: set.state, reason: set.reason, resolved_by: set.resolvedBy })
    .where('id', '=', id)
    .where('entry_id', '=', entryId)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function insertChannelPost(
  db: Q,
  p: { agencyId: number; entryId: number; channel: string; note: string; actorName: string; now: string },
): Promise<void> {
  await db
    .insertInto('catalogue_channel_posts')
    .values({
      agency_id: p.agencyId,
      entry_id: p.entryId,
      channel: p.channel,
      note: p.note,
      actor_name: p.actorName,
      at: p.now,
    })
    .execute();
}

export async function listChannelPosts(db: Q, entryId: number) {
  return db
    .selectFrom('catalogue_channel_posts')
    .select(['channel', 'note', 'actor_name', 'at'])
    .where('entry_id', '=', entryId)
    .orderBy('id')
    .execute();
}
