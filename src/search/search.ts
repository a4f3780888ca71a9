// Full-text search over published catalogue entries, one interface over both engines: index(), unindex() and a
// match condition the catalogue store puts in its WHERE clause. The dialect difference lives only here:
// - SQLite: FTS5 over space-joined jieba tokens (unicode61), plus the raw text (kept in an FTS5 trigram table) searched
//   for substrings ≥ 3 chars within the agency's own rows;
// - PostgreSQL: to_tsvector('simple', tokens) with a GIN index, plus LIKE on the agency's raw text for substrings.
// FTS5 trigram never matches 2-character words (低保), which is why the token path exists at all.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { indexTokens, queryTokens } from './tokenize.ts';

type Conn = Pick<Db, 'insertInto' | 'deleteFrom' | 'selectFrom'>;
type Dialect = Db['dialect'];

export type SearchDoc = { entryId: number; agencyId: number; text: string };

export async function indexEntry(db: Conn, dialect: Dialect, doc: SearchDoc): Promise<void> {
  await unindexEntry(db, dialect, doc.entryId);
  const tokens = indexTokens(doc.text);
  const raw = doc.text.toLowerCase();
  if (dialect === 'postgres') {
    await db.insertInto('catalogue_search').values({ entry_id: doc.entryId, agency_id: doc.agencyId, tokens, raw }).execute();
  } else {
    // rowid = entry id, so unindexing is a key lookup; the agency is a token too, so FTS5 intersects it with the words.
    await sql`insert into catalogue_search (rowid, entry_id, agency_id, tokens) values (${doc.entryId}, ${doc.entryId}, ${doc.agencyId}, ${`${agencyToken(doc.agencyId)} ${tokens}`})`.execute(db as Db);
    await sql`insert into catalogue_search_tri (rowid, entry_id, agency_id, raw) values (${doc.entryId}, ${doc.entryId}, ${doc.agencyId}, ${raw})`.execute(db as Db);
  }
}

/** Many entries not indexed yet, a few statements for all (bulk loads: imports, the benchmark's generator). */
export async function indexNewEntries(db: Conn, dialect: Dialect, docs: readonly SearchDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 500) {
    const rows = docs.slice(i, i + 500).map((d) => ({ entryId: d.entryId, agencyId: d.agencyId, tokens: indexTokens(d.text), raw: d.text.toLowerCase() }));
    if (dialect === 'postgres') {
      await db.insertInto('catalogue_search').values(rows.map((r) => ({ entry_id: r.entryId, agency_id: r.agencyId, tokens: r.tokens, raw: r.raw }))).execute();
    } else {
      await sql`insert into catalogue_search (rowid, entry_id, agency_id, tokens) values ${sql.join(rows.map((r) => sql`(${r.entryId}, ${r.entryId}, ${r.agencyId}, ${`${agencyToken(r.agencyId)} ${r.tokens}`})`))}`.execute(db as Db);
      await sql`insert into catalogue_search_tri (rowid, entry_id, agency_id, raw) values ${sql.join(rows.map((r) => sql`(${r.entryId}, ${r.entryId}, ${r.agencyId}, ${r.raw})`))}`.execute(db as Db);
    }
  }
}

export async function unindexEntry(db: Conn, dialect: Dialect, entryId: number): Promise<void> {
  if (dialect === 'postgres') {
    await db.deleteFrom('catalogue_search').where('entry_id', '=', entryId).execute();
  } else {
    await sql`delete from catalogue_search where rowid = ${entryId}`.execute(db as Db);
    await sql`delete from catalogue_search_tri where rowid = ${entryId}`.execute(db as Db);
  }
}

// The agency as an FTS5 token, ANDed into every query: the index narrows to the agency itself. (A user typing it only
// matches their own agency's entries again, since it is ANDed with the real one.)
const agencyToken = (agencyId: number) => `zzagency${agencyId}zz`;

/** A condition on `catalogue_entries.id`: the agency's entry contains every word of `q` (or `q` as a substring). */
export function matchesQuery(dialect: Dialect, q: string, agencyId: number): RawBuilder<SqlBool> {
  const words = queryTokens(q);
  const phrase = q.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!words.length) return sql<SqlBool>`1 = 0`;
  if (dialect === 'postgres') {
    const like = `%${phrase.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return sql<SqlBool>`catalogue_entries.id in (select entry_id from catalogue_search where agency_id = ${agencyId} and (to_tsvector('simple', tokens) @@ plainto_tsquery('simple', ${words.join(' ')}) or (${[...phrase].length >= 3} and raw like ${like})))`;
  }
  // FTS5 query syntax: every word a quoted string (tokens hold only letters and digits, so no quote can appear).
  const match = [agencyToken(agencyId), ...words].map((w) => `"${w}"`).join(' AND ');
  const tri = [...phrase].length >= 3;
  // The substring path reads only the agency's own rows (by rowid = entry id), like PostgreSQL's `agency_id = … and raw
  // like …`: a trigram MATCH would walk the hits of every agency and costs as much as the whole province holds.
  return tri
    ? sql<SqlBool>`(catalogue_entries.id in (select rowid from catalogue_search where catalogue_search match ${match}) or catalogue_entries.id in (select rowid from catalogue_search_tri where rowid in (select id from catalogue_entries where agency_id = ${agencyId} and state = 'published') and instr(raw, ${phrase}) > 0))`
    : sql<SqlBool>`catalogue_entries.id in (select rowid from catalogue_search where catalogue_search match ${match})`;
}
