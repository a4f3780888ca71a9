import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkTextReport } from './text.ts';

const report = (licensing: string) => `示例乡人民政府2023年政府信息公开工作年度报告
一、总体情况
（略）
二、主动公开政府信息情况
第二十条第（五）项
信息内容上一年项目数量本年增/减处理决定数量
行政许可${licensing}
第二十条第（六）项
`;

test('a glued 2019 row with a minus reads the sign into 本年增/减 only, never into a count column', () => {
  const r = checkTextReport(report('5-27'), 'x.txt');
  assert.deepEqual(r.tables.proactive?.licensing, { previousItems: 5, change: -2, decisions: 7 });
});

test('a glued signed row that cuts two ways keeps the cell both agree on, leaves the others blank and says so', () => {
  // "28-321": 28 | -3 | 21 or 28 | -32 | 1; never a negative count, never a guess between the two.
  const r = checkTextReport(report('28-321'), 'x.txt');
  assert.deepEqual(r.tables.proactive?.licensing, { previousItems: 28, change: null, decisions: null });
  const f = r.findings.find((x) => x.rule === 'PARSE.AMBIGUOUS_SPLIT' && x.row === 'licensing');
  assert.ok(f);
  assert.match(f.message, /2 种读法/);
  assert.match(f.message, /本年增\/减、处理决定数量无法确定/);
});

test('words after 表三\'s last row (a note or a chart\'s labels such as "其他处理 140") are not read as a 2019 row', async () => {
  const { renderText } = await import('../render/text.ts');
  const { sampleReport } = await import('../../../test/support/report-sample.ts');
  const r = sampleReport({ seed: 3 });
  const text = renderText(r, 'tab').replace(/(四、结转下年度继续办理[^\n]*\n)/, '$1注：其他处理\t140\n予以公开\t14\n');
  const back = checkTextReport(text, 'x.txt');
  assert.equal(back.format, '2021');
  assert.deepEqual(back.tables, r.tables);
});

test('cells written with their units ("5件", "1234.5万元", "13575394432.52元") are numbers, and the unit is no label', () => {
  const text = `示例乡人民政府2023年政府信息公开工作年度报告
一、总体情况
二、主动公开政府信息情况
第二十条第（一）项
信息内容 本年制发件数 本年废止件数 现行有效件数
规章 0件 0件 0件
行政规范性文件 5件 1件 12件
第二十条第（五）项
信息内容 本年处理决定数量
行政许可 3件
第二十条第（八）项
信息内容 本年收费金额（单位：万元）
行政事业性收费 1234.5万元三、收到和处理政府信息公开申请情况
`;
  const r = checkTextReport(text, 'x.txt');
  assert.deepEqual(r.tables.proactive?.normativeDocuments, { issued: 5, repealed: 1, inForce: 12 });
  assert.deepEqual(r.tables.proactive?.licensing, { decisions: 3 });
  assert.deepEqual(r.tables.proactive?.fees, { amountWanYuan: 1234.5 });
});
