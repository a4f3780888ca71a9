// `gongkai report build` on the demo data: the reference township's 2023 report written in every format, each read
// back — the JSON is the contract, DOCX/HTML/PDF/text go through the checker's readers and give the same tables.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { createTestDb, DIALECT, type TestDb } from '../../../test/db.ts';
import { runCommand } from '../../../test/cli.ts';
import { decodeReport } from '../../report/read-file.ts';
import { readTextReport } from '../../report/parse/text.ts';
import type { Report } from '../../report/model.ts';

describe(`${DIALECT}: gongkai report build`, () => {
  let t: TestDb;
  let json: Report;
  const build = (format: string, extra: string[] = []) =>
    runCommand(t.env, [
      'report',
      'build',
      '--agency',
      'donghe',
      '--year',
      '2023',
      '--format',
      format,
      '--out',
      path.join(t.dataDir, `r.${format}`),
      ...extra,
    ]);
  before(async () => {
    t = await createTestDb();
    assert.equal((await runCommand(t.env, ['seed-demo'])).code, 0);
    const r = await build('json');
    assert.equal(r.code, 0, r.err);
    json = JSON.parse(readFileSync(path.join(t.dataDir, 'r.json'), 'utf8')) as Report;
  });
  after(async () => {
    await t.close();
  });

  test("json is report-schema.md's report with the reference figures and no error", () => {
    assert.equal(json.schema, 'gongkai.report/1');
    assert.deepEqual(json.agency, { name: '东和乡人民政府', level: 'township' });
    assert.equal(json.format, '2021');
    assert.deepEqual(json.narrative, {
      proactiveCount: 201,
      applicationsReceived: 0,
      reconsiderations: 0,
      lawsuits: 0,
    });
    assert.deepEqual(
      json.findings.filter((f) => f.severity === 'error'),
      [],
    );
  });

  for (const format of ['docx', 'html', 'pdf', 'text']) {
    test(`${format}: read back by the checker, the tables and the agency come back as built`, async () => {
      const r = await build(format);
      assert.equal(r.code, 0, r.err);
      const read = await decodeReport(readFileSync(path.join(t.dataDir, `r.${format}`)));
      assert.ok(read.ok, read.ok ? '' : read.error);
      const back = readTextReport(read.text).report;
      assert.deepEqual(back.tables, json.tables);
      assert.equal(back.year, 2023);
      assert.equal(back.format, '2021');
      assert.equal(back.narrative.proactiveCount, 201);
    });
  }

  test('text: 表四 keeps its three header rows, 未经复议直接起诉 and 复议后起诉 under 行政诉讼, in the columns they span', async () => {
    assert.equal((await build('text')).code, 0);
    const lines = readFileSync(path.join(t.dataDir, 'r.text'), 'utf8').split('\n');
    const top = lines.findIndex((l) => l.startsWith('行政复议\t'));
    assert.ok(top > 0, 'the 行政复议 | 行政诉讼 row');
    const [first, second, third] = lines.slice(top, top + 3).map((l) => l.split('\t'));
    assert.deepEqual([first![0], first![5]], ['行政复议', '行政诉讼']);
    assert.deepEqual([second![5], second![10]], ['未经复议直接起诉', '复议后起诉']);
    assert.deepEqual(third!.filter((c) => c === '结果维持').length, 3);
  });

  test('docx holds the title, the section headings and the prose written from the data', async () => {
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(path.join(t.dataDir, 'r.docx')) });
    for (const s of [
      '东和乡人民政府2023年政府信息公开工作年度报告',
      '六、其他需要报告的事项',
      '“灵净东和”微信公众号截至2023年12月31日关注人数2331人',
      '（四）年度政务公开工作创新情况',
      '一、本年新收政府信息公开申请数量',
    ])
      assert.ok(value.includes(s), s);
  });

  test('xlsx has one sheet per table with numbers as numbers', async () => {
    assert.equal((await build('xlsx')).code, 0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(t.dataDir, 'r.xlsx'));
    assert.ok(wb.worksheets.length >= 4, wb.worksheets.map((w) => w.name).join(','));
    const numbers: unknown[] = [];
    wb.worksheets.slice(1).forEach((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (typeof c.value === 'number') numbers.push(c.value);
        }),
      ),
    );
    assert.ok(numbers.length >= 25 * 7, String(numbers.length));
  });

  test('pdf renders to PNG pages (A4) with poppler', () => {
    execFileSync('pdftoppm', ['-r', '30', '-png', path.join(t.dataDir, 'r.pdf'), path.join(t.dataDir, 'page')]);
    const pages = readdirSync(t.dataDir).filter((f) => /^page-\d+\.png$/.test(f));
    assert.ok(pages.length >= 3, String(pages.length));
    const info = execFileSync('pdfinfo', [path.join(t.dataDir, 'r.pdf')]).toString();
    assert.match(info, /Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
  });

  // 2022: a year of the demo with no report written (the demo writes every year from 2023 on).
  test('a draft built before its texts are written is no finished report to the checker: TEXT.PLACEHOLDER errors, exit 1', async () => {
    const out = path.join(t.dataDir, 'draft.docx');
    const built = await runCommand(t.env, [
      'report',
      'build',
      '--agency',
      'donghe',
      '--year',
      '2022',
      '--format',
      'docx',
      '--out',
      out,
    ]);
    const own = built.code === 1 ? 'has errors' : 'clean';
    const r = await runCommand(t.env, ['report', 'check', out, '--json']);
    assert.equal(r.code, 1, `${own}: ${r.out.slice(0, 300)}`);
    const checked = JSON.parse(r.out) as Report;
    const prompts = checked.findings.filter((f) => f.rule === 'TEXT.PLACEHOLDER');
    assert.ok(
      prompts.some((f) => f.actual === 'draft'),
      'the 草稿 mark is reported',
    );
    assert.ok(
      prompts.some((f) => f.actual === 'problems'),
      'the unwritten 五、存在的主要问题 block is named by its key, as the builder names it',
    );
    assert.ok(
      prompts.every((f) => f.severity === 'error' && f.source && f.source.line > 0),
      'each points at its line',
    );
  });

  test('bad input: an unknown agency, a year out of range, an unknown format → exit 2 with a Chinese message', async () => {
    const none = await runCommand(t.env, [
      'report',
      'build',
      '--agency',
      'nowhere',
      '--year',
      '2023',
      '--format',
      'json',
      '--out',
      path.join(t.dataDir, 'x.json'),
    ]);
    assert.equal(none.code, 2);
    assert.match(none.err, /找不到|不存在/);
    const year = await runCommand(t.env, [
      'report',
      'build',
      '--agency',
      'donghe',
      '--year',
      '1999',
      '--format',
      'json',
      '--out',
      path.join(t.dataDir, 'x.json'),
    ]);
    assert.equal(year.code, 2);
    assert.match(year.err, /年度应在/);
    const format = await runCommand(t.env, [
      'report',
      'build',
      '--agency',
      'donghe',
      '--year',
      '2023',
      '--format',
      'odt',
      '--out',
      'x',
    ]);
    assert.equal(format.code, 2);
    assert.match(format.err, /--format 应为/);
  });
});
