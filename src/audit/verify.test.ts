import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, test } from 'node:test';
import { rmSync } from 'node:fs';
import { sql } from 'kysely';
import { checkpointFile } from './checkpoint.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { record } from './record.ts';
import { verifyAuditChain } from './verify.ts';

describe(`${DIALECT}: the audit hash chain`, () => {
  let t: TestDb;
  before(async () => { t = await createTestDb(); });
  after(async () => { await t.close(); });
  beforeEach(async () => {
    rmSync(checkpointFile(t.config), { force: true });
    await t.db.deleteFrom('audit_log').execute();
    await t.db.updateTable('audit_head').set({ seq: 0, hash: '0'.repeat(64) }).execute();
    for (let i = 1; i <= 5; i++) {
      await t.db.transaction().execute((tx) => record(tx, { config: t.config, actor: { kind: 'system', label: 'test' }, now: new Date(`2026-01-0${i}T08:00:00Z`) }, { action: 'demo.seeded', objectType: 'agency', objectId: i, summary: { code: `a${i}` } }));
    }
  });

  test('an untouched log verifies', async () => {
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok, true);
    assert.equal(r.rows, 5);
  });

  test('a row edited directly in the database is named', async () => {
    await t.db.updateTable('audit_log').set({ summary: '{"code":"forged"}' }).where('seq', '=', 3).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok, false);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [3, 'altered']);
  });

  test('a deleted row is named', async () => {
    await t.db.deleteFrom('audit_log').where('seq', '=', 2).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [2, 'deleted']);
  });

  test('a row whose hash was recomputed after editing breaks the next row', async () => {
    const row = await t.db.selectFrom('audit_log').selectAll().where('seq', '=', 2).executeTakeFirstOrThrow();
    const { rowHash } = await import('./chain.ts');
    const { chainKey } = await import('./keys.ts');
    const forged = { ...row, summary: '{"code":"forged"}' };
    await t.db.updateTable('audit_log').set({ summary: forged.summary, hash: rowHash(forged, chainKey(t.config)) }).where('seq', '=', 2).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [3, 'inserted']);
  });

  test('a row appended behind the chain head is named as inserted', async () => {
    const last = await t.db.selectFrom('audit_log').selectAll().where('seq', '=', 5).executeTakeFirstOrThrow();
    const { rowHash } = await import('./chain.ts');
    const { chainKey } = await import('./keys.ts');
    const extra = { ...last, seq: 6, prev_hash: last.hash, summary: '{"code":"sneaked"}' };
    await t.db.insertInto('audit_log').values({ ...extra, hash: rowHash(extra, chainKey(t.config)) }).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [6, 'inserted']);
  });

  test('a deleted tail is named', async () => {
    await t.db.deleteFrom('audit_log').where('seq', '>=', 4).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [4, 'truncated']);
  });

  test('appends from concurrent transactions keep one unbroken chain', async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.db.transaction().execute((tx) => record(tx, { config: t.config, actor: { kind: 'system', label: 'test' }, now: new Date() }, { action: 'demo.seeded', objectType: 'agency', summary: { code: `c${i}` } })),
      ),
    );
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok, true);
    assert.equal(r.rows, 25);
    const { n } = (await sql<{ n: number }>`select count(distinct prev_hash) as n from audit_log`.execute(t.db)).rows[0]!;
    assert.equal(Number(n), 25);
  });

  test('a chain rewritten whole, every later hash recomputed without the key, is caught at the first changed row', async () => {
    const { createHash } = await import('node:crypto');
    const { canonicalJson } = await import('./chain.ts');
    const rows = await t.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
    let prev = '0'.repeat(64);
    for (const r of rows) {
      const forged = { ...r, prev_hash: prev, summary: r.seq === 2 ? '{"code":"forged"}' : r.summary };
      const { hash: _h, ...content } = forged;
      const hash = createHash('sha256').update(canonicalJson({ ...content, seq: Number(content.seq), actor_user_id: content.actor_user_id, agency_id: content.agency_id })).digest('hex');
      await t.db.updateTable('audit_log').set({ summary: forged.summary, prev_hash: prev, hash }).where('seq', '=', r.seq).execute();
      prev = hash;
    }
    await t.db.updateTable('audit_head').set({ hash: prev }).where('id', '=', 1).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok, false);
    assert.equal(r.ok ? null : r.seq, 1, 'not even the untouched first row verifies: its hash was not made with the key');
  });

  test('a cut-off tail with the head wound back verifies as a chain, but not against the signed checkpoint', async () => {
    const { writeCheckpoint } = await import('./checkpoint.ts');
    await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:00:00Z'));
    const third = await t.db.selectFrom('audit_log').select(['seq', 'hash']).where('seq', '=', 3).executeTakeFirstOrThrow();
    await t.db.deleteFrom('audit_log').where('seq', '>', 3).execute();
    await t.db.updateTable('audit_head').set({ seq: 3, hash: third.hash }).where('id', '=', 1).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [4, 'truncated']);
    assert.match(r.ok ? '' : r.message, /检查点/);
  });

  test('a checkpoint line edited or made up without the signing key is named', async () => {
    const { checkpointFile, writeCheckpoint } = await import('./checkpoint.ts');
    const { appendFileSync, readFileSync } = await import('node:fs');
    await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:00:00Z'));
    const line = JSON.parse(readFileSync(checkpointFile(t.config), 'utf8').trim().split('\n').at(-1)!);
    appendFileSync(checkpointFile(t.config), `${JSON.stringify({ ...line, seq: 2 })}\n`);
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : r.problem, 'checkpoint');
    assert.match(r.ok ? '' : r.message, /签名/);
  });

  test('a checkpoint written now and then by the server lets an intact chain verify, and names its newest checkpoint', async () => {
    const { writeCheckpoint } = await import('./checkpoint.ts');
    const first = await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:00:00Z'));
    assert.equal(first?.seq, 5);
    assert.equal(await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:05:00Z')), undefined, 'nothing new: no line');
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok, true, r.ok ? '' : r.message);
    assert.equal(r.ok ? r.checkpoints : 0, 1);
  });
});

describe(`${DIALECT}: upgrading a chain written before the audit key`, () => {
  let t: TestDb;
  before(async () => { t = await createTestDb(); });
  after(async () => { await t.close(); });

  async function legacyChain(n: number): Promise<void> {
    const { legacyRowHash } = await import('./chain.ts');
    await t.db.deleteFrom('audit_log').execute();
    let prev = '0'.repeat(64);
    for (let seq = 1; seq <= n; seq++) {
      const row = { seq, at: `2025-01-0${seq}T08:00:00.000Z`, actor: 'system:old', actor_user_id: null, agency_id: null, action: 'demo.seeded', object_type: 'agency', object_id: String(seq), summary: `{"code":"o${seq}"}`, prev_hash: prev };
      prev = legacyRowHash(row);
      await t.db.insertInto('audit_log').values({ ...row, hash: prev }).execute();
    }
    await t.db.updateTable('audit_head').set({ seq: n, hash: prev, keyed: 0 }).execute();
  }

  test('an intact legacy chain is re-chained under the key once, and then verifies and keeps growing', async () => {
    const { keyAuditChain } = await import('./upgrade.ts');
    await legacyChain(4);
    assert.equal((await verifyAuditChain(t.db, t.config)).ok, true, 'the legacy chain verifies as what it is');
    assert.equal(await keyAuditChain(t.db, t.config), 4);
    assert.equal(await keyAuditChain(t.db, t.config), 0);
    await t.db.transaction().execute((tx) => record(tx, { config: t.config, actor: { kind: 'system', label: 'test' }, now: new Date() }, { action: 'demo.seeded', objectType: 'agency', summary: { code: 'new' } }));
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? [r.rows, r.keyed] : r.message, [5, true]);
  });

  test('a legacy chain that was tampered with is not re-chained, so verification still names the row', async () => {
    const { keyAuditChain } = await import('./upgrade.ts');
    await legacyChain(4);
    await t.db.updateTable('audit_log').set({ summary: '{"code":"forged"}' }).where('seq', '=', 2).execute();
    assert.equal(await keyAuditChain(t.db, t.config), undefined);
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [2, 'altered']);
  });
});
