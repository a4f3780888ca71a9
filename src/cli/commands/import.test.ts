// `gongkai catalogue import` and `gongkai requests import` through the CLI's entry point: a dry run writes nothing, the
// real run reports progress on stderr and imports with attachments beside the file, a bad file exits 2 listing its lines.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pdfFile } from '../../../test/catalogue.ts';
import { runCommand } from '../../../test/cli.ts';
import { createTestDb, DIALECT, type TestDb } from '../../../test/db.ts';
import { buildAgency, buildStaff } from '../../../test/factories.ts';
import { CASE_HEADER, ENTRY_HEADER, legacyCase, legacyEntry, sheetCsv, sheetXlsx } from '../../../test/import-files.ts';
import type { Agency } from '../../agencies/store.ts';
import { listPublished } from '../../catalogue/public-store.ts';

describe(`${DIALECT}: the import commands`, () => {
  let t: TestDb;
  let agency: Agency;
  let head: string;
  let clerk: string;
  let dir: string;
  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township' });
    head = (await buildStaff(t, agency.code, ['head'])).username;
    clerk = (await buildStaff(t, agency.code, ['clerk'])).username;
    dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-import-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  test('catalogue import: dry run, then the entries public with their attachment, progress on stderr', async () => {
    mkdirSync(path.join(dir, '附件'));
    writeFileSync(path.join(dir, '附件', '验收报告.pdf'), await pdfFile(['村道硬化工程验收报告', '验收结论：合格']));
    const rows = [legacyEntry(1, 'CLI', { 附件: '附件/验收报告.pdf' }), legacyEntry(2, 'CLI')];
    const file = path.join(dir, '旧网站导出.xlsx');
    writeFileSync(file, await sheetXlsx(ENTRY_HEADER, rows));
    const dry = await runCommand(t.env, ['catalogue', 'import', file, '--as', head, '--dry-run']);
    assert.equal(dry.code, 0, dry.err);
    assert.match(dry.out, /检查通过（未写入）：共 2 行，可公开 2 条/);
    assert.equal((await listPublished(t.db, agency, ['id'], {}, 1)).total, 0);
    const real = await runCommand(t.env, ['catalogue', 'import', file, '--as', head]);
    assert.equal(real.code, 0, real.err);
    assert.match(real.out, /导入完成：共 2 行，已公开 2 条/);
    assert.match(real.err, /导入 100%/);
    const found = await listPublished(t.db, agency, ['id', 'indexNo'], { q: '验收结论' }, 1);
    assert.deepEqual(
      found.items.map((e) => e.indexNo),
      ['CLI-2021-00001'],
      'the attachment text is searchable',
    );
  });

  test('catalogue import: a bad file exits 2 naming every bad line; a clerk may not import', async () => {
    const file = path.join(dir, 'bad.csv');
    writeFileSync(
      file,
      sheetCsv(ENTRY_HEADER, [
        legacyEntry(3, 'CLI', { 发布日期: '2023-13-01' }),
        legacyEntry(4, 'CLI', { 附件: '../x.pdf', 正文: '' }),
      ]),
    );
    const r = await runCommand(t.env, ['catalogue', 'import', file, '--as', head]);
    assert.equal(r.code, 2);
    assert.match(r.err, /导入失败，未写入任何数据（2 个问题）/);
    assert.match(r.err, /第 2 行：发布日期“2023-13-01”不是有效日期/);
    assert.match(r.err, /第 3 行：附件“\.\.\/x\.pdf”找不到/);
    const ok = path.join(dir, 'ok.csv');
    writeFileSync(ok, sheetCsv(ENTRY_HEADER, [legacyEntry(5, 'CLI')]));
    const denied = await runCommand(t.env, ['catalogue', 'import', ok, '--as', clerk]);
    assert.equal(denied.code, 2);
    assert.match(denied.err, /无权/);
    assert.equal((await runCommand(t.env, ['catalogue', 'import', ok])).code, 2, '--as is required');
  });

  test('requests import: cases counted, a bad file refused', async () => {
    const file = path.join(dir, 'cases.csv');
    writeFileSync(
      file,
      sheetCsv(CASE_HEADER, [legacyCase(1, 'CLI'), legacyCase(2, 'CLI', { 申请人类型: '科研机构' })]),
    );
    const r = await runCommand(t.env, ['requests', 'import', file, '--as', clerk]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /导入完成：共 2 件申请（收到年度 2026）/);
    writeFileSync(file, sheetCsv(CASE_HEADER, [legacyCase(3, 'CLI', { 办理结果: '不知道' })]));
    const bad = await runCommand(t.env, ['requests', 'import', file, '--as', clerk]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /第 2 行：办理结果“不知道”不是全国统一的办理结果名称/);
  });
});
