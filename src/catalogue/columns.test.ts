import assert from 'node:assert/strict';
import { test } from 'node:test';
import { columnTemplate, monitorColumns, staleAfter, type ColumnStatus } from './columns.ts';

test('a township gets the 第二十一条 township items, the 基层政务公开 areas, the guide and the annual reports', () => {
  const names = columnTemplate('township').map((c) => c.name);
  for (const n of [
    '宅基地使用情况审核',
    '筹资筹劳',
    '信息公开指南',
    '信息公开制度',
    '法定主动公开内容',
    '政府信息公开年度报告',
    '基层政务公开·涉农补贴',
  ]) {
    assert.ok(names.includes(n), n);
  }
  assert.ok(
    !columnTemplate('county')
      .map((c) => c.name)
      .includes('筹资筹劳'),
  );
  assert.equal(new Set(names).size, names.length);
});

test('news goes stale after 2 weeks, notices and policies after 6 months, other columns never', () => {
  assert.equal(staleAfter('news', '2025-03-01'), '2025-03-15');
  assert.equal(staleAfter('notice', '2025-03-01'), '2025-09-01');
  assert.equal(staleAfter('other', '2025-03-01'), null);
});

const col = (id: number, o: Partial<ColumnStatus>): ColumnStatus => ({
  id,
  name: `栏目${id}`,
  cls: 'news',
  key: true,
  lastPublished: '2025-01-01',
  nothingNewUntil: null,
  ...o,
});

test('five stale key columns, ten stale columns or five empty columns each trigger the 单项否决 warning', () => {
  const five = [1, 2, 3, 4, 5].map((i) => col(i, {}));
  assert.equal(monitorColumns(five, '2025-06-01').veto.length, 1);
  assert.equal(monitorColumns(five.slice(0, 4), '2025-06-01').veto.length, 0);
  const empty = [1, 2, 3, 4, 5].map((i) => col(i, { cls: 'other', lastPublished: null }));
  assert.match(monitorColumns(empty, '2025-06-01').veto.join(), /空白栏目 5 个/);
});

test('an explicit 本期无新增信息 record tells a quiet column from a forgotten one', () => {
  const r = monitorColumns([col(1, { nothingNewUntil: '2025-06-30' }), col(2, {})], '2025-06-01');
  assert.deepEqual(
    r.columns.map((c) => c.flag),
    ['quiet', 'stale'],
  );
});

test('a column about to go stale is flagged so its owner can be reminded', () => {
  assert.equal(monitorColumns([col(1, { lastPublished: '2025-05-20' })], '2025-06-01').columns[0]!.flag, 'due_soon');
});
