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

/**
 * A page of the agency's published entries, newest first. `fields` names what the caller shows: only those columns
 * are read (every text column read costs its decoding, and a results page shows seven of them).
 */
export async function listPublished<K extends PublicField>(db: Db, agencyId: number, fields: readonly K[], f: PublicFilter, page: number, pageSize = 20): Promise<Page<Pick<PublicEntry, K>>> {
  const columns: (keyof Row)[] = fields.map((k) => COLUMN[k]);
  if (f.q) {
    // A search runs its match once: the ordered ids of every hit give the total, then the page's rows are read by id.
    const ids = await searchIds(db, agencyId, f.q, filterCondition(f));
    const pageIds = ids.slice((page - 1) * pageSize, page * pageSize);
    // By primary key only, then checked here: with `agency_id = ?` in the query SQLite would walk the agency's index.
    // Published again: an entry withdrawn between the two reads is left out, never shown.
    const rows = pageIds.length ? await db.selectFrom('catalogue_entries').select([...columns, 'id', 'agency_id', 'state']).where('id', 'in', pageIds).execute() as unknown as Row[] : [];
    const byId = new Map(rows.filter((r) => Number(r.agency_id) === agencyId && r.state === 'published').map((r) => [Number(r.id), r]));
    return { total: ids.length, page, pageSize, items: pageIds.flatMap((id) => { const r = byId.get(id); return r ? [read(r, fields)] : []; }) };
  }
  const q = db.selectFrom('catalogue_entries').where('agency_id', '=', agencyId).where('state', '=', 'published').where(filterCondition(f));
  const [{ n }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q.select(columns).orderBy('published_on', 'desc').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute() as unknown as Promise<Row[]>,
  ]);
  return { total: Number(n), page, pageSize, items: rows.map((r) => read(r, fields)) };
}

/** What a list of entries shows (catalogue, search results, the home page's latest). */
export const LIST_FIELDS = ['id', 'indexNo', 'title', 'summary', 'body', 'publishedOn', 'docNo', 'validity'] as const satisfies readonly PublicField[];
export type ListedEntry = Pick<PublicEntry, (typeof LIST_FIELDS)[number]>;

export type PublicField = keyof PublicEntry;
type Row = Selectable<CatalogueEntryTable>;
// Staff names and workflow columns are not public fields: nothing here can read them.
const COLUMN = {
  id: 'id', columnId: 'column_id', indexNo: 'index_no', title: 'title', summary: 'summary', publisher: 'publisher', formedOn: 'formed_on',
  publishedOn: 'published_on', docNo: 'doc_no', topic: 'topic', genre: 'genre', validity: 'validity', corrected: 'corrected', body: 'body',
} as const satisfies Record<PublicField, keyof Row>;
/** Every public field: the API's entries. */
export const PUBLIC_FIELDS = Object.keys(COLUMN) as PublicField[];
const VALUE: { [K in PublicField]: (r: Row) => PublicEntry[K] } = {
  id: (r) => Number(r.id), columnId: (r) => Number(r.column_id), indexNo: (r) => r.index_no, title: (r) => r.title, summary: (r) => r.summary,
  publisher: (r) => r.publisher, formedOn: (r) => r.formed_on, publishedOn: (r) => r.published_on, docNo: (r) => r.doc_no, topic: (r) => r.topic,
  genre: (r) => r.genre as Genre, validity: (r) => r.validity as Validity, corrected: (r) => Number(r.corrected) === 1, body: (r) => r.body,
};

function read<K extends PublicField>(r: Row, fields: readonly K[]): Pick<PublicEntry, K> {
  const out = {} as Pick<PublicEntry, K>;
  for (const k of fields) out[k] = VALUE[k](r);
  return out;
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
