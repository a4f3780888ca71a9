// Public reads of the catalogue: published entries only, by column, 主题, year, 有效性 and full-text query, paged.
// Drafts, entries in review and withdrawn entries never leave this file.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { matchesQuery } from '../search/search.ts';
import type { Attachment, Entry } from './entry.ts';
import type { Validity } from './item.ts';
import { toEntry } from './store.ts';

export type PublicFilter = { columnId?: number; topic?: string; year?: number; validity?: Validity; q?: string };
export type Page<T> = { total: number; page: number; pageSize: number; items: T[] };

export async function listPublished(db: Db, agencyId: number, f: PublicFilter, page: number, pageSize = 20): Promise<Page<Entry>> {
  let q = db.selectFrom('catalogue_entries').where('agency_id', '=', agencyId).where('state', '=', 'published');
  if (f.columnId) q = q.where('column_id', '=', f.columnId);
  if (f.topic) q = q.where('topic', '=', f.topic);
  if (f.validity) q = q.where('validity', '=', f.validity);
  if (f.year) q = q.where('published_on', '>=', `${f.year}-01-01`).where('published_on', '<=', `${f.year}-12-31`);
  if (f.q) {
    // A search runs its match once: the ordered ids of every hit give the total, then the page's rows are read by id.
    const ids = (await q.where(matchesQuery(db.dialect, f.q, agencyId)).select('id').orderBy('published_on', 'desc').orderBy('id', 'desc').execute()).map((r) => Number(r.id));
    const pageIds = ids.slice((page - 1) * pageSize, page * pageSize);
    // Published again here: an entry withdrawn between the two reads is left out, never shown.
    const rows = pageIds.length ? await db.selectFrom('catalogue_entries').selectAll().where('id', 'in', pageIds).where('agency_id', '=', agencyId).where('state', '=', 'published').execute() : [];
    const byId = new Map(rows.map((r) => [Number(r.id), r]));
    return { total: ids.length, page, pageSize, items: pageIds.flatMap((id) => { const r = byId.get(id); return r ? [toEntry(r)] : []; }) };
  }
  const [{ n }, rows] = await Promise.all([
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    q.selectAll().orderBy('published_on', 'desc').orderBy('id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
  ]);
  return { total: Number(n), page, pageSize, items: rows.map(toEntry) };
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
