// The search index on PostgreSQL: a table with one row per published entry. Its GIN index over `keys` finds the
// candidates: each character and each pair of adjacent characters of the entry's folded text, filed under its group
// ("a低保|50", scope.ts), and "@id" for each agency between the group and the entry's agency. A word of one or two
// characters is exactly its key; a longer word's pairs find the candidates and strpos checks the phrase on those few
// rows. Above the groups (a city's or the province's portal) words of three characters or more go through pg_trgm's
// trigram index on the folded text (LIKE), which spans every group at once. Rows are ranked as they are read (rank.ts).
import { type QueryExecutorProvider, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { type SearchEntry, foldedParts, sortKey, yearKeys } from './doc.ts';
import { chars } from './fold.ts';
import { distinctChars, distinctWords, isWordShaped, pairSequence, wordPairs } from './grams.ts';
import { tierOf } from './rank.ts';
import { filing, GROUP_DEPTH, type SearchScope } from './scope.ts';
import type { SearchFilter, SearchResult } from './filter.ts';

type Conn = QueryExecutorProvider;

export async function insertPostgres(db: Conn, entries: readonly SearchEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += 500) {
    const rows = entries.slice(i, i + 500).map((e) => {
      const { groupId, below } = filing(e.agencyPath);
      const { title, rest } = foldedParts(e);
      const raw = `${title} ${rest}`;
      const grams = new Set([...distinctChars(raw), ...pairSequence(raw).filter(Boolean)]);
      const keys = [...[...grams].map((g) => key(g, groupId)), ...below.map((id) => `@${id}`)];
      return sql`(${e.entryId}, ${e.agencyId}, ${groupId}, ${sortKey(e.publishedOn, e.entryId)}, ${e.columnId}, ${e.genre}, ${e.validity}, ${e.topic}, ${title}, ${` ${distinctWords(raw).join(' ')} `}, ${raw}, ${keys})`;
    });
    await sql`insert into catalogue_search (entry_id, agency_id, grp, sort_key, column_id, genre, validity, topic, title, words, raw, keys) values ${sql.join(rows)}`.execute(
      db,
    );
  }
}

export async function deletePostgres(db: Conn, entryId: number): Promise<void> {
  await sql`delete from catalogue_search where entry_id = ${entryId}`.execute(db);
}

const key = (gram: string, groupId: number) => `a${gram}|${groupId}`;
const like = (w: string) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The groups under a city's or the province's path: agencies there at GROUP_DEPTH or higher (paths of ≤ 4 slashes). */
async function groupsUnder(db: Db, prefix: string): Promise<number[]> {
  const deeper = `/${'%/'.repeat(GROUP_DEPTH + 1)}`;
  const { rows } = await sql<{
    id: number;
  }>`select id from agencies where path like ${`${prefix}%`} and path not like ${deeper}`.execute(db);
  return rows.map((r) => Number(r.id));
}

async function conditions(
  db: Db,
  scope: SearchScope,
  words: readonly string[],
  filter: SearchFilter,
): Promise<RawBuilder<SqlBool>[]> {
  const out: RawBuilder<SqlBool>[] = [];
  if (scope.kind !== 'above') {
    // PostgreSQL files every key under the group only: GIN intersects an agency's scope key with the word's keys.
    const keys = [
      ...words.flatMap((w) =>
        chars(w).length === 1 ? [key(w, scope.groupId)] : wordPairs(w).map((p) => key(p, scope.groupId)),
      ),
      ...(scope.kind === 'own' ? [`@${scope.agencyId}`] : []),
    ];
    out.push(keys.length ? sql<SqlBool>`keys @> ${keys}::text[]` : sql<SqlBool>`grp = ${scope.groupId}`);
    for (const w of words) if (chars(w).length > 2) out.push(sql<SqlBool>`strpos(raw, ${w}) > 0`);
  } else {
    const short = words.filter((w) => chars(w).length <= 2);
    const groups = !scope.root || short.length ? await groupsUnder(db, scope.prefix) : [];
    if (!scope.root) out.push(sql<SqlBool>`grp = any(${groups}::int[])`);
    // A short word is one key per group; a longer one is a LIKE that pg_trgm's index answers for the whole province.
    for (const w of short) out.push(sql<SqlBool>`keys && ${groups.map((g) => key(w, g))}::text[]`);
    for (const w of words) if (chars(w).length > 2) out.push(sql<SqlBool>`raw like ${like(w)}`);
  }
  if (filter.columnId !== undefined) out.push(sql<SqlBool>`column_id = ${filter.columnId}`);
  for (const k of ['genre', 'validity', 'topic'] as const)
    if (filter[k]) out.push(sql<SqlBool>`${sql.ref(k)} = ${filter[k]}`);
  if (filter.year) {
    const [lo, hi] = yearKeys(filter.year);
    // A range the (group, sort key) index serves when browsing a county or above; otherwise a plain filter on the few
    // rows the keys found (offered as an index range, the planner ANDs in a quarter of the province's rows).
    out.push(
      !words.length && scope.kind !== 'own'
        ? sql<SqlBool>`sort_key between ${lo} and ${hi}`
        : sql<SqlBool>`sort_key + 0 between ${lo} and ${hi}`,
    );
  }
  return out;
}

export async function searchPostgres(
  db: Db,
  scope: SearchScope,
  words: readonly string[],
  filter: SearchFilter,
  offset: number,
  limit: number,
): Promise<SearchResult> {
  const where = sql<SqlBool>`${sql.join([sql<SqlBool>`true`, ...(await conditions(db, scope, words, filter))], sql` and `)}`;
  if (!words.length) return browse(db, where, offset, limit, scope.kind === 'own');
  const inTitle = sql.join(
    words.map((w) => sql`strpos(title, ${w}) > 0`),
    sql` and `,
  );
  // words holds jieba's words between spaces (" 城乡 低保 "): a whole word is one of them, spaces around it.
  const whole = words.every(isWordShaped)
    ? sql.join(
        words.map((w) => sql`strpos(words, ${` ${w} `}) > 0`),
        sql` and `,
      )
    : sql`false`;
  // tierOf as SQL: 0 title and whole word, 1 title, 2 whole word, 3 the rest.
  const tier = sql`case when ${inTitle} then (case when ${whole} then ${tierOf(true, true)} else ${tierOf(true, false)} end) when ${whole} then ${tierOf(false, true)} else ${tierOf(false, false)} end`;
  // The hits' keys and tiers first (offset 0 keeps PostgreSQL from flattening it), then the count over those narrow rows.
  const { rows } = await sql<{
    k: number;
    total: number;
  }>`select k, count(*) over () as total from (select sort_key as k, ${tier} as tier from catalogue_search where ${where} offset 0) h order by tier, k desc limit ${limit} offset ${offset}`.execute(
    db,
  );
  if (rows.length) return { total: Number(rows[0]!.total), keys: rows.map((r) => Number(r.k)) };
  return { total: offset ? await count(db, where) : 0, keys: [] };
}

/** Every key of an agency's own scope (below the groups: its few entries and its sub-agencies'), by its scope key. */
export async function scopeKeysPostgres(db: Db, scope: Extract<SearchScope, { kind: 'own' }>): Promise<number[]> {
  const { rows } = await sql<{
    k: number;
  }>`select sort_key as k from catalogue_search where keys @> ${[`@${scope.agencyId}`]}::text[]`.execute(db);
  return rows.map((r) => Number(r.k));
}

const count = async (db: Db, where: RawBuilder<SqlBool>) =>
  Number((await sql<{ n: number }>`select count(*) as n from catalogue_search where ${where}`.execute(db)).rows[0]!.n);

/**
 * Newest first, by the (group, sort key) or sort-key index; far down the list, from the oldest end. An agency below
 * the groups (`few`: its own hundred or so rows) reads its rows through its scope key and sorts them: walking the
 * sort-key index for them would pass over the whole province's newer rows first.
 */
async function browse(
  db: Db,
  where: RawBuilder<SqlBool>,
  offset: number,
  limit: number,
  few: boolean,
): Promise<SearchResult> {
  const total = await count(db, where);
  if (offset >= total) return { total, keys: [] };
  const lim = Math.min(limit, total - offset);
  // offset 0 in a subquery keeps the planner from pushing the order into an index walk.
  const from = few
    ? sql`(select sort_key from catalogue_search where ${where} offset 0) h`
    : sql`catalogue_search where ${where}`;
  const { rows } =
    offset < total / 2
      ? await sql<{
          k: number;
        }>`select sort_key as k from ${from} order by sort_key desc limit ${lim} offset ${offset}`.execute(db)
      : await sql<{
          k: number;
        }>`select sort_key as k from ${from} order by sort_key asc limit ${lim} offset ${total - offset - lim}`.execute(
          db,
        );
  const keys = rows.map((r) => Number(r.k));
  return { total, keys: offset < total / 2 ? keys : keys.reverse() };
}
