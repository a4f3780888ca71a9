import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { after, before, beforeEach, describe, test } from 'node:test';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import { canonicalJson, legacyRowHash, rowHash } from './chain.ts';
import { checkpointFile, writeCheckpoint } from './checkpoint.ts';
import { chainKey } from './keys.ts';
import { record } from './record.ts';
import { keyAuditChain } from './upgrade.ts';
import { verifyAuditChain } from './verify.ts';

describe(`${DIALECT}: the audit chains`, () => {
  let t: TestDb;
  const sys = { kind: 'system' as const, label: 'test' };
  const append = (i: number, agencyId: number | null = null) =>
    t.db
      .transaction()
      .execute((tx) =>
        record(
          tx,
          { config: t.config, actor: sys, now: new Date(`2026-01-0${i}T08:00:00Z`) },
          { action: 'demo.seeded', objectType: 'agency', objectId: i, agencyId, summary: { code: `a${i}` } },
        ),
      );
  const row = (pos: number) =>
    t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('chain', '=', 0)
      .where('chain_seq', '=', pos)
      .executeTakeFirstOrThrow();
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });
  beforeEach(async () => {
    rmSync(checkpointFile(t.config), { force: true });
    await t.db.deleteFrom('audit_log').execute();
    await t.db.deleteFrom('audit_chains').execute();
    for (let i = 1; i <= 5; i++) await append(i);
  });

  test('an untouched log verifies', async () => {
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok, true);
    assert.equal(r.rows, 5);
  });

  test('a row edited directly in the database is named', async () => {
    await t.db
      .updateTable('audit_log')
      .set({ summary: '{"code":"forged"}' })
      .where('seq', '=', (await row(3)).seq)
      .execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.position, r.problem], [3, 'altered']);
    assert.match(r.ok ? '' : r.message, /内容已被修改/);
  });

  test('a deleted row is named', async () => {
    await t.db.deleteFrom('audit_log').where('chain_seq', '=', 2).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.position, r.problem], [2, 'deleted']);
  });

  test('a row whose hash was recomputed with the key after editing breaks the next row', async () => {
    const r2 = await row(2);
    const forged = { ...r2, chain: 0, chain_seq: 2, summary: '{"code":"forged"}' };
    await t.db
      .updateTable('audit_log')
      .set({ summary: forged.summary, hash: rowHash(forged, chainKey(t.config)) })
      .where('seq', '=', r2.seq)
      .execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.position, r.problem], [3, 'inserted']);
  });

  test('a row appended behind the chain head is named as inserted', async () => {
    const last = await row(5);
    const { seq: _s, ...rest } = last;
    const extra = { ...rest, chain: 0, chain_seq: 6, prev_hash: last.hash, summary: '{"code":"sneaked"}' };
    await t.db
      .insertInto('audit_log')
      .values({ ...extra, hash: rowHash(extra, chainKey(t.config)) })
      .execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.position, r.problem], [6, 'inserted']);
  });

  test('a deleted tail is named', async () => {
    await t.db.deleteFrom('audit_log').where('chain_seq', '>=', 4).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.position, r.problem], [4, 'truncated']);
  });

  test('a row slipped in outside every chain is named', async () => {
    const { seq: _s, ...rest } = await row(5);
    await t.db
      .insertInto('audit_log')
      .values({ ...rest, chain: null, chain_seq: null })
      .execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : r.problem, 'inserted');
  });

  test('appends from concurrent transactions keep every chain unbroken; each agency has its own chain', async () => {
    const [a, b] = [await buildAgency(t), await buildAgency(t)];
    await Promise.all(Array.from({ length: 30 }, (_, i) => append(1, [null, a.id, b.id][i % 3]!)));
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok, true, r.ok ? '' : r.message);
    const chains = await t.db
      .selectFrom('audit_chains')
      .select(['chain', 'seq'])
      .where('chain', 'in', [0, a.id, b.id])
      .orderBy('chain')
      .execute();
    assert.deepEqual(
      chains.map((c) => [Number(c.chain), Number(c.seq)]),
      [
        [0, 15],
        [a.id, 11],
        [b.id, 11],
      ],
    ); // + each agency's own creation
    const { n } = (
      await sql<{ n: number }>`select count(distinct prev_hash) as n from audit_log where chain = 0`.execute(t.db)
    ).rows[0]!;
    assert.equal(Number(n), 15);
  });

  test('a chain rewritten whole, every later hash recomputed without the key, is caught at the first changed row', async () => {
    let prev = '0'.repeat(64);
    for (let pos = 1; pos <= 5; pos++) {
      const r = await row(pos);
      const summary = pos === 2 ? '{"code":"forged"}' : r.summary;
      const hash = createHash('sha256')
        .update(canonicalJson({ ...r, hash: undefined, summary, prev_hash: prev }))
        .digest('hex');
      await t.db.updateTable('audit_log').set({ summary, prev_hash: prev, hash }).where('seq', '=', r.seq).execute();
      prev = hash;
    }
    await t.db.updateTable('audit_chains').set({ hash: prev }).where('chain', '=', 0).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(
      r.ok ? null : [r.position, r.problem],
      [1, 'altered'],
      'not even the untouched first row verifies: its hash was not made with the key',
    );
  });

  test('a cut-off tail with the head wound back verifies as a chain, but not against the signed checkpoint', async () => {
    await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:00:00Z'));
    const third = await row(3);
    await t.db.deleteFrom('audit_log').where('chain_seq', '>', 3).execute();
    await t.db.updateTable('audit_chains').set({ seq: 3, hash: third.hash }).where('chain', '=', 0).execute();
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.position, r.problem], [4, 'truncated']);
    assert.match(r.ok ? '' : r.message, /检查点/);
  });

  test('a checkpoint line edited or made up without the signing key is named', async () => {
    await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:00:00Z'));
    const line = JSON.parse(readFileSync(checkpointFile(t.config), 'utf8').trim().split('\n').at(-1)!);
    appendFileSync(
      checkpointFile(t.config),
      `${JSON.stringify({ ...line, chains: { 0: [2, line.chains['0'][1]] } })}\n`,
    );
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok ? null : r.problem, 'checkpoint');
    assert.match(r.ok ? '' : r.message, /签名/);
  });

  test("the server's checkpoints name only the chains that moved; an intact log verifies against them", async () => {
    const first = await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:00:00Z'));
    assert.deepEqual(first?.chains['0']?.[0], 5);
    assert.equal(
      await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:05:00Z')),
      undefined,
      'nothing moved: no line',
    );
    await append(6);
    const second = await writeCheckpoint(t.db, t.config, new Date('2026-01-06T00:10:00Z'));
    assert.deepEqual(Object.keys(second!.chains), ['0']);
    const r = await verifyAuditChain(t.db, t.config);
    assert.equal(r.ok, true, r.ok ? '' : r.message);
    assert.equal(r.ok ? r.checkpoints : 0, 2);
  });
});

describe(`${DIALECT}: upgrading a log written before the keyed chains`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  /** As the single SHA-256 chain left it: rows with their overall seq, no chain, the head in audit_head. */
  async function legacyLog(agencies: Array<number | null>): Promise<void> {
    await t.db.deleteFrom('audit_log').execute();
    await t.db.deleteFrom('audit_chains').execute();
    let prev = '0'.repeat(64);
    for (const [i, agencyId] of agencies.entries()) {
      const seq = i + 1;
      const r = {
        seq,
        at: `2025-01-0${seq}T08:00:00.000Z`,
        actor: 'system:old',
        actor_user_id: null,
        agency_id: agencyId,
        action: 'demo.seeded',
        object_type: 'agency',
        object_id: String(seq),
        summary: `{"code":"o${seq}"}`,
        prev_hash: prev,
      };
      prev = legacyRowHash(r);
      await t.db
        .insertInto('audit_log')
        .values({ ...r, hash: prev, chain: null, chain_seq: null })
        .execute();
    }
    await t.db.updateTable('audit_head').set({ seq: agencies.length, hash: prev, keyed: 0 }).execute();
  }

  test("an intact legacy log is re-chained into its agencies' chains once, and then verifies and keeps growing", async () => {
    const a = await buildAgency(t);
    await legacyLog([null, a.id, null, a.id]);
    assert.equal((await verifyAuditChain(t.db, t.config)).ok, true, 'the legacy log verifies as what it is');
    assert.equal(await keyAuditChain(t.db, t.config), 4);
    assert.equal(await keyAuditChain(t.db, t.config), 0);
    await t.db
      .transaction()
      .execute((tx) =>
        record(
          tx,
          { config: t.config, actor: { kind: 'system', label: 'test' }, now: new Date() },
          { action: 'demo.seeded', objectType: 'agency', agencyId: a.id, summary: { code: 'new' } },
        ),
      );
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? [r.rows, r.chains, r.keyed] : r.message, [5, 2, true]);
  });

  test('a legacy log that was tampered with is not re-chained, so verification still names the row', async () => {
    await legacyLog([null, null, null, null]);
    await t.db.updateTable('audit_log').set({ summary: '{"code":"forged"}' }).where('seq', '=', 2).execute();
    assert.equal(await keyAuditChain(t.db, t.config), undefined);
    const r = await verifyAuditChain(t.db, t.config);
    assert.deepEqual(r.ok ? null : [r.seq, r.problem], [2, 'altered']);
  });
});
