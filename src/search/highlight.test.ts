// Result snippets: the window opens around the first hit however deep in a long body, hits are found regardless of
// Latin case, and the parts put back together are exactly the window's text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mark, snippet } from './highlight.ts';

test('a hit deep in a long body opens the window around it, marked, with ellipses on both sides', () => {
  const body = `${'本乡持续推进人居环境整治工作。'.repeat(200)}今年城乡低保对象复核已全部完成。${'其他工作按计划推进。'.repeat(50)}`;
  const parts = snippet(body, '低保', 60);
  assert.equal(parts[0]!.text, '…');
  assert.equal(parts.at(-1)!.text, '…');
  assert.deepEqual(parts.filter((p) => p.hit).map((p) => p.text), ['低保']);
  const window = parts.slice(1, -1).map((p) => p.text).join('');
  assert.equal(window.length, 60);
  assert.ok(body.includes(window));
});

test('Latin words match in any case and keep the text’s own case; the parts rebuild the text', () => {
  const text = '2025年全乡GDP增长6%，gdp核算按统计局口径。';
  const parts = mark(text, ['gdp', '增长']);
  assert.equal(parts.map((p) => p.text).join(''), text);
  assert.deepEqual(parts.filter((p) => p.hit).map((p) => p.text), ['GDP', '增长', 'gdp']);
  assert.deepEqual(snippet(text, 'GDP').filter((p) => p.hit).map((p) => p.text), ['GDP', 'gdp']);
});

test('no hit: the window is the text’s beginning, nothing marked', () => {
  const parts = snippet('关于春耕备耕工作的通知', '防汛');
  assert.deepEqual(parts, [{ text: '关于春耕备耕工作的通知', hit: false }]);
});
