import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html } from '../../html/html.ts';
import { cellKey } from '../document.ts';
import { htmlToText } from '../parse/html.ts';
import { readTextReport } from '../parse/text.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { appealsTableHtml, applicationsTableHtml, proactiveTableHtml } from './tables-html.ts';

const page = (report: ReturnType<typeof sampleReport>) =>
  html`<html><body><h1>${report.agency.name}${report.year}年政府信息公开工作年度报告</h1>
<h2>二、主动公开政府信息情况</h2>${proactiveTableHtml(report)}<h2>三、收到和处理政府信息公开申请情况</h2>${applicationsTableHtml(report)}
<h2>四、政府信息公开行政复议、行政诉讼情况</h2>${appealsTableHtml(report)}</body></html>`.value;

for (const format of ['2021', '2019'] as const) {
  test(`the ${format}-format tables drawn as HTML read back through the checker's HTML parser cell for cell`, () => {
    const report = sampleReport({ seed: 7, format });
    const back = readTextReport(htmlToText(page(report))).report;
    assert.equal(back.format, format);
    assert.deepEqual(back.tables, report.tables);
  });
}

test('a marked cell carries its severity class and spoken text; a linked cell links, a blank one does not', () => {
  const report = sampleReport({ seed: 3 });
  report.tables.applications!.received!.natural = 4;
  report.tables.applications!.carriedIn!.natural = null;
  const out = applicationsTableHtml(report, {
    marks: new Map([[cellKey('applications', 'total', 'natural'), 'error']]),
    href: (table, row, column) => `/admin/reports/2023/cells/${table}/${row}/${column}`,
  }).value;
  assert.match(
    out,
    /<td class="mark-error" title="错误"><a href="\/admin\/reports\/2023\/cells\/applications\/total\/natural">\d+<\/a><span class="visually-hidden">（错误）<\/span><\/td>/,
  );
  assert.match(out, /<a href="\/admin\/reports\/2023\/cells\/applications\/received\/natural">4<\/a>/);
  assert.doesNotMatch(out, /cells\/applications\/carriedIn\/natural/);
});

test('表三 header merges the note over three columns and three rows, and 法人或其他组织 over its five kinds', () => {
  const out = applicationsTableHtml(sampleReport({ seed: 1 })).value;
  assert.match(
    out,
    /<th colspan="3" rowspan="3" scope="col" class="note">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<\/th>/,
  );
  assert.match(out, /<th colspan="5" scope="colgroup">法人或其他组织<\/th>/);
  assert.match(out, /<th scope="rowgroup" rowspan="22" class="group">三、本年度办理结果<\/th>/);
  assert.match(out, /<th scope="rowgroup" rowspan="8">（三）不予公开<\/th>/);
});
