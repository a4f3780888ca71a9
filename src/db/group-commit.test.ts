// Group commit on the embedded SQLite (group-commit.ts): transactions that queue together share one durable COMMIT,
// each one's failure undoes only itself, and nobody (the committer, or a reader during the batch) hears of a change
// before a second connection can read it from the file.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { withSqliteFile } from '../../test/db.ts';

async function table(db: Parameters<Parameters<typeof withSqliteFile>[0]>[0]) {
  await sql`create table t (id integer primary key, v text not null unique)`.execute(db);
}

test('transactions queued together share one durable commit, and each is reported only once a second connection reads it', async () => {
  await withSqliteFile(async (db, file) => {
    await table(db);
    assert.equal(db.sqlite!.pragma('synchronous', { simple: true }), 2, 'synchronous=FULL');
    const other = new SQLite(file, { readonly: true });
    const before = { ...db.commits! };
    const seenAtResolve: boolean[] = [];
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        await db.transaction().execute(async (tx) => {
          await sql`insert into t (v) values (${`row-${i}`})`.execute(tx);
          await sql`select count(*) from t`.execute(tx);
        });
        seenAtResolve.push(other.prepare('select 1 from t where v = ?').get(`row-${i}`) !== undefined);
      }),
    );
    other.close();
    assert.deepEqual(seenAtResolve, Array(50).fill(true));
    const commits = db.commits!.commits - before.commits;
    assert.equal(db.commits!.transactions - before.transactions, 50);
    assert.ok(commits < 50, `${commits} commits for 50 transactions`);
  });
});

test('a transaction that fails in a batch undoes only itself', async () => {
  await withSqliteFile(async (db) => {
    await table(db);
    const results = await Promise.allSettled(
      ['a', 'b', 'a', 'c'].map((v, i) =>
        db.transaction().execute(async (tx) => {
          await sql`insert into t (v) values (${`${v}-first-${i}`})`.execute(tx);
          await sql`insert into t (v) values (${v})`.execute(tx); // the second 'a' breaks the unique rule
        }),
      ),
    );
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'fulfilled', 'rejected', 'fulfilled'],
    );
    const { rows } = await sql<{ v: string }>`select v from t order by v`.execute(db);
    assert.deepEqual(
      rows.map((r) => r.v),
      ['a', 'a-first-0', 'b', 'b-first-1', 'c', 'c-first-3'],
    );
  });
});

test('a read during a batch answers only once what it saw is on disk', async () => {
  await withSqliteFile(async (db, file) => {
    await table(db);
    const other = new SQLite(file, { readonly: true });
    let visibleWhenRead = false;
    const writes = Array.from({ length: 20 }, (_, i) =>
      db.transaction().execute((tx) => sql`insert into t (v) values (${`w-${i}`})`.execute(tx)),
    );
    const read = sql<{ n: number }>`select count(*) as n from t`.execute(db).then((r) => {
      visibleWhenRead = (other.prepare('select count(*) as n from t').get() as { n: number }).n >= Number(r.rows[0]!.n);
    });
    await Promise.all([...writes, read]);
    other.close();
    assert.equal(visibleWhenRead, true);
  });
});
