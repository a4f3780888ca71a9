// Search finds every substring, ranked, across an agency's subtree (issue 19): the index of 0004/0014/0016 (jieba words
// per agency, trigrams, Han pairs; on PostgreSQL a tsvector and LIKE over the agency's rows) is replaced by the one
// search/sqlite.ts and search/postgres.ts describe, and refilled from the published entries.
// PostgreSQL needs the pg_trgm extension (in Debian's postgresql package). Creating it needs the CREATE privilege on
// the database; when the role lacks it, the migration stops with what to run instead.
import { type Kysely, sql } from 'kysely';
import { searchEntryOf } from '../../catalogue/search-doc.ts';
import type { Genre, Validity } from '../../catalogue/item.ts';
import { indexNewEntries } from '../../search/search.ts';
import { isPostgres } from './portable.ts';

// Every character but spaces and controls belongs to a term (fold.ts turns those into single spaces).
const TOKENIZE = `unicode61 remove_diacritics 0 categories 'L* M* N* P* S* Co Cn Cs Cf'`;

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await createTrigram(db);
    await sql`drop table catalogue_search`.execute(db);
    await sql`create table catalogue_search (
      entry_id integer primary key, agency_id integer not null, grp integer not null, sort_key bigint not null,
      column_id integer not null, genre text not null, validity text not null, topic text not null,
      title text not null, words text not null, raw text not null, keys text[] not null)`.execute(db);
    await sql`create index catalogue_search_keys on catalogue_search using gin (keys)`.execute(db);
    await sql`create index catalogue_search_trgm on catalogue_search using gin (raw gin_trgm_ops)`.execute(db);
    await sql`create index catalogue_search_group on catalogue_search (grp, sort_key desc)`.execute(db);
    await sql`create index catalogue_search_order on catalogue_search (sort_key desc)`.execute(db);
  } else {
    for (const t of ['catalogue_search', 'catalogue_search_tri', 'catalogue_search_pairs'])
      await sql`drop table if exists ${sql.table(t)}`.execute(db);
    await sql`create virtual table catalogue_search_index using fts5(title, body, tchars, bchars, words, facets, tokenize = ${sql.lit(TOKENIZE)}, detail = full, content = '', contentless_delete = 1)`.execute(
      db,
    );
    await sql`create table catalogue_search_keys (entry_id integer primary key, sort_key integer not null)`.execute(db);
  }
  await backfill(db);
}

async function createTrigram(db: Kysely<any>): Promise<void> {
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
  } catch (err) {
    throw new Error(
      `PostgreSQL 扩展 pg_trgm 未安装，当前数据库角色也无权安装（${(err as Error).message}）。` +
        '请由数据库管理员在本数据库中执行一次 CREATE EXTENSION pg_trgm;（或授予该角色本数据库的 CREATE 权限），然后重新启动。' +
        'pg_trgm is not installed and this role may not create it: have an administrator run CREATE EXTENSION pg_trgm; in this database, then start again.',
    );
  }
}

type Row = {
  id: number;
  agency_id: number;
  path: string;
  published_on: string | null;
  title: string;
  doc_no: string | null;
  summary: string;
  body: string;
  column_id: number;
  genre: string;
  validity: string;
  topic: string;
};

/** Every published entry into the new index, 500 at a time, through the same code publication uses. */
async function backfill(db: Kysely<any>): Promise<void> {
  const dialect = isPostgres(db) ? 'postgres' : 'sqlite';
  for (let after = 0; ; ) {
    const { rows } =
      await sql<Row>`select e.id, e.agency_id, a.path, e.published_on, e.title, e.doc_no, e.summary, e.body, e.column_id, e.genre, e.validity, e.topic
      from catalogue_entries e join agencies a on a.id = e.agency_id where e.state = 'published' and e.id > ${after} order by e.id limit 500`.execute(
        db,
      );
    if (!rows.length) break;
    const files = await sql<{
      entry_id: number;
      filename: string;
      text: string | null;
    }>`select entry_id, filename, text from catalogue_attachments
      where removed = 0 and entry_id in (${sql.join(rows.map((r) => r.id))}) order by id`.execute(db);
    const entries = rows.map((r) =>
      searchEntryOf(
        {
          id: Number(r.id),
          agencyId: Number(r.agency_id),
          publishedOn: r.published_on,
          title: r.title,
          docNo: r.doc_no,
          summary: r.summary,
          body: r.body,
          columnId: Number(r.column_id),
          genre: r.genre as Genre,
          validity: r.validity as Validity,
          topic: r.topic,
        },
        files.rows.filter((f) => Number(f.entry_id) === Number(r.id)),
        r.path,
      ),
    );
    await indexNewEntries(db, dialect, entries);
    after = Number(rows.at(-1)!.id);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  // Back to 0016's empty tables (their texts are not rebuilt: publish again, or restore a backup).
  if (isPostgres(db)) {
    await sql`drop table catalogue_search`.execute(db);
    await sql`create table catalogue_search (entry_id integer primary key, agency_id integer not null, tokens text not null, raw text not null)`.execute(
      db,
    );
    await sql`create index catalogue_search_tsv on catalogue_search using gin (to_tsvector('simple', tokens))`.execute(
      db,
    );
    await sql`create index catalogue_search_agency on catalogue_search (agency_id)`.execute(db);
  } else {
    await sql`drop table catalogue_search_index`.execute(db);
    await sql`drop table catalogue_search_keys`.execute(db);
    await sql`create virtual table catalogue_search using fts5(entry_id unindexed, agency_id unindexed, tokens, tokenize = 'unicode61')`.execute(
      db,
    );
    await sql`create virtual table catalogue_search_tri using fts5(entry_id unindexed, agency_id unindexed, raw, tokenize = 'trigram')`.execute(
      db,
    );
    await sql`create virtual table catalogue_search_pairs using fts5(pairs, tokenize = 'unicode61', detail = 'none')`.execute(
      db,
    );
  }
}
