// The search index's migrations on a SQLite data folder indexed before them. 0014: the agency token in front of each
// row's words becomes a prefix of every word ("zzagency7zz 低保 城乡" → "7x低保 7x城乡"), a row without words stays
// without, and down() undoes it. 0016: the Han character pairs of every indexed text are backfilled, agency-scoped.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { withSqliteFile } from '../../../test/db.ts';
import type { Db } from '../connect.ts';
import { MIGRATIONS } from './index.ts';
import * as m0014 from './0014-search-agency-terms.ts';
import * as m0016 from './0016-search-han-pairs.ts';

/** A SQLite data folder as it was before migration `name`. */
async function migrateBefore(db: Db, name: string): Promise<void> {
  const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([m]) => m < name));
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => before },
    migrationTableName: 'gk_migration',
    migrationLockTableName: 'gk_migration_lock',
  }).migrateToLatest();
  assert.equal(error, undefined);
}

test('SQLite: 0014 scopes every indexed word to its agency, and down() restores the old rows', async () => {
  await withSqliteFile(async (db) => {
    await migrateBefore(db, '0014');
    // Bound from JS numbers, as the indexer did (SQLite keeps them as 7.0 in the FTS table's columns).
    for (const [id, agency, tokens] of [
      [1, 7, 'zzagency7zz 低保 城乡 城乡低保'],
      [2, 12, 'zzagency12zz 2023 医保'],
      [3, 7, 'zzagency7zz '],
    ] as const) {
      await sql`insert into catalogue_search (rowid, entry_id, agency_id, tokens) values (${id}, ${id}, ${agency}, ${tokens})`.execute(
        db,
      );
    }
    await m0014.up(db);
    const rows = async () =>
      (await sql<{ tokens: string }>`select tokens from catalogue_search order by rowid`.execute(db)).rows.map(
        (r) => r.tokens,
      );
    assert.deepEqual(await rows(), ['7x低保 7x城乡 7x城乡低保', '12x2023 12x医保', '']);
    const hits = await sql<{
      rowid: number;
    }>`select rowid from catalogue_search where catalogue_search match '"7x低保"'`.execute(db);
    assert.deepEqual(
      hits.rows.map((r) => r.rowid),
      [1],
    );
    assert.equal(
      (await sql`select rowid from catalogue_search where catalogue_search match '"12x低保"'`.execute(db)).rows.length,
      0,
    );
    await m0014.down(db);
    assert.deepEqual(await rows(), ['zzagency7zz 低保 城乡 城乡低保', 'zzagency12zz 2023 医保', 'zzagency7zz ']);
  });
});

test("SQLite: 0016 backfills each indexed text's Han pairs under its agency, found by a phrase's pairs", async () => {
  await withSqliteFile(async (db) => {
    await migrateBefore(db, '0016');
    for (const [id, agency, raw] of [
      [1, 7, '镇政府信息公开栏管理办法\n各村按月更新。'],
      [2, 12, '信息公开栏'],
      [3, 7, 'annual report 2023'],
    ] as const) {
      await sql`insert into catalogue_search_tri (rowid, entry_id, agency_id, raw) values (${id}, ${id}, ${agency}, ${raw})`.execute(
        db,
      );
    }
    await m0016.up(db);
    const match = async (q: string) =>
      (
        await sql<{
          rowid: number;
        }>`select rowid from catalogue_search_pairs where catalogue_search_pairs match ${q} order by rowid`.execute(db)
      ).rows.map((r) => r.rowid);
    assert.deepEqual(await match('"7y信息" AND "7y息公" AND "7y公开" AND "7y开栏"'), [1]);
    assert.deepEqual(await match('"12y开栏"'), [2]);
    assert.deepEqual(await match('"7y村按"'), [1]);
    assert.deepEqual(await match('"7y办法" AND "7y更新"'), [1]);
    assert.deepEqual(await match('"7y法各"'), [], 'no pair across a line break');
    assert.equal(
      (await sql`select rowid from catalogue_search_pairs where rowid = 3`.execute(db)).rows.length,
      1,
      'a text without Han characters has an empty row',
    );
  });
});
