import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { sql } from 'kysely';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { record } from './record.ts';
import { verifyAuditChain } from './verify.ts';
import { testClock } from '../../test/clock.ts';

describe(`${DIALECT}: the audit hash chain`, () => {
  let t: TestDb;
  before(async () => { t = await createTestDb(); });
  after(async () => { await t.close(); });
  beforeEach(async () => {
    await t.db.deleteFrom('audit_log').execute();
    await t.db.updateTable('audit_head').set({ seq: 0, hash: '0'.repeat(64) }).execute();
    for (let i = 1; i <= 5; i++) {
      await t.db.transaction().execute((tx) => record(tx, { actor: { kind: 'system', label: 'test' }, now: new Date(`2026-01-0${i}T08:00:00Z`) }, { action: 'demo.seeded', objectType: 'agency', objectId: i, summary: { code: `a${i}` } }));
    }
  });

  test('an untouched log verifies', async () => {
    const r = await verifyAuditChain(t.db);
    assert.equal(r.ok, true);
    assert.equal(r.rows, 5);
  });

  test('a row edited directly in the database is named', async () => {
    await t.db.updateTable('audit_log').set({ summary: '{"code":"forged"}' }).where('seq', '=', 3).execute();
    const r = await verifyAuditChain(t.db);
    assert.equal(r.ok, false);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [3, 'altered']);
  });

  test('a deleted row is named', async () => {
    await t.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
    const r = await verifyAuditChain(t.db);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [2, 'deleted']);
  });

  test('a row whose hash was recomputed after editing breaks the next row', async () => {
    const row = await t.db.selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    const { rowHash } = await import('./chain.ts');
    const forged = { ...row, summary: '{"code":"forged"}' };
    await t.db.updateTable('audit_log').set({ summary: forged.summary, hash: rowHash(forged) }).where('seq', '=', 2).execute();
    const r = await verifyAuditChain(t.db);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [3, 'inserted']);
  });

  test('a row appended behind the chain head is named as inserted', async () => {
    const last = await t.db.selectFrom('audit_log').selectAll().where('seq', '=', 5).executeTakeFirstOrThrow();
    const { rowHash } = await import('./chain.ts');
    const extra = { ...last, seq: 6, prev_hash: last.hash, summary: '{"code":"sneaked"}' };
    await t.db.insertInto('audit_log').values({ ...extra, hash: rowHash(extra) }).execute();
    const r = await verifyAuditChain(t.db);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [6, 'inserted']);
  });

  test('a deleted tail is named', async () => {
    await t.db.deleteFrom('audit_log').where('seq', '>=', 4).execute();
    const r = await verifyAuditChain(t.db);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [4, 'truncated']);
  });

  test('appends from concurrent transactions keep one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.transaction().execute((tx) => record(tx, { actor: { kind: 'system', label: 'test' }, now: testClock() }, { action: 'demo.seeded', objectType: 'agency', summary: { code: `c${i}` } })),
      ),
    );
    const r = await verifyAuditChain(t.db);
    assert.equal(r.ok, true);
    assert.equal(r.rows, 25);
    const { n } = (await sql<{ n: number }>`select count(distinct prev_hash) as n from audit_log`.execute(t.db)).rows[0]!;
    assert.equal(Number(n), 25);
  });
});
