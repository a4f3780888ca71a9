// The report checker in Chromium (the pages carry no scripts): a supervisor uploads a report through the form, opens its findings
// beside the marked tables, dismisses one with a reason; axe-core on the upload, batch and findings pages.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { renderText } from '../../src/report/render/text.ts';
import { silentLog } from '../../src/context.ts';
import { kickChecker } from '../../src/report/checker-jobs.ts';
import { queuedJob } from '../support/checker-job.ts';
import { sampleReport } from '../support/report-sample.ts';
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

describe(`${DIALECT}: the report checker in a browser`, { skip }, () => {
  let s: TestServer;
  let login: { id: number; username: string; password: string };
  const dirs: string[] = [];
  let reportFile = '';
  let agencyId = 0;

  before(async () => {
    s = await startTestServer();
    const agency = await buildAgency(s, { kind: 'county', name: '浏览器检查测试县人民政府' });
    login = await buildStaff(s, agency.code, ['supervisor']);
    agencyId = agency.id;
    const bad = sampleReport({ seed: 4, name: '示例乡人民政府', year: 2023 });
    const received = bad.tables.applications!.received!;
    received.natural = (received.natural ?? 0) + 1;
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-checker-'));
    dirs.push(dir);
    reportFile = path.join(dir, '示例乡2023年度报告.txt');
    writeFileSync(reportFile, renderText(bad, 'tab'));
  });
  after(async () => {
    await s?.close();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  async function browser(javaScriptEnabled = true): Promise<BrowserContext> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-chromium-'));
    dirs.push(dir);
    return chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      locale: 'zh-CN',
      javaScriptEnabled,
    });
  }

  async function axe(page: Page): Promise<void> {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const r = await (
        window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }
      ).axe.run();
      return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
    assert.deepEqual(violations, [], page.url());
  }

  test('upload through the form, findings beside the marked tables, dismiss one; every page passes axe-core', {
    timeout: 120_000,
  }, async () => {
    const ctx = await browser();
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`${s.url}/login`);
      await page.getByLabel('登录名').fill(login.username);
      await page.getByLabel('密码').fill(login.password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByRole('link', { name: '年度报告检查' }).click();
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '年度报告检查');
      await axe(page);
      await page.getByLabel('报告文件').setInputFiles(reportFile);
      await page.getByRole('button', { name: '上传并检查' }).click();
      await page.waitForURL(/\/admin\/checker\/batches\/[0-9a-f]{16}/);
      // A slow machine may show the progress page first: it reloads itself until the results show.
      await page.locator('main', { hasText: '本批共 1 个文件' }).waitFor({ timeout: 60_000 });
      await axe(page);
      await page.getByRole('link', { name: '示例乡2023年度报告.txt' }).click();
      assert.ok((await page.locator('td.mark-error').count()) >= 1);
      await axe(page);
      const first = page.locator('ol.findings > li').first();
      await first.getByLabel('不予采纳').check();
      await first.getByLabel('理由', { exact: true }).fill('x');
      await first.getByRole('button', { name: '保存' }).click();
      assert.match(await page.locator('main').innerText(), /请写明理由（至少2个字）/);
      await axe(page);
      const again = page.locator('ol.findings > li').first();
      await again.getByLabel('理由', { exact: true }).fill('该数据已由乡政府更正说明');
      await again.getByRole('button', { name: '保存' }).click();
      await page.waitForURL(/\/admin\/checker\/uploads\/\d+\?ok=saved/);
      assert.match(await page.locator('ol.findings > li').first().innerText(), /不予采纳：该数据已由乡政府更正说明/);
      await axe(page);
    } finally {
      await ctx.close();
    }
  });

  test('a glued one-line report: a finding links to the exact digits in the original text, marked; axe-core passes', {
    timeout: 120_000,
  }, async () => {
    const ctx = await browser();
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${s.url}/login`);
      await page.getByLabel('登录名').fill(login.username);
      await page.getByLabel('密码').fill(login.password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.goto(`${s.url}/admin/checker`);
      await page
        .getByLabel('报告文件')
        .setInputFiles(path.join(import.meta.dirname, '../fixtures/reports/real/02-m2.txt'));
      await page.getByRole('button', { name: '上传并检查' }).click();
      await page.waitForURL(/\/admin\/checker\/batches\/[0-9a-f]{16}/);
      await page.locator('main', { hasText: '本批共 1 个文件' }).waitFor({ timeout: 60_000 });
      await page.getByRole('link', { name: '02-m2.txt' }).click();
      const finding = page.locator('ol.findings > li', { hasText: 'T3.ROW_TOTAL' }).first();
      await finding.getByRole('link', { name: '在原文中查看' }).click();
      const target = page.locator('pre.source mark:target');
      assert.equal(await target.count(), 1, 'the link lands on a mark in the original');
      assert.equal(await target.getAttribute('class'), 'src-error');
      assert.equal(await target.textContent(), '7', 'the 总计 digit of the glued run "6000007"');
      assert.ok(await target.isVisible());
      await axe(page);
      await page.screenshot({ path: path.join(dirs[0] as string, 'checker-source.png'), fullPage: false });
    } finally {
      await ctx.close();
    }
  });

  test('without JavaScript, the page of a queued batch shows its progress and reloads itself until the results show', {
    timeout: 120_000,
  }, async () => {
    const batch = 'e5e5e5e5e5e5e5e5';
    const address = `${s.url}/admin/checker/batches/${batch}`;
    const r = sampleReport({ seed: 5, name: '示例乡人民政府', year: 2023 });
    await queuedJob(s, {
      batch,
      agencyId,
      requestedBy: login.id,
      files: ['1.txt', '2.txt'].map((name) => ({ name, bytes: Buffer.from(renderText(r, 'tab')) })),
    });
    const signIn = async (page: Page) => {
      await page.goto(`${s.url}/login`);
      await page.getByLabel('登录名').fill(login.username);
      await page.getByLabel('密码').fill(login.password);
      await page.getByRole('button', { name: '登录' }).click();
    };
    // axe-core (a script) on the progress page as served, held still without its Refresh header while axe runs.
    const withScripts = await browser();
    try {
      const page = withScripts.pages()[0] ?? (await withScripts.newPage());
      await signIn(page);
      await page.route(address, async (route) => {
        const res = await route.fetch();
        const { refresh: _, ...headers } = res.headers();
        await route.fulfill({ response: res, headers });
      });
      await page.goto(address);
      await axe(page);
    } finally {
      await withScripts.close();
    }
    const ctx = await browser(false);
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await signIn(page);
      const first = await page.goto(address);
      assert.equal(first?.headers().refresh, '3');
      assert.match(await page.getByRole('status').innerText(), /排队中：已读取 0 \/ 2 个文件/);
      await kickChecker(s.db, s.config, silentLog);
      // No script on the page: the Refresh header brings the results to the same address.
      await page.locator('main', { hasText: '本批共 2 个文件' }).waitFor({ timeout: 15_000 });
      assert.equal(page.url(), address);
    } finally {
      await ctx.close();
    }
  });
});
