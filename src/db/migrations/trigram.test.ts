// PostgreSQL: migration 0018 creates pg_trgm. A role that may not create it (no CREATE privilege on its database) gets
// one message saying what to run, in Chinese and English, and nothing of the migration is left half done; once an
// administrator has created the extension, the same role migrates.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'kysely';
import pg from 'pg';
import { DIALECT } from '../../../test/db.ts';
import { openDb } from '../connect.ts';
import { migrate } from '../migrate.ts';

async function as(url: string, sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

test('PostgreSQL: a role that may not create pg_trgm is told what to run, then migrates once it exists', {
  skip: DIALECT !== 'postgres',
}, async () => {
  const admin = process.env.DATABASE_URL!;
  const name = `gk_t_${randomBytes(6).toString('hex')}`;
  const role = `gk_r_${randomBytes(6).toString('hex')}`;
  const at = (user: string | undefined, db: string) => {
    const u = new URL(admin);
    if (user) {
      u.username = user;
      u.password = '';
    }
    u.pathname = `/${db}`;
    return u.toString();
  };
  await as(admin, `create database ${name}`);
  await as(admin, `create role ${role} login`);
  try {
    await as(at(undefined, name), `grant usage, create on schema public to ${role}`);
    const db = openDb({ kind: 'postgres', url: at(role, name) });
    try {
      await assert.rejects(
        migrate(db),
        (err: Error) =>
          /pg_trgm/.test(err.message) && /CREATE EXTENSION pg_trgm/.test(err.message) && /无权/.test(err.message),
      );
      const left = await sql<{
        table_name: string;
      }>`select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'gk_migration%'`.execute(
        db,
      );
      assert.deepEqual(left.rows, [], 'the failed run left no tables behind');
      assert.equal((await sql`select * from gk_migration`.execute(db)).rows.length, 0, 'and recorded no migration');
      await as(at(undefined, name), 'create extension pg_trgm');
      assert.ok((await migrate(db)).includes('0018-search-substrings'));
    } finally {
      await db.destroy();
    }
  } finally {
    await as(admin, `drop database if exists ${name} with (force)`);
    await as(admin, `drop role if exists ${role}`);
  }
});
