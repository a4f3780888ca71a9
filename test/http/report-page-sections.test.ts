// The back-office report page is sectioned: a table of contents (检查结果, 报告正文与表格, 编写文字段落, 年终封账与公布)
// whose links land on their sections, and each finding links to what it concerns — a text block still to fill links
// to its text box, a figure's finding to its cell. Every in-page link has its target on the page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: the report page's sections and finding links`, () => {
  let s: TestServer;
  let head: Client;
  const year = new Date().getFullYear() - 1;
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county' });
    const a = await buildAgency(s, { parent: county.code });
    const u = await buildStaff(s, a.code, ['clerk', 'head']);
    head = new Client(s.url);
    await head.login(u.username, u.password);
  });
  after(async () => {
    await s.close();
  });

  test('a table of contents with its four sections; every in-page link has its target', async () => {
    const page = (await head.get(`/admin/reports/${year}`)).text;
    const toc = /<nav class="toc" aria-label="本页内容">([\s\S]*?)<\/nav>/.exec(page)![1]!;
    assert.deepEqual(
      [...toc.matchAll(/href="#([\w-]+)">([^<（]+)/g)].map((m) => [m[1], m[2]]),
      [
        ['findings', '检查结果'],
        ['report', '报告正文与表格'],
        ['texts', '编写文字段落'],
        ['publish', '年终封账与公布'],
      ],
    );
    for (const [, id] of page.matchAll(/href="#([^"]+)"/g))
      assert.match(page, new RegExp(`id="${id}"`), `#${id} exists`);
  });

  test('a text block still to fill: its finding links to its text box', async () => {
    const page = (await head.get(`/admin/reports/${year}`)).text;
    assert.match(
      page,
      /尚未填写的提示 <small class="rule-id">TEXT\.PLACEHOLDER<\/small>[^<]*<a href="#t-overview">去填写<\/a>/,
    );
    assert.match(page, /<textarea id="t-overview"/);
  });
});
