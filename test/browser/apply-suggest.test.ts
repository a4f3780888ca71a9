// In Chromium with JavaScript on, typing the description of the information sought shows the agency's published item
// that matches (served script, CSP script-src 'self'), announced in an aria-live region; with JavaScript off the
// "先查一查是否已公开" button shows it too and keeps what was typed. The form with suggestions passes axe-core.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { publishEntry } from '../../src/catalogue/publish-entry.ts';
import { reviewEntry } from '../../src/catalogue/review-entry.ts';
import { findEntry } from '../../src/catalogue/store.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency } from '../factories.ts';
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
const TITLE = '东和乡2025年乡道维修工程施工合同公示';

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }
    ).axe.run();
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

describe(`${DIALECT}: suggestions of published items while applying, in a browser`, { skip }, () => {
  let s: TestServer;
  let code = '';
  const profiles: string[] = [];
  const errors: string[] = [];
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s, { kind: 'township', name: '东和乡人民政府' });
    code = a.code;
    const [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(s, a, ['clerk']),
      staffCtx(s, a, ['secrecy_reviewer']),
      staffCtx(s, a, ['reviewer']),
    ]);
    const { id } = await createEntry(
      clerk,
      a.code,
      draftInput(await columnId(s, a), { title: TITLE, summary: '乡道维修施工合同', body: '经费预算见附表。' }),
    );
    const version = async () => (await findEntry(s.db, { kind: 'system' }, id))!.version;
    for (const [ctx, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, id, { action, comment: '', version: await version() });
    await publishEntry(reviewer, id, await version());
  });
  after(async () => {
    await s.close();
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

  test('typing the description shows the published item with its 索引号; the pages pass axe-core', async () => {
    const ctx = await browser(true);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      page.on('console', (m) => {
        if (m.type() === 'error' && !m.location().url.includes('/favicon.ico'))
          errors.push(`${m.text()} ${m.location().url}`);
      }); // a CSP refusal shows here
      await page.goto(`${s.url}/${code}/apply?applicantType=natural`);
      assert.deepEqual(await axe(page), [], 'apply form');
      await page.getByLabel('所需信息的内容描述').pressSequentially('2025年乡道维修的施工合同', { delay: 20 });
      const link = page.locator('#suggest-results').getByRole('link', { name: TITLE });
      await link.waitFor({ timeout: 5000 });
      assert.match(await page.locator('#suggest-results').innerText(), /索引号 \S+/);
      assert.match((await link.getAttribute('href')) ?? '', new RegExp(`^/${code}/catalogue/\\d+$`));
      assert.deepEqual(await axe(page), [], 'apply form with suggestions');
      assert.deepEqual(errors, []);
      await page.screenshot({ path: path.join(s.dataDir, 'suggest.png'), fullPage: true });
      await page.getByRole('button', { name: '先查一查是否已公开' }).click();
      await page.locator('p.notice[role=status]').waitFor();
      assert.deepEqual(await axe(page), [], 'the form after the check'); // axe needs JavaScript, so it runs here
    } finally {
      await ctx.close();
    }
  });

  test('without JavaScript the check button shows the item and keeps the typed description', async () => {
    const ctx = await browser(false);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      page.setDefaultTimeout(15_000);
      await page.goto(`${s.url}/${code}/apply?applicantType=natural`);
      await page.getByLabel('所需信息的名称').fill('乡道维修施工合同');
      await page.getByLabel('所需信息的内容描述').fill('2025年乡道维修的施工合同');
      await page.getByRole('button', { name: '先查一查是否已公开' }).click();
      assert.ok(await page.locator('#suggest-results').getByRole('link', { name: TITLE }).isVisible());
      assert.equal(await page.getByLabel('所需信息的内容描述').inputValue(), '2025年乡道维修的施工合同');
    } finally {
      await ctx.close();
    }
  });
});
