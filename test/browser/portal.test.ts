// The portal in Chromium: at 390 px no page scrolls sideways (report tables scroll in their own box, the catalogue
// list stacks); axe-core finds nothing serious at 390 px and at 1280 px on every portal page, including forms that came
// back with errors, an answered case and the withdrawal confirmation; without JavaScript the application asks the
// applicant type first and focuses the error summary; printing drops the menus and prints each link's address.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { DIALECT } from '../db.ts';
import { startTestServer, type TestServer } from '../http/client.ts';
import { type PortalFixture, portalFixture, portalVisits } from '../portal-fixture.ts';

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

describe(`${DIALECT}: the portal in a browser`, { skip }, () => {
  let s: TestServer;
  let f: PortalFixture;
  const profiles: string[] = [];

  before(async () => {
    s = await startTestServer();
    f = await portalFixture(s);
  });
  after(async () => {
    await s?.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  });

  async function browser(javaScriptEnabled: boolean, width = 1280): Promise<BrowserContext> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-chromium-'));
    profiles.push(dir);
    return chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      locale: 'zh-CN',
      javaScriptEnabled,
      viewport: { width, height: 844 },
    });
  }

  async function axe(page: Page): Promise<string[]> {
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const r = await (
        window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }
      ).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
  }

  test('at 390 px no portal page scrolls sideways, and axe-core finds nothing serious on any of them', async () => {
    const ctx = await browser(true, 390);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      for (const [name, visit] of portalVisits(f)) {
        await visit(page, s.url);
        const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        assert.ok(width <= 390, `${name}: the page is ${width} px wide`);
        assert.deepEqual(await axe(page), [], `${name} at 390 px`);
      }
      await page.goto(`${s.url}/${f.town.code}/reports/${f.reportYear}`);
      const box = page.locator('.table-scroll', { has: page.locator('table.applications') });
      const [inner, outer] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      assert.ok(inner > outer, `表三 scrolls inside its own box (${inner} > ${outer})`);
      assert.equal(await box.getAttribute('tabindex'), '0');
    } finally {
      await ctx.close();
    }
  });

  test('at 1280 px axe-core finds nothing serious on any portal page', async () => {
    const ctx = await browser(true);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      for (const [name, visit] of portalVisits(f)) {
        await visit(page, s.url);
        assert.deepEqual(await axe(page), [], name);
      }
    } finally {
      await ctx.close();
    }
  });

  test('without JavaScript: the applicant type comes first, the error summary is focused and titled 错误：, withdrawing is confirmed', async () => {
    const ctx = await browser(false);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`${s.url}/${f.town.code}/`);
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '依申请公开' }).click();
      assert.equal(await page.getByLabel('证件号码').count(), 0);
      await page.getByLabel('法人或其他组织').check();
      await page.getByRole('button', { name: '继续' }).click();
      assert.equal(await page.getByLabel('证件号码').count(), 0, 'an organisation is not asked for an ID card');
      assert.equal(await page.getByLabel('统一社会信用代码').count(), 1);
      await page.getByRole('link', { name: '更改' }).click();
      await page.getByLabel('自然人（个人）').check();
      await page.getByRole('button', { name: '继续' }).click();
      assert.equal(await page.getByLabel('统一社会信用代码').count(), 0);
      await page.locator('#f-name').fill('王小明');
      await page.getByRole('button', { name: '提交申请' }).click();
      assert.match(await page.title(), /^错误：/);
      assert.equal(await page.evaluate(() => document.activeElement?.className), 'error-summary');
      const links = await page.locator('.error-summary a').allInnerTexts();
      assert.ok(links[0]!.startsWith('证件类型'), links.join(' | '));
      await page.locator('.error-summary a', { hasText: '联系电话' }).click();
      assert.match(page.url(), /#f-phone$/);

      await page.goto(`${s.url}/${f.town.code}/track`);
      await page.getByLabel('申请编号').fill(f.open.number);
      await page.getByLabel('查询码').fill(f.open.code);
      await page.getByRole('button', { name: '查询', exact: true }).click();
      await page.getByRole('button', { name: '撤回申请…' }).click();
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /^确认撤回申请/);
      await page.getByRole('button', { name: '不撤回，返回办理进度' }).click();
      assert.match(await page.locator('main').innerText(), /已登记/);
    } finally {
      await ctx.close();
    }
  });

  test("printing an entry or a report drops the menus and prints each link's address after it", async () => {
    const ctx = await browser(true);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      for (const url of [`/${f.town.code}/catalogue/${f.entryId}`, `/${f.town.code}/reports/${f.reportYear}`]) {
        await page.goto(s.url + url);
        await page.emulateMedia({ media: 'print' });
        for (const sel of ['header.site nav', 'header.site form', 'nav.crumbs'])
          assert.equal(
            await page
              .locator(sel)
              .first()
              .evaluate((el) => getComputedStyle(el).display),
            'none',
            `${url} ${sel}`,
          );
        const after = await page
          .locator('main a[href^="/"]')
          .first()
          .evaluate((el) => [getComputedStyle(el, '::after').content, el.getAttribute('href')]);
        assert.ok(after[0]!.includes(after[1]!), `${url}: ${after[0]}`);
        await page.emulateMedia({ media: 'screen' });
        assert.notEqual(await page.locator('header.site nav').evaluate((el) => getComputedStyle(el).display), 'none');
      }
    } finally {
      await ctx.close();
    }
  });
});
