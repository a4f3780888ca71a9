// The roll-up on a real database: a county's consolidated tables over its townships, and each township's own report
// checked automatically — missing, not yet published, or carrying an error against its previous year.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Agency } from '../agencies/store.ts';
import { makeCtx } from '../context.ts';
import { parseInput } from '../input.ts';
import { Application } from '../requests/form.ts';
import { submitApplication } from '../requests/submit.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { freezeAnnualReport } from './freeze-report.ts';
import { rollupReport } from './rollup.ts';

describe(`${DIALECT}: a county's roll-up`, () => {
  let t: TestDb;
  let county: Agency, a: Agency, b: Agency;
  const at = (day: string) => new Date(`${day}T02:00:00Z`);
  const apply = async (code: string, day: string) =>
    submitApplication(
      makeCtx({ ...t, now: at(day) }, { kind: 'public', ip: '127.0.0.1' }),
      code,
      parseInput(Application, applicationInput()),
    );
  const staff = async (agency: Agency, roles: ('head' | 'supervisor' | 'clerk')[], day: string) => {
    const u = await buildStaff(t, agency.code, roles);
    return makeCtx(
      { ...t, now: at(day) },
      {
        kind: 'staff',
        userId: u.id,
        username: u.username,
        displayName: '测试',
        agencyId: agency.id,
        agencyCode: agency.code,
        agencyPath: agency.path,
        roles,
      },
    );
  };

  before(async () => {
    t = await createTestDb();
    county = await buildAgency(t, { kind: 'county', name: '汇总县人民政府' });
    a = await buildAgency(t, { parent: county.code, name: '甲乡人民政府' });
    b = await buildAgency(t, { parent: county.code, name: '乙乡人民政府' });
    await apply(a.code, '2024-12-16');
    await apply(b.code, '2025-03-03');
    await apply(b.code, '2025-05-06');
    await freezeAnnualReport(await staff(a, ['head'], '2025-01-05'), a.code, 2024);
    await apply(a.code, '2024-12-30'); // registered after 甲乡 closed 2024
    await freezeAnnualReport(await staff(a, ['head'], '2026-01-05'), a.code, 2025);
  });
  after(async () => {
    await t.close();
  });

  test("the consolidated 表三 is the sum of the townships, and each township's report status and findings are listed", async () => {
    const r = await rollupReport(await staff(county, ['supervisor'], '2026-02-01'), county.code, 2025);
    assert.equal(r.report.tables.applications!.received!.total, 2, "乙乡's two");
    assert.equal(r.report.tables.applications!.carriedIn!.total, 2, "甲乡's two 2024 cases, as the data now stands");
    assert.deepEqual(
      r.report.findings.filter((f) => f.severity === 'error'),
      [],
    );
    const byName = new Map(r.units.map((u) => [u.name, u]));
    assert.equal(byName.get('乙乡人民政府')!.status, 'missing');
    assert.deepEqual(
      [byName.get('乙乡人民政府')!.checked, byName.get('乙乡人民政府')!.overdue],
      [false, true],
      '乙乡 has no 2025 report on 2026-02-01: unchecked and overdue, never “0 errors”',
    );
    const jia = byName.get('甲乡人民政府')!;
    assert.equal(jia.status, 'frozen');
    assert.equal(jia.checked, true);
    assert.ok(jia.errors >= 1, "甲乡 2025 carries in 2 against its 2024 report's 1 (CROSS_YEAR.CARRY)");
  });

  test('a township clerk may not roll up; a supervisor of another county does not find this one', async () => {
    await assert.rejects(rollupReport(await staff(a, ['clerk'], '2026-02-01'), a.code, 2025), /无权/);
    const other = await buildAgency(t, { kind: 'county' });
    await assert.rejects(
      rollupReport(await staff(other, ['supervisor'], '2026-02-01'), county.code, 2025),
      /找不到|不存在/,
    );
  });
});
