// SQLite's search index: every token is scoped to its agency ("12x低保" instead of a separate "zzagency12zz" token ANDed
// with "低保"). A query then reads only its own agency's postings, however many agencies the province holds; before,
// every search walked the word's postings across all of them. PostgreSQL keeps its agency_id column (it has statistics
// and an index per column), so nothing changes there.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from './portable.ts';

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  // "zzagency12zz a b" → "12xa 12xb" (tokens are letters and digits only, so a space is the only separator). The agency
  // column was bound from a JS number and may hold 12.0: cast, or the prefix would read "12.0x".
  await sql`update catalogue_search set tokens = case
    when instr(tokens, ' ') = 0 or trim(substr(tokens, instr(tokens, ' ') + 1)) = '' then ''
    else cast(agency_id as integer) || 'x' || replace(substr(tokens, instr(tokens, ' ') + 1), ' ', ' ' || cast(agency_id as integer) || 'x') end
    where tokens like 'zzagency%'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`update catalogue_search set tokens = 'zzagency' || cast(agency_id as integer) || 'zz' || replace(' ' || tokens, ' ' || cast(agency_id as integer) || 'x', ' ')`.execute(
    db,
  );
}
