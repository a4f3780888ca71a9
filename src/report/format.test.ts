import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  APPLICANT_COLUMNS,
  APPLICATION_ROW_KEYS,
  applicationRowLabel,
  PROACTIVE_BLOCKS,
  PROACTIVE_HEADER_MARKERS,
  PROACTIVE_ROW_KEYS,
  RESULT_GROUPS,
} from './format.ts';

test('every row key is one row; every 表二 row of either format is in the print order of both', () => {
  assert.equal(new Set(APPLICATION_ROW_KEYS).size, APPLICATION_ROW_KEYS.length);
  for (const f of ['2021', '2019'] as const)
    for (const b of PROACTIVE_BLOCKS[f]) for (const r of b.rows) assert.ok(PROACTIVE_ROW_KEYS.includes(r.key), r.key);
  assert.deepEqual(
    APPLICANT_COLUMNS.map((c) => c.key),
    ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg', 'total'],
  );
});

test('the outcome groups and a row label come from the rows themselves, without numbering or the 区分处理 note', () => {
  assert.deepEqual(
    RESULT_GROUPS.map((g) => g.label),
    ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'],
  );
  assert.equal(applicationRowLabel('withheld.stateSecret'), '（三）不予公开 · 属于国家秘密');
  assert.equal(applicationRowLabel('received'), '一、本年新收政府信息公开申请数量');
});

test('the header words that tell the 表二 formats apart: none is inside a label of the other format', () => {
  const of = (f: string) => PROACTIVE_HEADER_MARKERS.filter((m) => m.format === f).map((m) => m.text);
  assert.ok(of('2021').includes('本年处理决定数量') && of('2021').includes('本年收费金额'));
  assert.ok(of('2019').includes('本年增减') && !of('2019').includes('处理决定数量'));
});
