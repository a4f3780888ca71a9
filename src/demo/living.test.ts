// The demo lives in the day it is loaded: cases in every state with their letters, a 复议 and a 诉讼, feedback,
// trainings, an assessment, a checker batch, last year's report in review (or published once due) and earlier years
// published — and the first screen does not say a report is overdue. Loaded on two days: in December (last year's
// report long due) and in January (last year's report closed and in review, due in a few weeks).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { listAppeals } from '../appeals/store.ts';
import type { StaffActor } from '../auth/actor.ts';
import { seedCalendar } from '../calendar/seed.ts';
import { makeCtx } from '../context.ts';
import { listFeedback } from '../feedback/store.ts';
import { reportDashboard } from '../report/dashboard-status.ts';
import { listBatch, listBatches } from '../report/upload-store.ts';
import { viewAnnualReport } from '../report/view-report.ts';
import { STATES } from '../requests/lifecycle.ts';
import { listRequests } from '../requests/store.ts';
import { listLetters } from '../requests/letter-store.ts';
import { findUserForLogin } from '../staff/store.ts';
import { listTrainings } from '../supervision/store.ts';
import { DEMO_CODE, seedDemo } from './township.ts';

async function actor(t: TestDb, username: string): Promise<StaffActor> {
  const u = (await findUserForLogin(t.db, username))!;
  return {
    kind: 'staff',
    userId: u.id,
    username,
    displayName: u.displayName,
    agencyId: u.agencyId,
    agencyCode: u.agencyCode,
    agencyPath: u.agencyPath,
    roles: u.roles,
  };
}

for (const [label, now, lastState] of [
  ['in December', '2026-12-06T03:00:00Z', 'published'],
  ['in January', '2026-01-12T03:00:00Z', 'frozen'],
] as const) {
  describe(`${DIALECT}: the demo loaded ${label}`, () => {
    let t: TestDb;
    const at = new Date(now);
    const year = at.getUTCFullYear();
    before(async () => {
      t = await createTestDb();
      await seedCalendar(t.db, at, t.config);
      await seedDemo(t.db, t.config, { now: at, passwords: () => 'demo-password-一二三' });
    });
    after(() => t?.close());

    test('has a case in every state of the workflow, the letters of their steps, a 复议 and a 诉讼', async () => {
      const clerk = makeCtx({ db: t.db, config: t.config, now: at }, await actor(t, 'donghe-clerk'));
      const cases = await listRequests(t.db, clerk.scope, {});
      const states = new Set(cases.map((c) => c.state));
      for (const s of STATES) assert.ok(states.has(s), `a case in state ${s}`);
      const letters = (await Promise.all(cases.map((c) => listLetters(t.db, c.id)))).flat().map((l) => l.kind);
      for (const k of ['reply', 'correction', 'extension', 'consultation', 'fee', 'reasons_request'])
        assert.ok(letters.includes(k), `a ${k} letter`);
      assert.ok(
        cases.every((c) => c.received_on > '2023-12-31'),
        'nothing new in the reference year',
      );
      const appeals = await listAppeals(t.db, clerk.scope, clerk.actor.kind === 'staff' ? clerk.actor.agencyId : 0);
      assert.deepEqual(appeals.map((a) => a.kind).sort(), ['litigation_direct', 'reconsideration']);
    });

    test('has feedback (one answered and published), trainings and a checker batch of files 1, 2 and 10', async () => {
      const clerk = makeCtx({ db: t.db, config: t.config, now: at }, await actor(t, 'donghe-clerk'));
      const feedback = await listFeedback(t.db, clerk.scope, (clerk.actor as StaffActor).agencyId);
      assert.ok(feedback.some((f) => f.published && f.reply) && feedback.some((f) => !f.reply));
      const trainings = await listTrainings(t.db, clerk.scope, (clerk.actor as StaffActor).agencyId, year - 1);
      assert.ok(trainings.length >= 2, 'last year’s trainings');
      const supervisor = makeCtx({ db: t.db, config: t.config, now: at }, await actor(t, 'county-supervisor'));
      const [batch] = await listBatches(t.db, supervisor.scope);
      const uploads = await listBatch(t.db, supervisor.scope, batch!.batch);
      assert.deepEqual(uploads.map((u) => u.filename).sort(), ['1.txt', '10.txt', '2.txt']);
    });

    test(`earlier years published; last year’s report ${lastState}; the dashboard says nothing is overdue; 2023 stays the reference`, async () => {
      const head = makeCtx({ db: t.db, config: t.config, now: at }, await actor(t, 'donghe-head'));
      for (let y = 2023; y < year - 1; y++)
        assert.equal((await viewAnnualReport(head, DEMO_CODE, y)).row?.state, 'published', String(y));
      const last = await viewAnnualReport(head, DEMO_CODE, year - 1);
      assert.equal(last.row?.state, lastState);
      assert.ok(
        Object.values(last.texts).every((x) => x && !x.includes('2023年')),
        'last year’s texts written for its year',
      );
      const lines = await reportDashboard(head);
      assert.ok(
        lines.every((l) => !l.text.includes('已逾期')),
        lines.map((l) => l.text).join('\n'),
      );
      const ref = await viewAnnualReport(head, DEMO_CODE, 2023);
      assert.equal(ref.facts.tables.applications.received?.total ?? 0, 0);
    });
  });
}
