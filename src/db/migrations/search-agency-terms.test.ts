// Migration 0014 on a SQLite data folder indexed before it: the agency token in front of each row's words becomes a
// prefix of every word ("zzagency7zz 低保 城乡" → "7x低保 7x城乡"), a row without words stays without, and down() undoes it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { Migrator, sql } from 'kysely';
import { openDb } from '../connect.ts';
import { MIGRATIONS } from './index.ts';
import * as m0014 from './0014-search-agency-terms.ts';

test('SQLite: 0014 scopes every indexed word to its agency, and down() restores the old rows', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-m0014-'));
  const db = openDb({ kind: 'sqlite', file: path.join(dir, 'gongkai.db') });
  try {
    const before = Object.fromEntries(Object.entries(MIGRATIONS).filter(([name]) => name < '0014'));
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => before }, migrationTableName: 'gk_migration', migrationLockTableName: 'gk_migration_lock' }).migrateToLatest();
    assert.equal(error, undefined);
    await sql`insert into catalogue_search (rowid, entry_id, agency_id, tokens) values (1, 1, 7, 'zzagency7zz 低保 城乡 城乡低保'), (2, 2, 12, 'zzagency12zz 2023 医保'), (3, 3, 7, 'zzagency7zz ')`.execute(db);
    await m0014.up(db);
    const rows = async () => (await sql<{ tokens: string }>`select tokens from catalogue_search order by rowid`.execute(db)).rows.map((r) => r.tokens);
    assert.deepEqual(await rows(), ['7x低保 7x城乡 7x城乡低保', '12x2023 12x医保', '']);
    const hits = await sql<{ rowid: number }>`select rowid from catalogue_search where catalogue_search match '"7x低保"'`.execute(db);
    assert.deepEqual(hits.rows.map((r) => r.rowid), [1]);
    assert.equal((await sql`select rowid from catalogue_search where catalogue_search match '"12x低保"'`.execute(db)).rows.length, 0);
    await m0014.down(db);
    assert.deepEqual(await rows(), ['zzagency7zz 低保 城乡 城乡低保', 'zzagency12zz 2023 医保', 'zzagency7zz ']);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
