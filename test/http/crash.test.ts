// The crash drill, small (the full one is bench/crash.ts): the platform with two workers is killed with SIGKILL in the
// middle of a burst of applications, twice; every acknowledged application survives intact and once, the unanswered
// ones sent again exist once, the audit chains verify and the database's integrity check passes.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { crashDrill } from '../crash.ts';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { buildAgency } from '../factories.ts';

describe(`${DIALECT}: killed in the middle of a burst`, () => {
  let t: TestDb;
  let agency = '';
  before(async () => {
    t = await createTestDb();
    agency = (await buildAgency(t)).code;
  });
  after(async () => {
    await t.close();
  });

  test('no acknowledged application is lost, damaged or doubled; the audit and the database stay sound', {
    timeout: 240_000,
  }, async (c) => {
    const r = await crashDrill({
      env: { ...t.env, GONGKAI_WORKERS: '2' },
      agency,
      rounds: 2,
      clients: 6,
      burstMs: 2000,
    });
    c.diagnostic(`${r.rounds} kills, ${r.acknowledged} acknowledged, ${r.unanswered} unanswered and sent again`);
    assert.ok(r.acknowledged > 10, `only ${r.acknowledged} acknowledged`);
    assert.deepEqual(
      { lost: r.lost, damaged: r.damaged, duplicated: r.duplicated, audit: r.audit, integrity: r.integrity },
      { lost: [], damaged: [], duplicated: [], audit: 'ok', integrity: 'ok' },
    );
  });
});
