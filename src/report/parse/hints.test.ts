import assert from 'node:assert/strict';
import { test } from 'node:test';
import { proseHints } from './hints.ts';
import { checkTextReport } from './text.ts';

const report = (prose: string, row: string) => `示例县人民政府2022年政府信息公开工作年度报告
一、总体情况
${prose}
二、主动公开政府信息情况
第二十条第（一）项
信息内容本年制发件数本年废止件数现行有效件数
规章000
行政规范性文件${row}
第二十条第（五）项
`;

test('the prose finds the figures it states for 表二, in either word order', () => {
  const hints = proseHints(
    '集中展示现行有效的行政规范性文件698件，本年度制发的88件规范性文件已同步更新；废止规章2件。',
  );
  assert.deepEqual(hints.get('normativeDocuments')?.get('inForce'), [698]);
  assert.deepEqual(hints.get('normativeDocuments')?.get('issued'), [88]);
  assert.deepEqual(hints.get('regulations')?.get('repealed'), [2]);
});

test('a glued 表二 row that cuts several ways is read the way the prose states it', () => {
  const r = checkTextReport(
    report('集中展示现行有效的行政规范性文件698件，本年度制发的88件规范性文件已同步更新。', '8855698'),
    'x.txt',
  );
  assert.deepEqual(r.tables.proactive?.normativeDocuments, { issued: 88, repealed: 55, inForce: 698 });
  assert.ok(!r.findings.some((f) => f.rule === 'PARSE.AMBIGUOUS_SPLIT' && f.row === 'normativeDocuments'));
});

test('without the prose the same row is left blank and said to be ambiguous; a plain row is never changed by a hint', () => {
  const r = checkTextReport(report('本年度政务公开工作稳步推进。', '8855698'), 'x.txt');
  assert.deepEqual(r.tables.proactive?.normativeDocuments, { issued: null, repealed: null, inForce: null });
  assert.ok(r.findings.some((f) => f.rule === 'PARSE.AMBIGUOUS_SPLIT' && f.row === 'normativeDocuments'));
  const plain = checkTextReport(report('本年度制发的88件规范性文件。', '\t8\t5\t5698'), 'x.txt');
  assert.deepEqual(plain.tables.proactive?.normativeDocuments, { issued: 8, repealed: 5, inForce: 5698 });
});
