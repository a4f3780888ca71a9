// Moving in the cases handled before the move: they make 表三's figures like live cases, the report marks the cells
// that count them, and a file with bad lines is refused whole with one Chinese message per line.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import { CASE_HEADER, legacyCase, sheetCsv, sheetXlsx } from '../../test/import-files.ts';
import type { Agency } from '../agencies/store.ts';
import type { Ctx } from '../context.ts';
import { computeTableThree } from './compute-table-three.ts';
import { importCases } from './import-cases.ts';
import { importedFigures } from './imported-figures.ts';

describe(`${DIALECT}: importing the cases handled before the move`, () => {
  let t: TestDb;
  let agency: Agency;
  let clerk: Ctx;
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom('requests')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township' });
    clerk = await staffCtx(t, agency, ['clerk'], new Date('2026-06-10T02:00:00Z'));
  });
  after(async () => {
    await t.close();
  });

  test('imported cases make 表三 of their year, and the report marks the figures that count them', async () => {
    const rows = [
      legacyCase(1, 'OK'),
      legacyCase(2, 'OK', { 申请人类型: '商业企业', 申请人: '某某有限公司' }),
      legacyCase(3, 'OK', { 办理结果: '属于国家秘密' }),
      legacyCase(4, 'OK', {
        办理结果: '无法提供：本机关不掌握相关政府信息',
        收到申请日期: '2025/12/28',
        答复日期: '2026年1月15日',
      }),
      legacyCase(5, 'OK', { 办理结果: '申请人撤回申请' }),
    ];
    const bytes = await sheetXlsx(CASE_HEADER, rows);
    const dry = await importCases(clerk, agency.code, { filename: 'cases.xlsx', bytes }, { dryRun: true });
    assert.deepEqual(dry.problems, []);
    assert.equal(dry.written, false);
    assert.equal((await computeTableThree(clerk, agency.code, 2026)).received?.total, 0, 'a dry run writes nothing');
    const r = await importCases(clerk, agency.code, { filename: 'cases.xlsx', bytes }, { dryRun: false });
    assert.deepEqual([r.written, r.years], [true, [2025, 2026]]);
    const t3 = await computeTableThree(clerk, agency.code, 2026);
    assert.equal(t3.received?.total, 4);
    assert.equal(t3.received?.natural, 3);
    assert.equal(t3.received?.commercial, 1);
    assert.equal(t3.carriedIn?.total, 1, 'received in 2025, answered in 2026');
    assert.equal(t3.disclosed?.total, 2);
    assert.equal(t3['withheld.stateSecret']?.natural, 1);
    assert.equal(t3['unavailable.notHeld']?.total, 1);
    assert.equal(t3['other.other']?.total, 1);
    assert.equal(t3.total?.total, 5);
    assert.equal((await computeTableThree(clerk, agency.code, 2025)).carriedOut?.total, 1);
    const marks = await importedFigures(clerk, agency.code, 2026);
    assert.deepEqual(
      marks.find((m) => m.row === 'received' && m.column === 'total'),
      { row: 'received', column: 'total', count: 4 },
    );
    assert.ok(marks.some((m) => m.row === 'withheld.stateSecret' && m.column === 'natural'));
  });

  test('ten planted bad lines: refused whole with ten Chinese messages, nothing written', async () => {
    const rows = Array.from({ length: 25 }, (_, i) => legacyCase(i + 1, 'BAD'));
    const plant = (line: number, o: Record<string, string>) => {
      rows[line - 2] = legacyCase(line - 1, 'BAD', o);
    };
    plant(3, { 收到申请日期: '2026-13-01' });
    plant(4, { 答复日期: '' });
    plant(6, { 申请人类型: '外星人' });
    plant(8, { 办理结果: '看情况' });
    plant(10, { 答复日期: '2026-01-01' }); // before receipt
    plant(12, { 答复日期: '2027-01-01' }); // after today
    plant(14, { 申请编号: 'BAD00001' }); // as line 2
    plant(16, { 申请编号: '!!' });
    plant(18, { 答复日期: '2026-02-30' });
    plant(20, { 申请人类型: '' });
    const before = await count();
    const r = await importCases(
      clerk,
      agency.code,
      { filename: 'bad.csv', bytes: sheetCsv(CASE_HEADER, rows) },
      { dryRun: false },
    );
    assert.equal(r.problems.length, 10, r.problems.join('\n'));
    assert.deepEqual(
      r.problems.map((p) => Number(/^第 (\d+) 行：/.exec(p)?.[1])),
      [3, 4, 6, 8, 10, 12, 14, 16, 18, 20],
    );
    assert.match(r.problems[0]!, /^第 3 行：收到申请日期“2026-13-01”不是有效日期/);
    assert.equal(await count(), before);
  });

  test('the same file imported twice is refused the second time, line by line', async () => {
    const bytes = sheetCsv(CASE_HEADER, [legacyCase(1, 'TWICE', { 申请编号: '' })]);
    assert.equal(
      (await importCases(clerk, agency.code, { filename: 'a.csv', bytes }, { dryRun: false })).written,
      true,
    );
    const again = await importCases(clerk, agency.code, { filename: 'a.csv', bytes }, { dryRun: false });
    assert.equal(again.written, false);
    assert.match(again.problems[0]!, /^第 2 行：申请编号“DR20260203[0-9A-F]{8}”已在系统中/);
  });

  test('another agency cannot import into this one', async () => {
    const other = await staffCtx(t, await buildAgency(t, { kind: 'township' }), ['clerk']);
    await assert.rejects(
      importCases(
        other,
        agency.code,
        { filename: 'x.csv', bytes: sheetCsv(CASE_HEADER, [legacyCase(1, 'X')]) },
        { dryRun: true },
      ),
      (e) => ['not_found', 'forbidden'].includes((e as { code: string }).code),
    );
  });
});
