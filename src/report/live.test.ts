// 表三 and the report from live cases on a real database (SQLite, or PostgreSQL when DATABASE_URL is set): intake by
// receipt date, results by closing date and outcome, carry-over across years, every applicant column, and a clean
// validation of what balances by construction.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../context.ts';
import { parseInput } from '../input.ts';
import { Application } from '../requests/form.ts';
import { performStep } from '../requests/perform-step.ts';
import { findRequest } from '../requests/store.ts';
import { submitApplication } from '../requests/submit.ts';
import { OUTCOMES, REPLY_OUTCOMES } from '../requests/outcomes.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import type { Agency } from '../agencies/store.ts';
import { runChecks } from './checks.ts';
import { applicationsTable } from './live.ts';
import { readTables } from './read-facts.ts';
import { viewAnnualReport } from './view-report.ts';
import { freezeAnnualReport } from './freeze-report.ts';
import { publishAnnualReport } from './publish-report.ts';

const ORG = {
  applicantType: 'org',
  name: '某某有限公司',
  orgCode: '11100000000013127D',
  legalRep: '李四',
  contactPerson: '王五',
  idType: '',
  idNumber: '',
};

test('each reply outcome lands in its own 表三 row and in 总计, for every applicant column', () => {
  for (const outcome of REPLY_OUTCOMES) {
    for (const kind of ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg']) {
      const t = applicationsTable([{ kind, result: outcome, received: 1, carriedIn: 0, count: 1 }]);
      const row = OUTCOMES[outcome].row;
      assert.equal(t[row]![kind as 'natural'], 1, `${outcome} ${kind}`);
      assert.equal(t[row]!.total, 1);
      assert.equal(t.total![kind as 'natural'], 1);
      const others = Object.entries(t).filter(
        ([k, r]) => k !== row && k !== 'total' && k !== 'received' && r.total !== 0,
      );
      assert.deepEqual(others, [], `${outcome} counted elsewhere`);
    }
  }
});

describe(`${DIALECT}: the annual report from live cases`, () => {
  let t: TestDb;
  let agency: Agency;
  let clerkUser: { id: number; username: string };
  const at = (day: string) => new Date(`${day}T02:00:00Z`); // 10:00 in China
  const citizen = (day: string) => makeCtx({ ...t, now: at(day) }, { kind: 'public', ip: '127.0.0.1' });
  const clerk = (day: string) =>
    makeCtx(
      { ...t, now: at(day) },
      {
        kind: 'staff',
        userId: clerkUser.id,
        username: clerkUser.username,
        displayName: '办理员',
        agencyId: agency.id,
        agencyCode: agency.code,
        agencyPath: agency.path,
        roles: ['clerk'],
      },
    );
  const apply = async (day: string, o: Record<string, string> = {}) =>
    (await submitApplication(citizen(day), agency.code, parseInput(Application, applicationInput(o)))).id;
  const step = async (id: number, day: string, s: Record<string, unknown>) => {
    const c = (await findRequest(t.db, { kind: 'system' }, id))!;
    await performStep(clerk(day), id, { version: c.version, onDate: day, ...s } as never);
  };
  const reply = async (id: number, day: string, outcome: string) => {
    await step(id, day, { event: 'accepted' });
    await step(id, day, {
      event: 'replied',
      outcome,
      basis: '条例第三十六条',
      reason: '依法说明的理由',
      holder: '示范县某局',
    });
  };

  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { name: '测试乡人民政府' });
    clerkUser = await buildStaff(t, agency.code, ['clerk']);
    // 2024: two received; one replied in 2024, one carried into 2025.
    const a = await apply('2024-03-04');
    await reply(a, '2024-03-20', 'disclosed');
    const b = await apply('2024-12-23');
    // 2025: b replied (carried in); four new cases across the columns: replied, withdrawn, still open at year end.
    await reply(b, '2025-01-08', 'partial');
    const c = await apply('2025-02-10', { ...ORG, orgKind: 'commercial' });
    await reply(c, '2025-03-03', 'not_held');
    const d = await apply('2025-04-07', { ...ORG, orgKind: 'research' });
    await step(d, '2025-04-09', { event: 'withdrawn', note: '申请人撤回' });
    const e = await apply('2025-12-29', { ...ORG, orgKind: 'legal' });
    void e;
    const f = await apply('2025-06-02', { ...ORG, orgKind: 'otherOrg' });
    await reply(f, '2025-06-20', 'duplicate');
  });
  after(async () => {
    await t.close();
  });

  test('2024: one received and answered, one carried out; the columns balance', async () => {
    const { applications } = await readTables(t.db, { agencyId: agency.id }, 2024);
    assert.equal(applications.received!.natural, 2);
    assert.equal(applications.disclosed!.natural, 1);
    assert.equal(applications.total!.natural, 1);
    assert.equal(applications.carriedOut!.natural, 1);
    assert.equal(applications.carriedOut!.total, 1);
  });

  test('2025: the carried case comes in as 上年结转 and is answered; new cases land in their columns and rows', async () => {
    const { applications: t25 } = await readTables(t.db, { agencyId: agency.id }, 2025);
    assert.equal(t25.carriedIn!.natural, 1);
    assert.equal(t25.carriedIn!.total, 1);
    assert.equal(t25.partiallyDisclosed!.natural, 1);
    assert.deepEqual(
      [
        t25.received!.commercial,
        t25.received!.research,
        t25.received!.legal,
        t25.received!.otherOrg,
        t25.received!.total,
      ],
      [1, 1, 1, 1, 4],
    );
    assert.equal(t25['unavailable.notHeld']!.commercial, 1);
    assert.equal(t25['other.other']!.research, 1, 'a withdrawal is 其他处理·其他');
    assert.equal(t25['notProcessed.duplicate']!.otherOrg, 1);
    assert.equal(t25.carriedOut!.legal, 1, 'received on 12-29 and still open on 12-31');
    assert.equal(t25.total!.total, 4);
    const { applications: t24 } = await readTables(t.db, { agencyId: agency.id }, 2024);
    for (const col of ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'] as const) {
      assert.equal(t25.carriedIn![col], t24.carriedOut![col], `carry-over ${col}`);
    }
  });

  test('the built report passes every rule of the shared engine on its tables (live data balances by construction)', async () => {
    const head = makeCtx(
      { ...t, now: at('2026-02-01') },
      {
        kind: 'staff',
        userId: clerkUser.id,
        username: clerkUser.username,
        displayName: '办理员',
        agencyId: agency.id,
        agencyCode: agency.code,
        agencyPath: agency.path,
        roles: ['clerk'],
      },
    );
    const view = await viewAnnualReport(head, agency.code, 2025);
    const tableRules = runChecks({ ...view.document.report, findings: [] }).filter((f) => f.severity === 'error');
    assert.deepEqual(tableRules, []);
    assert.equal(view.document.report.narrative.applicationsReceived, 4);
    assert.equal(view.document.report.format, '2021');
    assert.equal(view.document.report.source.kind, 'live');
    // Only the text blocks nobody has written yet are errors.
    assert.ok(view.findings.filter((f) => f.severity === 'error').every((f) => f.rule === 'TEXT.PLACEHOLDER'));
  });

  test('a case transferred to another agency is counted by the agency that handles it', async () => {
    const other = await buildAgency(t, { name: '另一乡人民政府' });
    const g = await apply('2025-07-01');
    await step(g, '2025-07-02', { event: 'transferred', toAgency: other.code });
    const mine = await readTables(t.db, { agencyId: agency.id }, 2025);
    const theirs = await readTables(t.db, { agencyId: other.id }, 2025);
    assert.equal(mine.applications.received!.natural, 0, 'the transferred case left this agency');
    assert.equal(theirs.applications.received!.natural, 1);
    assert.equal(theirs.applications.carriedOut!.natural, 1);
  });
});

describe(`${DIALECT}: the validator on live data across a year-end close`, () => {
  let t: TestDb;
  let agency: Agency;
  let user: { id: number; username: string };
  const at = (day: string) => new Date(`${day}T02:00:00Z`);
  const staff = (day: string, roles: ('clerk' | 'head')[]) =>
    makeCtx(
      { ...t, now: at(day) },
      {
        kind: 'staff',
        userId: user.id,
        username: user.username,
        displayName: '主任',
        agencyId: agency.id,
        agencyCode: agency.code,
        agencyPath: agency.path,
        roles,
      },
    );
  const apply = async (day: string) =>
    (
      await submitApplication(
        makeCtx({ ...t, now: at(day) }, { kind: 'public', ip: '127.0.0.1' }),
        agency.code,
        parseInput(Application, applicationInput()),
      )
    ).id;

  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { name: '封账乡人民政府' });
    user = await buildStaff(t, agency.code, ['clerk', 'head']);
    await apply('2024-12-16');
  });
  after(async () => {
    await t.close();
  });

  test("a 2024 case entered after the 2024 close: 2024 flags the moved cells, 2025 disagrees with 2024's carry-over", async () => {
    await freezeAnnualReport(staff('2025-01-05', ['head']), agency.code, 2024);
    await apply('2024-12-30'); // registered late: a paper application found in January
    const y2024 = await viewAnnualReport(staff('2025-01-06', ['clerk']), agency.code, 2024);
    const moved = y2024.findings.filter((f) => f.rule === 'SNAPSHOT.CHANGED');
    assert.ok(
      moved.some((f) => f.row === 'received' && f.column === 'natural' && f.expected === 1 && f.actual === 2),
      JSON.stringify(moved),
    );
    assert.equal(y2024.document.report.tables.applications!.received!.natural, 1, 'the report stays on its snapshot');
    const y2025 = await viewAnnualReport(staff('2026-01-06', ['clerk']), agency.code, 2025);
    const carry = y2025.findings.filter((f) => f.rule === 'CROSS_YEAR.CARRY');
    assert.ok(
      carry.some((f) => f.column === 'natural' && f.severity === 'error'),
      JSON.stringify(y2025.findings.map((f) => f.rule)),
    );
    await assert.rejects(
      publishAnnualReport(staff('2026-01-10', ['head']), agency.code, 2025, { justification: null, version: 0 }),
      /改正后才能公布/,
    );
  });

  test('closing a year that has not ended is refused', async () => {
    await assert.rejects(freezeAnnualReport(staff('2025-06-01', ['head']), agency.code, 2025), /尚未结束/);
  });
});
