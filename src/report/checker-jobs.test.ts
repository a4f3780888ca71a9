// Checker jobs: a run that died is taken up again when its lease runs out, a job that keeps dying ends failed with a
// Chinese reason, and results appear only with the job's end (never half a batch).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import { queuedJob } from '../../test/support/checker-job.ts';
import { sampleReport } from '../../test/support/report-sample.ts';
import { silentLog } from '../context.ts';
import { claimJob, findJob } from './checker-job-store.ts';
import { kickChecker } from './checker-jobs.ts';
import { renderText } from './render/text.ts';
import { listBatch } from './upload-store.ts';

const report = (seed: number) =>
  Buffer.from(renderText(sampleReport({ seed, name: '示例乡人民政府', year: 2023 }), 'tab'));
const SYSTEM = { kind: 'system' } as const;

describe(`${DIALECT}: checker jobs`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => t.close());

  /** A job as a dead process left it: queued with its files kept, then claimed under a lease that has run out. */
  async function orphan(batch: string, attempts: number) {
    const agency = await buildAgency(t);
    const clerk = await staffCtx(t, agency, ['clerk']);
    await queuedJob(t, {
      batch,
      agencyId: agency.id,
      requestedBy: clerk.actor.kind === 'staff' ? clerk.actor.userId : null,
      files: [
        { name: '1.txt', bytes: report(1) },
        { name: '2.txt', bytes: report(2) },
      ],
    });
    for (let i = 0; i < attempts; i++) {
      const past = new Date(Date.now() - 60_000 + i * 1000).toISOString();
      assert.ok(await claimJob(t.db, batch, past, past));
    }
    return clerk;
  }

  test('a run that died is taken up again when its lease has run out, and stores the whole batch', async () => {
    const clerk = await orphan('a1a1a1a1a1a1a1a1', 1);
    assert.equal((await findJob(t.db, SYSTEM, 'a1a1a1a1a1a1a1a1'))!.state, 'running');
    assert.deepEqual(await listBatch(t.db, clerk.scope, 'a1a1a1a1a1a1a1a1'), [], 'nothing is shown before the end');
    await kickChecker(t.db, t.config, silentLog);
    const job = (await findJob(t.db, SYSTEM, 'a1a1a1a1a1a1a1a1'))!;
    assert.deepEqual([job.state, job.done, job.total, job.attempts], ['done', 2, 2, 2]);
    const rows = await listBatch(t.db, clerk.scope, 'a1a1a1a1a1a1a1a1');
    assert.deepEqual(
      rows.map((r) => [r.filename, r.error, r.report.agency.name]),
      [
        ['1.txt', null, '示例乡人民政府'],
        ['2.txt', null, '示例乡人民政府'],
      ],
    );
  });

  test('a job whose runs keep dying ends failed with a Chinese reason and no results', async () => {
    const clerk = await orphan('b2b2b2b2b2b2b2b2', 3);
    await kickChecker(t.db, t.config, silentLog);
    const job = (await findJob(t.db, SYSTEM, 'b2b2b2b2b2b2b2b2'))!;
    assert.equal(job.state, 'failed');
    assert.match(job.error ?? '', /中断 3 次.*重新上传/);
    assert.deepEqual(await listBatch(t.db, clerk.scope, 'b2b2b2b2b2b2b2b2'), []);
  });

  test('a job held by a live run is not taken by another', async () => {
    await orphan('c3c3c3c3c3c3c3c3', 0);
    const now = new Date().toISOString();
    const later = new Date(Date.now() + 60_000).toISOString();
    assert.ok(await claimJob(t.db, 'c3c3c3c3c3c3c3c3', now, later));
    assert.equal(await claimJob(t.db, 'c3c3c3c3c3c3c3c3', now, later), false);
  });
});
