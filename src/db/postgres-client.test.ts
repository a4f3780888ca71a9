// The PostgreSQL client and driver (postgres-prepare.ts, postgres-commit.ts): repeated statements go as named prepared
// statements, several statements in one round trip answer with the last that returned rows, and a transaction can
// begin in the round trip of a statement committed just before it. PostgreSQL only.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createTestDb, DIALECT } from '../../test/db.ts';
import { beginningWith } from './postgres-commit.ts';
import { statementName } from './postgres-prepare.ts';

const pgOnly = { skip: DIALECT !== 'postgres' && 'PostgreSQL only' };

test('a text is named after its third use, with the same name every time; texts without parameters never', () => {
  const text = `select ${Math.random()} where 1 = $1`;
  assert.equal(statementName(text, 1), undefined);
  assert.equal(statementName(text, 1), undefined);
  const name = statementName(text, 1);
  assert.match(name ?? '', /^gk_[\w-]{22}$/);
  assert.equal(statementName(text, 1), name);
  for (let i = 0; i < 5; i++) assert.equal(statementName('begin', 0), undefined);
});

test('repeated queries are prepared once per connection and give the same answers', pgOnly, async () => {
  const t = await createTestDb();
  try {
    await t.db.connection().execute(async (conn) => {
      const q = (n: number) => sql<{ v: number }>`select ${n}::int + 1 as v /* prepared-test */`.execute(conn);
      const answers: number[] = [];
      for (let i = 0; i < 8; i++) answers.push((await q(i)).rows[0]!.v);
      assert.deepEqual(answers, [1, 2, 3, 4, 5, 6, 7, 8]);
      const { rows } = await sql<{
        n: number;
      }>`select count(*)::int as n from pg_prepared_statements where statement like '%prepared-test%'`.execute(conn);
      assert.equal(rows[0]!.n, 1, 'the connection holds the statement prepared, once');
    });
  } finally {
    await t.close();
  }
});

test(
  'a transaction begun with a preamble: its rows come back, it is committed and its lock free before the transaction ends',
  pgOnly,
  async () => {
    const t = await createTestDb();
    try {
      await sql`create table pre_counter (k text primary key, n integer not null)`.execute(t.db);
      await sql`insert into pre_counter values ('a', 0)`.execute(t.db);
      const drawn = await beginningWith("update pre_counter set n = n + 1 where k = 'a' returning n", (rows) =>
        t.db.transaction().execute(async (tx) => {
          const got = rows();
          // Another connection updates the same row while this transaction is open: the preamble's lock is gone.
          await sql`update pre_counter set n = n + 10 where k = 'a'`.execute(t.db);
          await sql`insert into pre_counter values ('b', 1)`.execute(tx);
          throw Object.assign(new Error('undone'), { got });
        }),
      ).catch((err: Error & { got: unknown }) => err.got);
      assert.deepEqual(drawn, [{ n: 1 }]);
      const { rows } = await sql<{ k: string; n: number }>`select k, n from pre_counter order by k`.execute(t.db);
      assert.deepEqual(rows, [{ k: 'a', n: 11 }], 'the preamble and the other update stay, the transaction is undone');
    } finally {
      await t.close();
    }
  },
);

test('a preamble that fails fails the transaction and leaves its connection clean', pgOnly, async () => {
  const t = await createTestDb();
  try {
    await assert.rejects(
      beginningWith('select * from no_such_table', () => t.db.transaction().execute(async () => 1)),
      /no_such_table/,
    );
    // Every connection of the pool still answers (none left in an aborted transaction).
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => sql<{ v: number }>`select ${i}::int as v`.execute(t.db)),
    );
    assert.deepEqual(
      answers.map((a) => a.rows[0]!.v),
      Array.from({ length: 12 }, (_, i) => i),
    );
  } finally {
    await t.close();
  }
});
