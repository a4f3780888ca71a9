import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderText } from '../../report/render/text.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { runCommand } from '../../../test/cli.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/reports');
const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-report-check-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const run = (argv: string[]) => runCommand({}, argv);
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
};
const fixture = (name: string) => {
  const p = path.join(dir, path.basename(name));
  copyFileSync(path.join(FIXTURES, name), p);
  return p;
};

describe('gongkai report check', () => {
  test('one readable report: its JSON object, exit 0', async () => {
    const r = await run(['report', 'check', fixture('fixture-tab.txt'), '--json']);
    assert.equal(r.code, 0, r.err);
    const json = JSON.parse(r.out);
    assert.equal(json.schema, 'gongkai.report/1');
    assert.equal(json.source.file, 'fixture-tab.txt');
    assert.equal(json.tables.applications.received.total, 112);
  });

  test('several files: an array in order; a report with an error exits 1', async () => {
    const bad = sampleReport({ seed: 4 });
    (bad.tables.applications?.received as Record<'natural', number>).natural += 1;
    const r = await run([
      'report',
      'check',
      '--json',
      fixture('fixture-pipe.txt'),
      file('bad.txt', renderText(bad, 'tab')),
    ]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.equal(json.length, 2);
    assert.ok(json[1].findings.some((f: { rule: string }) => f.rule === 'T3.BALANCE'));
    assert.ok(json[1].findings.some((f: { rule: string }) => f.rule === 'T3.ROW_TOTAL'));
  });

  test('binary junk, a huge file, a PDF, a DOCX/zip and a missing path: a clear error each, the batch goes on, exit 2', async () => {
    const huge = file('huge.txt', '');
    truncateSync(huge, 600 * 1024 * 1024);
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    const files = [
      file('junk.bin', junk),
      huge,
      file('a.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj'),
      file('a.docx', Buffer.from('504b030414000600', 'hex')),
      file('a.html', '<!DOCTYPE html><html><body><table><tr><td rowspan="2">x</td></tr></table></body></html>'),
      path.join(dir, 'missing.txt'),
      fixture('fixture-lines.txt'),
    ];
    const r = await run(['report', 'check', ...files]);
    assert.equal(r.code, 2);
    assert.match(r.out, /junk\.bin ──\n {2}无法读取：不是文本文件/);
    assert.match(r.out, /huge\.txt ──\n {2}无法读取：文件过大（600 MB）/);
    assert.match(r.out, /a\.pdf ──\n {2}无法读取：PDF 文件无法解析/);
    assert.match(r.out, /a\.docx ──\n {2}无法读取：ZIP 文件已损坏/);
    assert.match(r.out, /a\.html\s+—\s+—\s+未识别\s+1\s+0\s+不是年度报告/);
    assert.match(r.out, /missing\.txt ──\n {2}无法读取：文件不存在/);
    assert.match(r.out, /示例街道办事处（街道）/);
    assert.match(r.out, /共 7 份：通过 1，未找到报表 1，有错误 0，无法读取 5/);
    assert.match(r.err, /\[#+\] 7\/7/);
  });

  test('GBK-encoded and UTF-16 text are read like UTF-8', async () => {
    const text = renderText(sampleReport({ seed: 8, name: '示例乡人民政府' }), 'tab');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await run([
      'report',
      'check',
      '--json',
      file('u16.txt', utf16),
      file('u8.txt', text),
      fixture('fixture-tab.gbk'),
      fixture('fixture-tab.txt'),
    ]);
    assert.equal(r.code, 0, r.out);
    const [a, b, gbk, utf8] = JSON.parse(r.out);
    assert.deepEqual(a.tables, b.tables);
    assert.equal(a.agency.name, '示例乡人民政府');
    assert.deepEqual(gbk.tables, utf8.tables);
    assert.equal(gbk.agency.name, '示例县农业农村局');
  });

  test('the readable summary names format, totals and each finding with its cell', async () => {
    const r = await run(['report', 'check', fixture('000_d6e0e6ac438f5762.txt')]);
    assert.equal(r.code, 0);
    assert.match(r.out, /格式：2019年试行格式/);
    assert.match(r.out, /\[警告\] FORMAT\.OUTDATED/);
    assert.match(r.out, /\[警告\] IDENTITY\.SELF_REFERENCE .*我镇/);
    assert.match(r.out, /正文：主动公开 201 条，收到申请 0 件，行政复议 0 件，行政诉讼 0 件/);
  });

  test('a file that is no annual report gets one clear finding, not three missing tables', async () => {
    const r = await run([
      'report',
      'check',
      file(
        'minutes.txt',
        '会议纪要\n\n一、会议时间：2024年3月5日\n二、参会人员：张三、李四\n三、议定事项：购置办公用品12件。\n',
      ),
      '--json',
    ]);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out);
    assert.deepEqual(
      json.findings.map((f: { rule: string }) => f.rule),
      ['PARSE.NOT_A_REPORT'],
    );
    const excerpt = await run(['report', 'check', fixture('real/22.txt'), '--json']);
    assert.ok(
      !JSON.parse(excerpt.out).findings.some((f: { rule: string }) => f.rule === 'PARSE.NOT_A_REPORT'),
      'a report cut off before its tables is still a report',
    );
  });

  test('no file: usage error', async () => {
    const r = await run(['report', 'check']);
    assert.equal(r.code, 2);
    assert.match(r.err, /请给出至少一个报告文件/);
  });
});
