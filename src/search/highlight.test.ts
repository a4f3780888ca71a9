// Hits marked in titles and snippets: the window opens around the first hit however deep in a long body, Latin words
// match in any case and keep the text's own case, full-width forms are marked for what the search found them by,
// punctuation in a 文号 is marked like any character, and the parts put back together are the text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hitRanges, mark, snippet } from './highlight.ts';

const hits = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

test('a hit deep in a long body opens the window around it, marked, with ellipses on both sides', () => {
  const body = `${'本乡持续推进人居环境整治工作。'.repeat(200)}今年城乡低保对象复核已全部完成。${'其他工作按计划推进。'.repeat(50)}`;
  const parts = snippet(body, '低保', 60);
  assert.equal(parts[0]!.text, '…');
  assert.equal(parts.at(-1)!.text, '…');
  assert.deepEqual(hits(parts), ['低保']);
  const window = parts
    .slice(1, -1)
    .map((p) => p.text)
    .join('');
  assert.equal(window.length, 60);
  assert.ok(body.includes(window));
});

test('Latin words match in any case and keep the text’s own case; the parts rebuild the text', () => {
  const text = '2025年全乡GDP增长6%，gdp核算按统计局口径。';
  const parts = mark(text, 'gdp 增长');
  assert.equal(parts.map((p) => p.text).join(''), text);
  assert.deepEqual(hits(parts), ['GDP', '增长', 'gdp']);
  assert.deepEqual(hits(snippet(text, 'GDP')), ['GDP', 'gdp']);
});

test('full-width letters and digits are marked for the half-width query that found them', () => {
  const text = '东政发〔２０２３〕５号：ＧＤＰ核算';
  assert.deepEqual(hits(mark(text, '2023 gdp')), ['２０２３', 'ＧＤＰ']);
  assert.equal(
    mark(text, '2023')
      .map((p) => p.text)
      .join(''),
    text,
  );
});

test('a 文号 is marked whole, brackets included; a longer word wins over a shorter one inside it', () => {
  assert.deepEqual(hits(mark('依据东政发〔2023〕5号文件', '东政发〔2023〕5号')), ['东政发〔2023〕5号']);
  assert.deepEqual(hits(mark('农村危房改造补助', '危房改造 改造')), ['危房改造']);
});

test('a character the fold widens (㈱ → (株)) still maps its hit back onto the text as written', () => {
  const text = '㈱东和公司';
  assert.deepEqual(hitRanges(text, '东和'), [[1, 3]]);
  assert.deepEqual(hits(mark(text, '(株)')), ['㈱']);
});

test('no hit: the window is the text’s beginning, nothing marked', () => {
  assert.deepEqual(snippet('关于春耕备耕工作的通知', '防汛'), [{ text: '关于春耕备耕工作的通知', hit: false }]);
});

test('the first hit is found where the words stand as written, and before them where they are written otherwise', () => {
  const body = `${'本乡持续推进人居环境整治工作。'.repeat(2000)}ＧＤＰ增长。${'其他。'.repeat(10)}gdp核算。`;
  assert.deepEqual(hits(snippet(body, 'gdp', 40)), ['ＧＤＰ'], 'the full-width form comes first');
  const plain = `${'人居环境整治。'.repeat(3000)}城乡低保对象复核`;
  assert.deepEqual(hits(snippet(plain, '低保', 30)), ['低保']);
  assert.deepEqual(hits(snippet('人居环境整治', '低保')), []);
});
