// The embedded database under several processes (server workers, a CLI command beside the server): each process's
// transactions wait for the others' instead of failing, and no change is lost.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { test } from 'node:test';
import { withSqliteFile } from '../../test/db.ts';

const run = promisify(execFile);
const writer = new URL('../../test/sqlite-writer.ts', import.meta.url).pathname;

test('SQLite: read-then-write transactions from three processes at once all commit, none lost', async () => {
  await withSqliteFile(async (db, file) => {
    await sql`create table counter (n integer not null)`.execute(db);
    await sql`insert into counter values (0)`.execute(db);
    const each = 150;
    const results = await Promise.all(
      [1, 2, 3].map(() => run(process.execPath, ['--import', 'tsx', writer, file, String(each)])),
    );
    assert.deepEqual(
      results.map((r) => JSON.parse(r.stdout)),
      [{ failed: 0 }, { failed: 0 }, { failed: 0 }],
      results.map((r) => r.stderr).join(''),
    );
    const { rows } = await sql<{ n: number }>`select n from counter`.execute(db);
    assert.equal(rows[0]!.n, 3 * each);
  });
});
