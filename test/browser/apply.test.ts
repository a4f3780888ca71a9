// A citizen applies in Chromium with JavaScript off: fills the form, gets the receipt with 编号 and 查询码, and finds
// the case on the status page. The form, its error state, the receipt and the status page pass axe-core.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserContext, type Page, chromium } from 'playwright-core';
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

async function axe(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const r = await (
      window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }
    ).axe.run();
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
  });
}

async function fill(page: Page) {
  await page.locator('#f-name').fill('王小明');
  await page.getByLabel('证件类型').selectOption('resident_id');
  await page.getByLabel('证件号码').fill('11010519491231002X');
  await page.getByLabel('联系电话').fill('13912345678');
  await page.getByLabel('通信地址').fill('示范县东和乡和平村3组');
  await page.getByLabel('所需信息的名称').fill('2025年东和乡低保资金发放情况');
  await page.getByLabel('所需信息的内容描述').fill('2025年全年低保资金的发放总额和发放标准');
  await page.getByLabel('纸质').check();
  await page.getByLabel('邮寄').check();
}

describe(`${DIALECT}: a citizen applies in a browser without JavaScript`, { skip }, () => {
  let s: TestServer;
  let code = '';
  const profiles: string[] = [];
  before(async () => {
    s = await startTestServer();
    code = (await buildAgency(s, { name: '东和乡人民政府' })).code;
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

  test('apply, keep the receipt, track the case — JavaScript off', async () => {
    const ctx = await browser(false);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`${s.url}/${code}/`);
      await page.getByRole('link', { name: '申请政府信息公开' }).click();
      await page.getByLabel('自然人（个人）').check();
      await page.getByRole('button', { name: '继续' }).click();
      await page.getByRole('button', { name: '提交申请' }).click();
      assert.match(await page.locator('[role=alert]').innerText(), /所需信息的名称/);
      await fill(page);
      await page.getByRole('button', { name: '提交申请' }).click();
      const main = await page.locator('main').innerText();
      const number = /申请编号：(YS\d{12})/.exec(main)![1]!;
      const secret = /查询码：([A-Z0-9]{10})/.exec(main)![1]!;
      await page.getByRole('link', { name: '查询办理进度' }).first().click();
      await page.getByLabel('申请编号').fill(number);
      await page.getByLabel('查询码').fill(secret);
      await page.getByRole('button', { name: '查询' }).click();
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), `申请 ${number}`);
      assert.match(await page.locator('main').innerText(), /已登记/);
      await page.screenshot({ path: path.join(s.dataDir, 'status.png'), fullPage: true });
    } finally {
      await ctx.close();
    }
  });

  test('the form, its errors, the receipt, the tracking form and the status page have no serious axe-core violations', async () => {
    const ctx = await browser(true);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`${s.url}/${code}/apply`);
      assert.deepEqual(await axe(page), [], 'apply: applicant type');
      await page.goto(`${s.url}/${code}/apply?applicantType=natural`);
      assert.deepEqual(await axe(page), [], 'apply');
      await page.getByRole('button', { name: '提交申请' }).click();
      assert.deepEqual(await axe(page), [], 'apply with errors');
      await fill(page);
      await page.getByRole('button', { name: '提交申请' }).click();
      assert.deepEqual(await axe(page), [], 'receipt');
      const main = await page.locator('main').innerText();
      await page.goto(`${s.url}/${code}/track`);
      assert.deepEqual(await axe(page), [], 'track');
      await page.getByLabel('申请编号').fill(/申请编号：(YS\d{12})/.exec(main)![1]!);
      await page.getByLabel('查询码').fill(/查询码：([A-Z0-9]{10})/.exec(main)![1]!);
      await page.getByRole('button', { name: '查询' }).click();
      assert.deepEqual(await axe(page), [], 'status');
    } finally {
      await ctx.close();
    }
  });
});
