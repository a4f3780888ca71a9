// SQL of the catalogue import: which legacy 索引号 are taken, the imported entries written as published with their
// historical dates, their import marks, and the serial raised past an imported number of the agency's own shape.
import type { Db } from '../db/connect.ts';
import { contentRow, type Q } from './store.ts';
import type { EntryContent } from './entry.ts';

const CHUNK = 500;

/** The 索引号 among `indexNos` that an entry already has (they are unique across the installation). */
export async function takenIndexNos(db: Q, indexNos: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  for (let i = 0; i < indexNos.length; i += CHUNK) {
    const rows = await db
      .selectFrom('catalogue_entries')
      .select('index_no')
      .where('index_no', 'in', indexNos.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.add(r.index_no);
  }
  return out;
}

export type ImportedRow = {
  agencyId: number;
  indexNo: string;
  publishedOn: string;
  state: 'published' | 'draft';
  content: EntryContent;
  authorId: number;
  authorName: string;
  now: string;
};

export async function insertImportedEntry(db: Q, e: ImportedRow): Promise<number> {
  const row = await db
    .insertInto('catalogue_entries')
    .values({
      ...contentRow(e.content),
      agency_id: e.agencyId,
      index_no: e.indexNo,
      state: e.state,
      published_on: e.state === 'published' ? e.publishedOn : null,
      publisher_name: e.state === 'published' ? e.authorName : null,
      version: 1,
      author_id: e.authorId,
      author_name: e.authorName,
      created_at: e.now,
      updated_at: e.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function markImportedEntries(
  db: Q,
  importId: number,
  marks: readonly { entryId: number; line: number }[],
): Promise<void> {
  for (let i = 0; i < marks.length; i += CHUNK)
    await db
      .insertInto('imported_entries')
      .values(marks.slice(i, i + CHUNK).map((m) => ({ entry_id: m.entryId, import_id: importId, line: m.line })))
      .execute();
}

/** The serial of the agency's year goes past an imported number of its own shape, so a new entry never takes it. */
export async function raiseSerial(db: Q, agencyId: number, year: number, serial: number): Promise<void> {
  const r = await db
    .updateTable('catalogue_serials')
    .set({ last: serial })
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('last', '<', serial)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) > 0) return;
  const exists = await db
    .selectFrom('catalogue_serials')
    .select('last')
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!exists) await db.insertInto('catalogue_serials').values({ agency_id: agencyId, year, last: serial }).execute();
}

/** When the entry came from an old site: the day its batch was imported, or undefined. */
export async function importedOn(db: Pick<Db, 'selectFrom'>, entryId: number): Promise<string | undefined> {
  const r = await db
    .selectFrom('imported_entries as i')
    .innerJoin('import_batches as b', 'b.id', 'i.import_id')
    .select('b.created_at')
    .where('i.entry_id', '=', entryId)
    .executeTakeFirst();
  return r?.created_at;
}
