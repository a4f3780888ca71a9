import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICATIONS_BALANCE_NOTE,
  PROACTIVE_BLOCKS,
  applicationRows,
} from '../format.ts';
import type { Report } from '../model.ts';
import { decodeReport } from '../read-file.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { htmlToText, tableToText } from './html.ts';
import { checkTextReport } from './text.ts';

const td = (text: string | number | null | undefined, attrs = '') => `<td${attrs}>${text ?? ''}</td>`;

/** The national layout as a web page: merged header cells (colspan) and row-group labels (rowspan), as §3.4 prints them. */
function pageOf(r: Report): string {
  const p = PROACTIVE_BLOCKS['2021']
    .map((b) =>
      [
        `<tr>${td(b.item, ` colspan="${b.columns.length + 1}"`)}</tr>`,
        `<tr>${td('信息内容')}${b.columns.map((c) => td(c.label)).join('')}</tr>`,
        ...b.rows.map(
          (row) =>
            `<tr>${td(row.label)}${b.columns.map((c) => td(r.tables.proactive?.[row.key]?.[c.key])).join('')}</tr>`,
        ),
      ].join(''),
    )
    .join('');
  const rows = applicationRows('2021');
  const results = rows.filter((x) => x.kind === 'result' || x.kind === 'total').length;
  const groupSize = (key: string) => rows.filter((x) => x.key.startsWith(`${key}.`)).length;
  const body = rows
    .map((row) => {
      const cells = APPLICANT_COLUMNS.map((c) => td(r.tables.applications?.[row.key]?.[c.key])).join('');
      let lead = '';
      if (row.key === 'disclosed') lead += td('三、本年度办理结果', ` rowspan="${results}"`);
      if (row.kind === 'intake' || row.kind === 'carriedOut')
        return `<tr>${td(row.label, ' colspan="3"')}${cells}</tr>`;
      if (!row.key.includes('.')) return `<tr>${lead}${td(row.label, ' colspan="2"')}${cells}</tr>`;
      if (row.group) lead += td(row.group, ` rowspan="${groupSize(row.key.split('.')[0] ?? '')}"`);
      return `<tr>${lead}${td(row.label)}${cells}</tr>`;
    })
    .join('');
  const head3 =
    `<tr>${td(APPLICATIONS_BALANCE_NOTE, ' colspan="3" rowspan="3"')}${td('申请人情况', ' colspan="7"')}</tr>` +
    `<tr>${td('自然人', ' rowspan="2"')}${td('法人或其他组织', ' colspan="5"')}${td('总计', ' rowspan="2"')}</tr>` +
    `<tr>${APPLICANT_COLUMNS.slice(1, 6)
      .map((c) => td(c.label))
      .join('')}</tr>`;
  const head4 =
    `<tr>${td('行政复议', ' colspan="5"')}${td('行政诉讼', ' colspan="10"')}</tr>` +
    `<tr>${td('', ' colspan="5"')}${td('未经复议直接起诉', ' colspan="5"')}${td('复议后起诉', ' colspan="5"')}</tr>` +
    `<tr>${APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map((c) => td(c.label))).join('')}</tr>`;
  const data4 = `<tr>${APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => td(r.tables.appeals?.[g.key][c.key]))).join('')}</tr>`;
  return `<!DOCTYPE html><html><head><title>报告</title><style>td{border:1px}</style></head><body>
<h1>${r.agency.name}${r.year}年政府信息公开工作年度报告</h1><p>本报告所列数据统计期限为${r.year}年1月1日至12月31日。</p>
<h2>一、总体情况</h2><p>全年主动公开政府信息&nbsp;88&nbsp;条。</p>
<h2>二、主动公开政府信息情况</h2><table>${p}</table>
<h2>三、收到和处理政府信息公开申请情况</h2><table><tbody>${head3}${body}</tbody></table>
<h2>四、政府信息公开行政复议、行政诉讼情况</h2><table>${head4}${data4}</table>
<h2>五、存在的主要问题及改进情况</h2><p>（略）</p><h2>六、其他需要报告的事项</h2><p>无。</p></body></html>`;
}

describe('HTML reports: tables with rowspan and colspan', () => {
  test('merged cells keep every value in its column', () => {
    const text = tableToText('<tr><td rowspan="2">甲</td><td colspan="2">乙</td></tr><tr><td>1</td><td>2</td></tr>');
    assert.equal(text, '甲\t乙\t\n\t1\t2');
  });

  test('entities, scripts and comments', () => {
    assert.equal(
      htmlToText('<p>危及&ldquo;三安全一稳定&rdquo;&#8203;</p><script>var x="<table>"</script><!-- 1 2 3 -->').trim(),
      '危及“三安全一稳定”\u200b',
    );
  });

  test('a report page in the national layout reads back to the same tables, 20 reports', async () => {
    for (let seed = 1; seed <= 20; seed++) {
      const r = sampleReport({ seed, name: '示例县人民政府' });
      const read = await decodeReport(Buffer.from(pageOf(r)));
      assert.ok(read.ok);
      assert.equal(read.kind, 'html');
      const back = checkTextReport(read.text, 'x.html');
      assert.deepEqual(back.tables, r.tables, `seed ${seed}`);
      assert.deepEqual(
        [back.agency.name, back.year, back.format, back.narrative.proactiveCount],
        ['示例县人民政府', 2023, '2021', 88],
      );
      assert.deepEqual(
        back.findings.filter((f) => f.severity !== 'info'),
        [],
      );
    }
  });
});
