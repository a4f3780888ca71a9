import assert from 'node:assert/strict';
import { test } from 'node:test';
import { breakLines, units } from './line-break.ts';

const chars = (n: number) => n * 10; // every character 10 wide: the width says how many fit
const width = (s: string) => [...s].length * 10;

test('units are words with their punctuation: "（三）" whole, "三、" whole, a list number with its word', () => {
  assert.deepEqual(units('（三）不予公开'), ['（三）', '不予', '公开']);
  assert.deepEqual(units('三、本年度办理结果'), ['三、', '本年度', '办理', '结果']);
  assert.deepEqual(units('1.属于国家秘密').slice(0, 1), ['1.属于']);
});

test('lines break between words: （三）/不予/公开, （六）/其他/处理, and the title after 年度报告 is never cut', () => {
  assert.deepEqual(breakLines('（三）不予公开', chars(3), width), ['（三）', '不予', '公开']);
  assert.deepEqual(breakLines('（六）其他处理', chars(3), width), ['（六）', '其他', '处理']);
  assert.ok(breakLines('东和乡人民政府2023年政府信息公开工作年度报告', chars(20), width).at(-1)!.endsWith('年度报告'));
});

test('a word wider than the line is cut between characters, never leaving closing punctuation at a line start', () => {
  assert.deepEqual(breakLines('三、本年度办理结果', chars(1), width), [
    '三、',
    '本',
    '年',
    '度',
    '办',
    '理',
    '结',
    '果',
  ]);
  for (const line of breakLines(
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    chars(4),
    width,
  ))
    assert.doesNotMatch(line, /^[、，：）]/);
  assert.deepEqual(breakLines('甲\n乙', chars(10), width), ['甲', '乙']);
});
