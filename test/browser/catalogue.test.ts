// The public catalogue in Chromium with JavaScript disabled: browse by column, open an entry, search for a
// two-character word through the form; and axe-core on every new portal and back-office page.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { publishEntry } from '../../src/catalogue/publish-entry.ts';
import { reviewEntry } from '../../src/catalogue/review-entry.ts';
import { findEntry } from '../../src/catalogue/store.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { startTestServer, type TestServer } from '../http/client.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const skip = !existsSync(CHROMIUM) && !process.env.CI ? 'chromium not installed (apt-get install chromium)' : false;

describe(`${DIALECT}: the catalogue in a browser`, { skip }, () => {
  let s: TestServer;
  let code = '';
  let entryId = 0;
  let clerkLogin: { username: string; password: string };
  const profiles: string[] = [];

  before(async () => {
    s = await startTestServer();
    const agency = await buildAgency(s, { kind: 'township', name: '浏览器测试乡人民政府' });
    code = agency.code;
    const [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(s, agency, ['clerk']),
      staffCtx(s, agency, ['secrecy_reviewer']),
      staffCtx(s, agency, ['reviewer']),
    ]);
    const col = await columnId(s, agency);
    const get = async (id: number) => (await findEntry(s.db, { kind: 'system' }, id))!;
    for (const title of ['城乡低保对象复核结果公示', '春耕生产工作动态']) {
      const other = title.startsWith('春耕') ? { summary: '春耕备耕进展', body: '各村抓好春耕。' } : {};
      const { id } = await createEntry(clerk, code, draftInput(col, { title, ...other }));
      for (const [ctx, action] of [
        [clerk, 'submit'],
        [secrecy, 'approve'],
        [reviewer, 'approve'],
      ] as const)
        await reviewEntry(ctx, id, { action, comment: '', version: (await get(id)).version });
      await publishEntry(reviewer, id, (await get(id)).version);
      entryId ||= id;
    }
    clerkLogin = await buildStaff(s, code, ['clerk']);
  });
  after(async () => {
    await s?.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  });

  async function browser(javaScriptEnabled: boolean): Promise<BrowserContext> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-chromium-'));
    profiles.push(dir);
    return chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      locale: 'zh-CN',
      javaScriptEnabled,
    });
  }

  async function axe(page: Page, url: string): Promise<void> {
    await page.goto(s.url + url);
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await (
        window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }
      ).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    assert.deepEqual(violations, [], url);
  }

  test('without JavaScript: home → catalogue → column filter → entry page, and the search form finds 低保', async () => {
    const ctx = await browser(false);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`${s.url}/${code}/`);
      await page.getByRole('link', { name: '信息公开目录' }).first().click();
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '信息公开目录');
      await page.getByLabel('栏目').selectOption({ label: '通知公告' });
      await page.getByRole('button', { name: '筛选' }).click();
      assert.match(page.url(), /column=\d+/);
      await page.getByRole('link', { name: '城乡低保对象复核结果公示' }).click();
      assert.match(await page.locator('dl.meta').innerText(), /索引号[\s\S]*Z\d{8}\/2026-\d{5}/);
      await page.goto(`${s.url}/${code}/search`);
      await page.getByLabel('检索词').fill('低保');
      await page.getByRole('main').getByRole('button', { name: '检索' }).click();
      assert.match(await page.getByRole('status').innerText(), /找到 1 条/);
      assert.equal(await page.locator('mark').first().textContent(), '低保');
    } finally {
      await ctx.close();
    }
  });

  test('the new portal and back-office pages have no serious or critical axe-core violations', async () => {
    const ctx = await browser(true);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      for (const url of [
        `/${code}/`,
        `/${code}/catalogue`,
        `/${code}/search?q=%E4%BD%8E%E4%BF%9D`,
        `/${code}/catalogue/${entryId}`,
        `/${code}/guide`,
      ])
        await axe(page, url);
      await page.goto(`${s.url}/login`);
      await page.getByLabel('登录名').fill(clerkLogin.username);
      await page.getByLabel('密码').fill(clerkLogin.password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(`${s.url}/admin`);
      for (const url of [
        '/admin/catalogue',
        '/admin/catalogue/new',
        `/admin/catalogue/${entryId}`,
        '/admin/catalogue/monitor',
        '/admin/catalogue/settings',
        '/admin/catalogue/registers',
        '/admin/catalogue/standard',
        '/admin/catalogue/media',
      ])
        await axe(page, url);
    } finally {
      await ctx.close();
    }
  });
});
