// Full-text search over published catalogue entries, one interface over both engines: index(), unindex() and the
// ordered ids of an agency's published entries matching a query. The dialect difference lives only here:
// - SQLite: FTS5 over space-joined jieba tokens (unicode61), each scoped to its agency ("12x低保"), so a query reads
//   only its own agency's postings however large the province; plus the raw text (kept in an FTS5 trigram table)
//   checked for substrings ≥ 3 chars on candidates found by their Han character pairs (catalogue_search_pairs);
// - PostgreSQL: to_tsvector('simple', tokens) with a GIN index, plus LIKE on the agency's raw text for substrings.
// FTS5 trigram never matches 2-character words (低保), which is why the token path exists at all.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { hanBigrams, indexTokens, isHanPhrase, queryTokens } from './tokenize.ts';

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
    // rowid = entry id, so unindexing is a key lookup.
    await sql`insert into catalogue_search (rowid, entry_id, agency_id, tokens) values (${doc.entryId}, ${doc.entryId}, ${doc.agencyId}, ${agencyTerms(doc.agencyId, tokens)})`.execute(db as Db);
    await sql`insert into catalogue_search_tri (rowid, entry_id, agency_id, raw) values (${doc.entryId}, ${doc.entryId}, ${doc.agencyId}, ${raw})`.execute(db as Db);
    await sql`insert into catalogue_search_pairs (rowid, pairs) values (${doc.entryId}, ${agencyPairs(doc.agencyId, raw)})`.execute(db as Db);
  }
}

/** Many entries not indexed yet, a few statements for all (bulk loads: imports, the benchmark's generator). */
export async function indexNewEntries(db: Conn, dialect: Dialect, docs: readonly SearchDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 500) {
    const rows = docs.slice(i, i + 500).map((d) => ({ entryId: d.entryId, agencyId: d.agencyId, tokens: indexTokens(d.text), raw: d.text.toLowerCase() }));
    if (dialect === 'postgres') {
      await db.insertInto('catalogue_search').values(rows.map((r) => ({ entry_id: r.entryId, agency_id: r.agencyId, tokens: r.tokens, raw: r.raw }))).execute();
    } else {
      await sql`insert into catalogue_search (rowid, entry_id, agency_id, tokens) values ${sql.join(rows.map((r) => sql`(${r.entryId}, ${r.entryId}, ${r.agencyId}, ${agencyTerms(r.agencyId, r.tokens)})`))}`.execute(db as Db);
      await sql`insert into catalogue_search_tri (rowid, entry_id, agency_id, raw) values ${sql.join(rows.map((r) => sql`(${r.entryId}, ${r.entryId}, ${r.agencyId}, ${r.raw})`))}`.execute(db as Db);
      await sql`insert into catalogue_search_pairs (rowid, pairs) values ${sql.join(rows.map((r) => sql`(${r.entryId}, ${agencyPairs(r.agencyId, r.raw)})`))}`.execute(db as Db);
    }
  }
}

export async function unindexEntry(db: Conn, dialect: Dialect, entryId: number): Promise<void> {
  if (dialect === 'postgres') {
    await db.deleteFrom('catalogue_search').where('entry_id', '=', entryId).execute();
  } else {
    await sql`delete from catalogue_search where rowid = ${entryId}`.execute(db as Db);
    await sql`delete from catalogue_search_tri where rowid = ${entryId}`.execute(db as Db);
    await sql`delete from catalogue_search_pairs where rowid = ${entryId}`.execute(db as Db);
  }
}

// SQLite's terms carry their agency (migration 0014): "12x低保". A user typing "12x低保" into agency 7's box looks for
// "7x12x低保", which only agency 7's own text can hold.
const agencyTerm = (agencyId: number, word: string) => `${agencyId}x${word}`;
const agencyTerms = (agencyId: number, tokens: string) => (tokens ? tokens.split(' ').map((w) => agencyTerm(agencyId, w)).join(' ') : '');
// The substring index's terms (migration 0016): pairs of adjacent Han characters, "12y公开".
const agencyPair = (agencyId: number, pair: string) => `${agencyId}y${pair}`;
const agencyPairs = (agencyId: number, text: string) => hanBigrams(text).map((p) => agencyPair(agencyId, p)).join(' ');

/**
 * The ids of the agency's published entries that contain every word of `q` (or `q` as a substring of ≥ 3 characters),
 * and meet `where` (a condition on catalogue_entries' columns), newest first.
 */
export async function searchIds(db: Db, agencyId: number, q: string, where: RawBuilder<SqlBool>): Promise<number[]> {
  const words = queryTokens(q);
  const phrase = q.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!words.length) return [];
  const substring = [...phrase].length >= 3;
  let hits: RawBuilder<unknown>;
  if (db.dialect === 'postgres') {
    const like = `%${phrase.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    hits = sql`select entry_id from catalogue_search where agency_id = ${agencyId} and (to_tsvector('simple', tokens) @@ plainto_tsquery('simple', ${words.join(' ')}) or (${substring} and raw like ${like}))`;
  } else {
    // FTS5 query syntax: every term a quoted string (tokens hold only letters and digits, so no quote can appear).
    const match = words.map((w) => `"${agencyTerm(agencyId, w)}"`).join(' AND ');
    // The substring path checks the raw text of candidates only: for a Chinese phrase, the entries holding all its
    // character pairs (agency-scoped, so a few postings); otherwise (Latin letters, digits, mixed) the agency's own
    // rows. A trigram MATCH would walk the hits of every agency and cost as much as the whole province holds.
    const candidates = isHanPhrase(phrase)
      ? sql`select rowid from catalogue_search_pairs where catalogue_search_pairs match ${hanBigrams(phrase).map((p) => `"${agencyPair(agencyId, p)}"`).join(' AND ')}`
      : sql`select id from catalogue_entries where agency_id = ${agencyId} and state = 'published'`;
    hits = substring
      ? sql`select rowid from catalogue_search where catalogue_search match ${match} union select rowid from catalogue_search_tri where rowid in (${candidates}) and instr(raw, ${phrase}) > 0`
      : sql`select rowid from catalogue_search where catalogue_search match ${match}`;
  }
  // SQLite: NOT INDEXED keeps the planner on the hits (rowid lookups). Without statistics it would rather walk the
  // agency's whole (agency_id, state) index and probe each row against the hits: O(agency) instead of O(hits).
  const entries = db.dialect === 'postgres' ? sql`catalogue_entries` : sql`catalogue_entries not indexed`;
  const rows = await sql<{ id: number }>`select id from ${entries} where id in (${hits}) and agency_id = ${agencyId} and state = 'published' and ${where} order by published_on desc, id desc`.execute(db);
  return rows.rows.map((r) => Number(r.id));
}
