import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readTextReport } from '../parse/text.ts';
import { decodeReport } from '../read-file.ts';
import { sampleDocument } from '../../../test/support/report-sample-document.ts';
import { OUTPUT_FORMATS, renderReport, reportFileName } from './index.ts';

const doc = sampleDocument({ seed: 51, name: '东和乡人民政府' });

test("json is the report JSON of report-schema.md, pretty-printed, keys in the schema's order", async () => {
  const out = await renderReport(doc, 'json');
  assert.deepEqual([out.contentType, out.extension], ['application/json; charset=utf-8', 'json']);
  const text = out.bytes.toString('utf8');
  assert.deepEqual(JSON.parse(text), doc.report);
  assert.deepEqual(Object.keys(JSON.parse(text)), [
    'schema',
    'agency',
    'year',
    'format',
    'source',
    'tables',
    'narrative',
    'findings',
  ]);
  assert.match(text, /^\{\n {2}"schema": "gongkai\.report\/1",\n/);
});

test('every output format renders with its content type, extension and file signature', async () => {
  const signature: Record<string, RegExp> = {
    json: /^\{/,
    html: /^<!doctype html>/,
    docx: /^PK/,
    xlsx: /^PK/,
    pdf: /^%PDF-/,
    text: /^东和乡人民政府2023年/,
  };
  const seen: string[] = [];
  for (const format of OUTPUT_FORMATS) {
    const out = await renderReport(doc, format);
    assert.match(out.bytes.toString('utf8', 0, 64), signature[format]!, format);
    seen.push(out.extension);
  }
  assert.deepEqual(seen, ['json', 'html', 'docx', 'xlsx', 'pdf', 'txt']);
});

test('the text file carries the whole prose (sections 一, 五, 六 and the date) and reads back to the same report', async () => {
  const out = await renderReport(doc, 'text');
  const text = out.bytes.toString('utf8');
  assert.match(text, /（四）年度政务公开工作创新情况|开展“政府开放日”活动/);
  assert.match(text, /一是部分栏目更新不够及时/);
  assert.match(text, /东和乡人民政府\n2024年1月20日\n$/);
  const read = await decodeReport(out.bytes);
  assert.ok(read.ok);
  const back = readTextReport(read.text).report;
  assert.deepEqual(
    [back.tables, back.agency.name, back.year, back.narrative],
    [doc.report.tables, '东和乡人民政府', 2023, doc.report.narrative],
  );
});

test('the download name is the title with characters unsafe in file names replaced', () => {
  assert.equal(reportFileName(doc, 'pdf'), '东和乡人民政府2023年政府信息公开工作年度报告.pdf');
  assert.equal(reportFileName({ ...doc, title: 'a/b:c' }, 'docx'), 'a_b_c.docx');
});
