// SQLite's substring index: the pairs of adjacent Han characters of each indexed text, scoped to its agency like the
// word terms (0014): "7y公开". A Chinese phrase of three characters or more that jieba cuts differently in the text
// (信息公开栏) is found by its pairs, then checked as a substring on those few candidates; before, the check read every
// published text of the agency. detail=none: only which entries hold a pair is kept, no positions. PostgreSQL is
// unchanged (its substring path is LIKE over the agency's rows).
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './portable.ts';

// The distinct pairs of adjacent Han characters of a text (信息公开栏 → 信息 息公 公开 开栏), as the indexer of the time
// made them (0018 replaced this index; the function lives here so the migration stays what it was).
const HAN_RUN = /\p{Script=Han}{2,}/gu;
function hanBigrams(text: string): string[] {
  const pairs = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  }
  return [...pairs];
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`create virtual table catalogue_search_pairs using fts5(pairs, tokenize = 'unicode61', detail = 'none')`.execute(
    db,
  );
  // Backfill from the raw texts already indexed (title, summary, body, 文号 and attachments' text), 500 rows a statement.
  // The pairs come from the same function the indexer used.
  for (let after = 0; ; ) {
    const { rows } = await sql<{
      rowid: number;
      agency: number;
      raw: string;
    }>`select rowid, cast(agency_id as integer) as agency, raw from catalogue_search_tri where rowid > ${after} order by rowid limit 500`.execute(
      db,
    );
    if (!rows.length) break;
    await sql`insert into catalogue_search_pairs (rowid, pairs) values ${sql.join(
      rows.map(
        (r) =>
          sql`(${r.rowid}, ${hanBigrams(r.raw)
            .map((p) => `${r.agency}y${p}`)
            .join(' ')})`,
      ),
    )}`.execute(db);
    after = Number(rows.at(-1)!.rowid);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table catalogue_search_pairs`.execute(db);
}
