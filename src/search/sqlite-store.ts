// The search index on SQLite: one contentless FTS5 table, one row per published entry, its rowid the sort key (doc.ts),
// so FTS5 hands back hits newest first and stops at the page. Every term carries the entry's group path (scope.ts):
// "低保/1/5/50/"; an entry of an agency below its group has every term again under that agency ("低保@5000", and under
// any agency between them), so a township's search reads its own postings, not its county's. Columns:
//   title, body    the pair sequences (grams.ts) of the title and of the rest, gaps as the bare suffix: a word of
//                  two characters or more is the phrase of its pairs, exact without reading any text;
//   tchars, bchars each character once, for one-character words;
//   words          jieba's words, for ranking whole words first;
//   facets         "#" (every entry), column, genre, validity and topic, for the filters and for browsing.
// A term is the gram and its suffix; a quoted string in a query is one term ("" for a quote inside), with * after it
// for every term of a prefix (the groups under a city or the province).
// detail=full keeps positions (the phrases need them); the tokenizer keeps every character but spaces and controls as
// part of a term (fold.ts leaves no other separator), so punctuation in 文号 (〔2023〕) is searchable too.
import { type QueryExecutorProvider, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import { chars } from './fold.ts';
import { distinctChars, distinctWords, GAP, pairSequence, wordPairs, isWordShaped } from './grams.ts';
import { type SearchEntry, foldedParts, sortKey, yearKeys } from './doc.ts';
import { filing, type SearchScope } from './scope.ts';
import type { SearchFilter, SearchResult } from './filter.ts';

type Conn = QueryExecutorProvider;

const BATCH = 400; // 7 values a row, under SQLite's bound-variable limit

/** Adds entries that are not in the index yet (several statements for many). */
export async function insertSqlite(db: Conn, entries: readonly SearchEntry[]): Promise<void> {
  for (let i = 0; i < entries.length; i += BATCH) {
    const rows = entries.slice(i, i + BATCH).map(row);
    await sql`insert into catalogue_search_index (rowid, title, body, tchars, bchars, words, facets) values ${sql.join(rows.map((r) => sql`(${r.key}, ${r.title}, ${r.body}, ${r.tchars}, ${r.bchars}, ${r.words}, ${r.facets})`))}`.execute(
      db,
    );
    await sql`insert into catalogue_search_keys (entry_id, sort_key) values ${sql.join(rows.map((r) => sql`(${r.entryId}, ${r.key})`))}`.execute(
      db,
    );
  }
}

export async function deleteSqlite(db: Conn, entryId: number): Promise<void> {
  const { rows } = await sql<{
    sort_key: number;
  }>`delete from catalogue_search_keys where entry_id = ${entryId} returning sort_key`.execute(db);
  for (const r of rows) await sql`delete from catalogue_search_index where rowid = ${r.sort_key}`.execute(db);
}

function row(e: SearchEntry) {
  const { group, below } = filing(e.agencyPath);
  const { title, rest } = foldedParts(e);
  // The group's terms, then (below the group) each agency's: separate runs, so no phrase spans from one to the next.
  const suffixes = [group, ...below.map((id) => `@${id}`)];
  const terms = (xs: readonly string[]) =>
    suffixes.map((sfx) => xs.map((x) => (x === GAP ? sfx : x + sfx)).join(' ')).join(' ');
  return {
    entryId: e.entryId,
    key: sortKey(e.publishedOn, e.entryId),
    title: terms(pairSequence(title)),
    body: terms(pairSequence(rest)),
    tchars: terms(distinctChars(title)),
    bchars: terms(distinctChars(rest)),
    words: terms(distinctWords(`${title} ${rest}`)),
    facets: [`c${e.columnId}`, terms(['#', `g${e.genre}`, `v${e.validity}`, `t${e.topic}`])].join(' '),
  };
}

// FTS5 query syntax: every term a quoted string ("" inside), a prefix when the scope spans several groups.
function termOf(scope: SearchScope): (t: string) => string {
  const quote = (t: string) => `"${t.replaceAll('"', '""')}"`;
  if (scope.kind === 'own') return (t) => quote(`${t}@${scope.agencyId}`);
  if (scope.kind === 'group') return (t) => quote(t + scope.group);
  return (t) => `${quote(t + scope.prefix)}*`;
}

/** The four tier queries' parts for `words` in `scope` under `filter`. */
function expressions(scope: SearchScope, words: readonly string[], filter: SearchFilter) {
  const term = termOf(scope);
  const phrase = (w: string) => `(${wordPairs(w).map(term).join(' + ')})`;
  const any = (w: string) => (chars(w).length === 1 ? `{tchars bchars} : ${term(w)}` : `{title body} : ${phrase(w)}`);
  const inTitle = (w: string) => (chars(w).length === 1 ? `{tchars} : ${term(w)}` : `{title} : ${phrase(w)}`);
  const base = [
    ...(filter.columnId !== undefined ? [`{facets} : "c${filter.columnId}"`] : []),
    ...(['genre', 'validity', 'topic'] as const).flatMap((k) =>
      filter[k] ? [`{facets} : ${term(`${k[0]}${filter[k]}`)}`] : [],
    ),
  ];
  const and = (xs: readonly string[]) => xs.map((x) => `(${x})`).join(' AND ');
  if (!words.length) return { all: and([`{facets} : ${term('#')}`, ...base]) };
  return {
    all: and([...words.map(any), ...base]),
    title: and([...words.map(inTitle), ...base]),
    // A word with punctuation is never one of jieba's words: no entry is a whole-word hit for it.
    word: words.every(isWordShaped) ? and([...words.map((w) => `{words} : ${term(w)}`), ...base]) : undefined,
  };
}

/** Every key of an agency's own scope (below the groups: its few entries and its sub-agencies'), by its facet term. */
export async function scopeKeysSqlite(db: Db, scope: Extract<SearchScope, { kind: 'own' }>): Promise<number[]> {
  const { rows } = await sql<{
    k: number;
  }>`select rowid as k from catalogue_search_index where catalogue_search_index match ${`{facets} : ${termOf(scope)('#')}`}`.execute(
    db,
  );
  return rows.map((r) => Number(r.k));
}

export async function searchSqlite(
  db: Db,
  scope: SearchScope,
  words: readonly string[],
  filter: SearchFilter,
  offset: number,
  limit: number,
): Promise<SearchResult> {
  // A year is a range of rowids; without one, no range (FTS5 then reads each posting list from its end, newest first).
  const range = filter.year
    ? sql` and rowid between ${yearKeys(filter.year)[0]} and ${yearKeys(filter.year)[1]}`
    : sql``;
  const count = async (match: string) =>
    Number(
      (
        await sql<{
          n: number;
        }>`select count(*) as n from catalogue_search_index where catalogue_search_index match ${match}${range}`.execute(
          db,
        )
      ).rows[0]!.n,
    );
  const keys = async (match: string, off: number, lim: number) =>
    (
      await sql<{
        k: number;
      }>`select rowid as k from catalogue_search_index where catalogue_search_index match ${match}${range} order by rowid desc limit ${lim} offset ${off}`.execute(
        db,
      )
    ).rows.map((r) => Number(r.k));
  // Browsing far down a long list (the last page, the oldest entry) reads from the oldest end instead.
  const browse = async (match: string, off: number, lim: number) => {
    if (off < total / 2) return keys(match, off, lim);
    const { rows } = await sql<{
      k: number;
    }>`select rowid as k from catalogue_search_index where catalogue_search_index match ${match}${range} order by rowid asc limit ${lim} offset ${total - off - lim}`.execute(
      db,
    );
    return rows.map((r) => Number(r.k)).reverse();
  };
  const x = expressions(scope, words, filter);
  const total = await count(x.all);
  if (!total || offset >= total) return { total, keys: [] };
  if (!x.title) return { total, keys: await browse(x.all, offset, Math.min(limit, total - offset)) };
  // The tiers in order (rank.ts). A page reads its rows tier by tier, newest first in each, and stops when full; a
  // tier is counted only to be skipped whole, so the first page costs the total's count and a short read or two.
  const tiers = x.word
    ? [
        `(${x.title}) AND (${x.word})`,
        `(${x.title}) NOT (${x.word})`,
        `(${x.word}) NOT (${x.title})`,
        `((${x.all}) NOT (${x.title})) NOT (${x.word})`,
      ]
    : [x.title, `(${x.all}) NOT (${x.title})`];
  const out: number[] = [];
  let skip = offset;
  let seen = 0; // rows of the tiers passed so far
  for (const tier of tiers) {
    if (seen >= total || out.length >= limit) break;
    if (skip > 0) {
      const n = await count(tier);
      seen += n;
      if (skip >= n) {
        skip -= n;
        continue;
      }
    }
    const got = await keys(tier, skip, limit - out.length);
    if (skip === 0) seen += got.length; // read to the tier's end or to the page's
    skip = 0;
    out.push(...got);
  }
  return { total, keys: out };
}
