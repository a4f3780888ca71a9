// Public reads of the catalogue: published entries only, by column, 主题, 体裁, year, 有效性 and full-text query, paged.
// An agency's portal reads its whole subtree (a county's portal shows every township and department under it), each
// entry with the agency that published it. Drafts, entries in review and withdrawn entries never leave this file.
import type { Selectable } from 'kysely';
import type { Agency } from '../agencies/store.ts';
import type { Db } from '../db/connect.ts';
import type { CatalogueEntryTable } from '../db/tables.ts';
import { scopeOf, searchEntries, searchYears } from '../search/search.ts';
import type { Attachment, PublicEntry } from './entry.ts';
import type { Genre, Validity } from './item.ts';

export type PublicFilter = {
  columnId?: number;
  topic?: string;
  genre?: Genre;
  year?: number;
  validity?: Validity;
  q?: string;
};
export type Page<T> = { total: number; page: number; pageSize: number; items: T[] };
/** The agency an entry belongs to, as a list names it. */
export type EntryAgency = { id: number; code: string; name: string };
type Portal = Pick<Agency, 'id' | 'path'>;

/**
 * A page of the published entries of `portal`'s subtree, best first for a query, newest first otherwise. `fields`
 * names what the caller shows: only those columns are read (every text column read costs its decoding).
 */
export async function listPublished<K extends PublicField>(
  db: Db,
  portal: Portal,
  fields: readonly K[],
  f: PublicFilter,
  page: number,
  pageSize = 20,
): Promise<Page<Pick<PublicEntry, K> & { agency: EntryAgency }>> {
  // The search index answers both: a query, and browsing (every entry of the subtree, newest first).
  const found = await searchEntries(
    db,
    scopeOf(portal.path),
    f.q ?? '',
    { columnId: f.columnId, topic: f.topic, genre: f.genre, validity: f.validity, year: f.year },
    (page - 1) * pageSize,
    pageSize,
  );
  // The page's rows by primary key, then checked here: published (an entry withdrawn between the two reads is left out,
  // never shown) and inside the portal's subtree.
  const columns = [
    ...fields.map((k) => `catalogue_entries.${COLUMN[k]}` as const),
    'catalogue_entries.id',
    'catalogue_entries.state',
    'agencies.id as a_id',
    'agencies.code as a_code',
    'agencies.name as a_name',
    'agencies.path as a_path',
  ] as const;
  const rows = found.ids.length
    ? ((await db
        .selectFrom('catalogue_entries')
        .innerJoin('agencies', 'agencies.id', 'catalogue_entries.agency_id')
        .select(columns)
        .where('catalogue_entries.id', 'in', found.ids)
        .execute()) as unknown as ListedRow[])
    : [];
  const byId = new Map(
    rows.filter((r) => r.state === 'published' && r.a_path.startsWith(portal.path)).map((r) => [Number(r.id), r]),
  );
  const items = found.ids.flatMap((id) => {
    const r = byId.get(id);
    return r ? [{ ...read(r, fields), agency: { id: Number(r.a_id), code: r.a_code, name: r.a_name } }] : [];
  });
  return { total: found.total, page, pageSize, items };
}

type ListedRow = Row & { a_id: number; a_code: string; a_name: string; a_path: string };

/** What a list of entries shows (catalogue, search results, the home page's latest). */
export const LIST_FIELDS = [
  'id',
  'indexNo',
  'title',
  'summary',
  'body',
  'publishedOn',
  'docNo',
  'validity',
] as const satisfies readonly PublicField[];
export type ListedEntry = Pick<PublicEntry, (typeof LIST_FIELDS)[number]>;

export type PublicField = keyof PublicEntry;
type Row = Selectable<CatalogueEntryTable>;
// Staff names and workflow columns are not public fields: nothing here can read them.
const COLUMN = {
  id: 'id',
  columnId: 'column_id',
  indexNo: 'index_no',
  title: 'title',
  summary: 'summary',
  publisher: 'publisher',
  formedOn: 'formed_on',
  publishedOn: 'published_on',
  docNo: 'doc_no',
  topic: 'topic',
  genre: 'genre',
  validity: 'validity',
  corrected: 'corrected',
  body: 'body',
} as const satisfies Record<PublicField, keyof Row>;
/** Every public field: the API's entries. */
export const PUBLIC_FIELDS = Object.keys(COLUMN) as PublicField[];
const VALUE: { [K in PublicField]: (r: Row) => PublicEntry[K] } = {
  id: (r) => Number(r.id),
  columnId: (r) => Number(r.column_id),
  indexNo: (r) => r.index_no,
  title: (r) => r.title,
  summary: (r) => r.summary,
  publisher: (r) => r.publisher,
  formedOn: (r) => r.formed_on,
  publishedOn: (r) => r.published_on,
  docNo: (r) => r.doc_no,
  topic: (r) => r.topic,
  genre: (r) => r.genre as Genre,
  validity: (r) => r.validity as Validity,
  corrected: (r) => Number(r.corrected) === 1,
  body: (r) => r.body,
};

function read<K extends PublicField>(r: Row, fields: readonly K[]): Pick<PublicEntry, K> {
  const out = {} as Pick<PublicEntry, K>;
  for (const k of fields) out[k] = VALUE[k](r);
  return out;
}

/** The years in which the portal's subtree published something, newest first (the year filter's options). */
export async function publishedYears(db: Db, portal: Portal): Promise<number[]> {
  return searchYears(db, scopeOf(portal.path));
}

export async function publishedAttachments(db: Db, agencyId: number, entryId: number): Promise<Attachment[]> {
  const rows = await db
    .selectFrom('catalogue_attachments')
    .innerJoin('catalogue_entries', 'catalogue_entries.id', 'catalogue_attachments.entry_id')
    .select([
      'catalogue_attachments.id',
      'catalogue_attachments.entry_id',
      'filename',
      'mime',
      'size',
      'sha256',
      'text',
    ])
    .where('catalogue_entries.id', '=', entryId)
    .where('catalogue_entries.agency_id', '=', agencyId)
    .where('catalogue_entries.state', '=', 'published')
    .where('catalogue_attachments.removed', '=', 0)
    .orderBy('catalogue_attachments.id')
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
