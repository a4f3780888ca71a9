// A county's portal over HTTP, no JavaScript: it lists and searches every township under it, each hit naming its
// agency and linking to that agency's page; a township's draft or withdrawn entry never shows; hits are ranked (title
// and whole word, title, whole word, substring; newest first in each) and marked in titles and snippets; the year and
// 体裁 filters keep the query, the count is exact, and the pages' links carry both; a township's new entry shows on
// the county's cached list at once. The JSON API names the agency of each entry too.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Agency } from '../../src/agencies/store.ts';
import { entryIn } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency } from '../factories.ts';
import { startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: a county's portal searches its whole subtree`, () => {
  let s: TestServer;
  let county: Agency, east: Agency, west: Agency;
  const ids: Record<string, number> = {};
  const page = async (path: string) => {
    const res = await fetch(`${s.url}${path}`);
    assert.equal(res.status, 200, path);
    return res.text();
  };
  const order = (html: string) => [...html.matchAll(/href="\/[a-z0-9-]+\/catalogue\/(\d+)"/g)].map((m) => Number(m[1]));

  before(async () => {
    s = await startTestServer();
    county = await buildAgency(s, { kind: 'county', name: '示范县人民政府' });
    east = await buildAgency(s, { kind: 'township', name: '东和乡人民政府', parent: county.code });
    west = await buildAgency(s, { kind: 'township', name: '西山镇人民政府', parent: county.code });
    // One per tier of 低保, and two of the first tier a year apart.
    ids.titleWordOld = await entryIn(
      s,
      east,
      { title: '城乡低保对象复核结果公示', summary: '复核', body: '现予公示。', genre: 'announcement' },
      { on: '2025-03-01' },
    );
    ids.titleWordNew = await entryIn(
      s,
      west,
      { title: '低保资金发放情况', summary: '发放', body: '按月发放。', genre: 'announcement' },
      { on: '2026-02-01' },
    );
    ids.titleOnly = await entryIn(
      s,
      east,
      { title: '最低保障线调整的通知', summary: '调整', body: '自下月起执行。', genre: 'notice' },
      { on: '2026-01-10' },
    );
    ids.bodyWord = await entryIn(
      s,
      west,
      { title: '社会救助工作动态', summary: '救助', body: '本月城乡低保按时发放。', genre: 'news' },
      { on: '2026-02-20' },
    );
    ids.bodyBare = await entryIn(
      s,
      county,
      { title: '县政府工作通知', summary: '通知', body: '最低保障线以上人群另行安排。', genre: 'notice' },
      { on: '2026-02-25' },
    );
    ids.draft = await entryIn(s, east, { title: '低保草稿', summary: '草稿', body: '低保' }, { state: 'draft' });
    ids.withdrawn = await entryIn(
      s,
      west,
      { title: '低保公示（已撤下）', summary: '撤下', body: '低保' },
      { state: 'withdrawn', on: '2026-02-02' },
    );
    for (let i = 0; i < 21; i++)
      await entryIn(
        s,
        i % 2 ? east : west,
        { title: `春耕备耕物资发放第${i + 1}批`, summary: '春耕', body: '物资发放', genre: 'notice' },
        { on: `2025-04-${String(1 + i).padStart(2, '0')}` },
      );
  });
  after(async () => s.close());

  test('hits from every township under the county, ranked by tier then date, each naming its agency, nothing unpublished', async () => {
    const html = await page(`/${county.code}/search?q=${encodeURIComponent('低保')}`);
    assert.match(html, /找到 5 条/);
    assert.deepEqual(order(html), [ids.titleWordNew, ids.titleWordOld, ids.titleOnly, ids.bodyWord, ids.bodyBare]);
    assert.match(html, new RegExp(`href="/${west.code}/catalogue/${ids.titleWordNew}"`));
    for (const name of ['东和乡人民政府', '西山镇人民政府', '示范县人民政府'])
      assert.match(html, new RegExp(`<span class="agency">${name}</span>`));
    assert.doesNotMatch(html, /草稿|已撤下/);
    assert.equal(
      (await fetch(`${s.url}/${west.code}/catalogue/${ids.titleWordNew}`)).status,
      200,
      'the link opens the township’s page',
    );
  });

  test('the hit is marked in the title and in the snippet', async () => {
    const html = await page(`/${county.code}/search?q=${encodeURIComponent('低保')}`);
    assert.match(html, /城乡<mark>低保<\/mark>对象复核结果公示<\/a>/);
    assert.match(html, /<p class="snippet">[^<]*城乡<mark>低保<\/mark>按时发放/);
  });

  test('a township’s portal searches only its own entries', async () => {
    const html = await page(`/${east.code}/search?q=${encodeURIComponent('低保')}`);
    assert.deepEqual(order(html), [ids.titleWordOld, ids.titleOnly]);
  });

  test('filters keep the query; the count is exact; page links carry the query and the filters', async () => {
    const q = encodeURIComponent('发放');
    const html = await page(`/${county.code}/search?q=${q}&year=2025&genre=notice`);
    assert.match(html, /找到 21 条/);
    assert.match(html, /name="q" type="search" value="发放"/);
    // Without JavaScript: a plain GET form to the same page, and no script at all.
    assert.match(html, new RegExp(`<form method="get" action="/${county.code}/search" class="filters" role="search"`));
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /<option value="2025" selected>/);
    assert.match(html, /<option value="notice" selected>/);
    assert.match(
      html,
      /href="\/[^"]+\/search\?q=%E5%8F%91%E6%94%BE&amp;genre=notice&amp;year=2025&amp;page=2" rel="next"|href="\/[^"]+\/search\?q=%E5%8F%91%E6%94%BE&amp;year=2025&amp;genre=notice&amp;page=2" rel="next"/,
    );
    const second = await page(`/${county.code}/search?q=${q}&year=2025&genre=notice&page=2`);
    assert.equal(order(second).length, 1);
    assert.match(await page(`/${county.code}/search?q=${q}&year=2026`), /找到 2 条/);
  });

  test('the county’s list page shows its townships’ entries, and a new one at once though the page is cached', async () => {
    assert.match(await page(`/${county.code}/catalogue`), /低保资金发放情况/);
    await page(`/${county.code}/catalogue`);
    await entryIn(s, east, { title: '防汛抗旱应急预案', summary: '预案', body: '汛期' }, { on: '2026-03-01' });
    const html = await page(`/${county.code}/catalogue`);
    assert.match(html, /防汛抗旱应急预案/);
    assert.match(html, /共 27 条/);
  });

  test('the API names each entry’s agency and links to its page', async () => {
    const r = (await (
      await fetch(`${s.url}/api/v1/catalogue?agency=${county.code}&q=${encodeURIComponent('低保资金')}`)
    ).json()) as { total: number; items: { id: number; url: string; agency: { code: string; name: string } }[] };
    assert.equal(r.total, 1);
    assert.deepEqual(
      r.items.map((e) => [e.id, e.url, e.agency]),
      [[ids.titleWordNew, `/${west.code}/catalogue/${ids.titleWordNew}`, { code: west.code, name: '西山镇人民政府' }]],
    );
  });
});
