// 第三十五条's volume panel on a real database: the applicant's applications to the agency in the 30 days and the
// 12 months up to this one (matched on the identity, not the name; other agencies' cases not counted), the agency's
// thresholds (defaults until set, then its own), and other applicants' similar requests of the same 12 months
// without anything of those applicants.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx, type StaffCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { loadCase } from './case-view.ts';
import { Application } from './form.ts';
import { VolumeThresholdsForm, saveVolumeThresholds } from './save-volume-thresholds.ts';
import { submitApplication } from './submit.ts';
import { DEFAULT_THRESHOLDS, applicantVolume, overThresholds } from './volume.ts';

const X = { name: '陈大文', idNumber: '110105198001010016' };
const Y = { name: '林小红', idNumber: '440305199002020023' };

describe(`${DIALECT}: 第三十五条 — the applicant's volume and similar requests`, () => {
  let t: TestDb;
  let clerk: StaffCtx, elsewhere: StaffCtx;
  const staff = async (roles: ['clerk'] | ['reviewer']) => {
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, roles);
    return makeCtx(t, {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: '李信息',
      agencyId: agency.id,
      agencyCode: agency.code,
      agencyPath: agency.path,
      roles,
    }) as StaffCtx;
  };
  const apply = async (ctx: StaffCtx, who: typeof X, receivedOn: string, infoTitle: string) =>
    (
      await submitApplication(
        ctx,
        ctx.actor.agencyCode,
        parseInput(
          Application,
          applicationInput({
            ...who,
            infoTitle,
            infoDescription: `${infoTitle}全文`,
            email: '',
            formWanted: 'paper',
            delivery: 'pickup',
          }),
        ),
        { channel: 'in_person', receivedOn, evidence: '当面' },
      )
    ).id;

  before(async () => {
    t = await createTestDb();
    clerk = await staff(['clerk']);
    elsewhere = await staff(['clerk']);
  });
  after(async () => {
    await t.close();
  });

  test('counts the 30 days and 12 months up to the receipt, on the identity; thresholds from the agency', async () => {
    const id = await apply(clerk, X, '2026-03-02', '东和乡村道硬化工程的招标文件');
    // Within 30 days (2026-02-01 … 2026-03-02): three more; within 12 months (2025-03-03 …): two more; outside: two.
    for (const on of ['2026-02-20', '2026-02-10', '2026-02-01', '2025-06-01', '2025-03-03', '2025-03-02', '2026-03-05'])
      await apply(clerk, X, on, `第${on}号会议纪要`);
    await apply(clerk, { ...X, name: '陈大文（化名）' }, '2026-02-25', '另一份会议纪要'); // the same person, another name
    await apply(elsewhere, X, '2026-02-26', '村道硬化工程的招标文件'); // another agency: not counted
    // Other applicants: similar within 12 months (shown), similar but older (not), unrelated (not).
    const similar = await apply(clerk, Y, '2025-12-01', '东和乡村道硬化工程招标文件');
    await apply(clerk, Y, '2024-12-01', '东和乡村道硬化工程的招标文件');
    await apply(clerk, Y, '2026-01-15', '乡卫生院人员编制情况');

    const v = await applicantVolume(clerk, await loadCase(clerk, id));
    assert.deepEqual(
      { from30: v.from30, from12: v.from12, to: v.to, last30: v.last30Days, last12: v.last12Months },
      { from30: '2026-02-01', from12: '2025-03-03', to: '2026-03-02', last30: 5, last12: 7 },
    );
    assert.deepEqual(v.thresholds, DEFAULT_THRESHOLDS);
    assert.deepEqual([v.over30, v.over12], [false, false]);
    assert.deepEqual(
      v.similar.map((s) => s.id),
      [similar],
    );
    const shown = JSON.stringify(v);
    assert.ok(!shown.includes(Y.name) && !shown.includes(Y.idNumber) && !shown.includes(X.idNumber));

    await saveVolumeThresholds(clerk, parseInput(VolumeThresholdsForm, { per30Days: '4', per12Months: '7' }));
    const w = await applicantVolume(clerk, await loadCase(clerk, id));
    assert.deepEqual(w.thresholds, { per30Days: 4, per12Months: 7 });
    assert.deepEqual([w.over30, w.over12], [true, false], 'over means more than the threshold');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('summary')
      .where('action', '=', 'request.volume_settings_changed')
      .where('agency_id', '=', clerk.actor.agencyId)
      .executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(audit.summary), { per30Days: 4, per12Months: 7 });
  });

  test('thresholds must be whole numbers from 1 to 10000, refused in Chinese per field; a reviewer may not set them', async () => {
    assert.throws(
      () => parseInput(VolumeThresholdsForm, { per30Days: '0', per12Months: 'abc' }),
      (e: DomainError) =>
        e.code === 'invalid_input' &&
        /至少为 1/.test(e.fields?.per30Days ?? '') &&
        /12 个月/.test(e.fields?.per12Months ?? ''),
    );
    const reviewer = await staff(['reviewer']);
    await assert.rejects(
      saveVolumeThresholds(reviewer, { per30Days: 3, per12Months: 9 }),
      (e: DomainError) => e.code === 'forbidden',
    );
  });

  test('over a threshold is more than it, each window on its own', () => {
    const t10 = { per30Days: 10, per12Months: 50 };
    assert.deepEqual(overThresholds({ last30Days: 10, last12Months: 50 }, t10), { over30: false, over12: false });
    assert.deepEqual(overThresholds({ last30Days: 11, last12Months: 12 }, t10), { over30: true, over12: false });
    assert.deepEqual(overThresholds({ last30Days: 2, last12Months: 51 }, t10), { over30: false, over12: true });
  });
});
