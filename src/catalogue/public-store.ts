// Public reads of the catalogue: published entries only, by column, 主题, year, 有效性 and full-text query, paged.
// Drafts, entries in review and withdrawn entries never leave this file.
import { type RawBuilder, type Selectable, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { CatalogueEntryTable } from '../db/tables.ts';
import { searchIds } from '../search/search.ts';
import type { Attachment, PublicEntry } from './entry.ts';
import type { Genre, Validity } from './item.ts';

export type PublicFilter = { columnId?: number; topic?: string; year?: number; validity?: Validity; q?: string };
export type Page<T> = { total: number; page: number; pageSize: number; items: T[] };

export async function listPublished(db: Db, agencyId: number, f: PublicFilter, page: number, pageSize = 20): Promise<Page<PublicEntry>> {
  if (f.q) {
    // A search runs its match once: the ordered ids of every hit give the total, then the page's rows are read by id.
    const ids = await searchIds(db, agencyId, f.q, filterCondition(f));
    const pageIds = ids.slice((page - 1) * pageSize, page * pageSize);
    // By primary key only, then checked here: with `agency_id = ?` in the query SQLite would walk the agency's index.
    // Published again: an entry withdrawn between the two reads is left out, never shown.
    const rows = pageIds.length ? await db.selectFrom('catalogue_entries').select([...PUBLIC_COLUMNS, 'agency_id', 'state']).where('id', 'in', pageIds).execute() : [];
    const byId = new Map(rows.filter((r) => Number(r.agency_id) === agencyId && r.state === 'published').map((r) => [Number(r.id), r]));
    return { total: ids.length, page, pageSize, items: pageIds.flatMap((id) => { const r = byId.get(id); return r ? [toPublicEntry(r)] : []; }) };
  }
  const q = db.selectFrom('catalogue_entries').where('agency_id', '=', agencyId).where('state', '=', 'published').where(filterCondition(f));
  const [{ n }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q.select(PUBLIC_COLUMNS).orderBy('published_on', 'desc').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
  ]);
  return { total: Number(n), page, pageSize, items: rows.map(toPublicEntry) };
}

// Only what a list shows is read: every text column read costs its decoding, and staff names have no place here.
const PUBLIC_COLUMNS = ['id', 'column_id', 'index_no', 'title', 'summary', 'publisher', 'formed_on', 'published_on', 'doc_no', 'topic', 'genre', 'validity', 'corrected', 'body'] as const;
type PublicRow = Pick<Selectable<CatalogueEntryTable>, (typeof PUBLIC_COLUMNS)[number]>;

function toPublicEntry(r: PublicRow): PublicEntry {
  return {
    id: Number(r.id), columnId: Number(r.column_id), indexNo: r.index_no, title: r.title, summary: r.summary, publisher: r.publisher,
    formedOn: r.formed_on, publishedOn: r.published_on, docNo: r.doc_no, topic: r.topic, genre: r.genre as Genre,
    validity: r.validity as Validity, corrected: Number(r.corrected) === 1, body: r.body,
  };
}

/** The browse filters as one condition on catalogue_entries' columns (true when none is set). */
function filterCondition(f: PublicFilter): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [];
  if (f.columnId) parts.push(sql<SqlBool>`column_id = ${f.columnId}`);
  if (f.topic) parts.push(sql<SqlBool>`topic = ${f.topic}`);
  if (f.validity) parts.push(sql<SqlBool>`validity = ${f.validity}`);
  if (f.year) parts.push(sql<SqlBool>`published_on >= ${`${f.year}-01-01`} and published_on <= ${`${f.year}-12-31`}`);
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

export async function publishedYears(db: Db, agencyId: number): Promise<number[]> {
  const rows = await db.selectFrom('catalogue_entries').select(sql<string>`substr(published_on, 1, 4)`.as('y')).distinct().where('agency_id', '=', agencyId).where('state', '=', 'published').execute();
  return rows.map((r) => Number(r.y)).sort((a, b) => b - a);
}

export async function publishedAttachments(db: Db, agencyId: number, entryId: number): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('catalogue_attachments')
    .innerJoin('catalogue_entries', 'catalogue_entries.id', 'catalogue_attachments.entry_id')
    .select(['catalogue_attachments.id', 'catalogue_attachments.entry_id', 'filename', 'mime', 'size', 'sha256', 'text'])
    .where('catalogue_entries.id', '=', entryId).where('catalogue_entries.agency_id', '=', agencyId).where('catalogue_entries.state', '=', 'published').where('catalogue_attachments.removed', '=', 0)
    .orderBy('catalogue_attachments.id').execute();
  return rows.map((r) => ({ id: Number(r.id), entryId: Number(r.entry_id), filename: r.filename, mime: r.mime, size: Number(r.size), sha256: r.sha256, text: r.text }));
}
