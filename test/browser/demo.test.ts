// The platform as a newcomer meets it: the real process starts on an empty data folder, loads the demo and prints the
// logins; the demo clerk logs in through Chromium and sees the back office; 东和乡's portal works without JavaScript
// and passes axe-core.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type BrowserContext, chromium } from 'playwright-core';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { startPlatform, stopPlatform } from '../process.ts';

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
// CI installs Debian's chromium; on a developer machine without it the journey is skipped, never silently in CI.
const skip = !existsSync(CHROMIUM) && !process.env.CI ? 'chromium not installed (apt-get install chromium)' : false;

describe(`${DIALECT}: first start and the demo in a browser`, { skip }, () => {
  let t: TestDb;
  let server: ChildProcess;
  let base = '';
  let output = () => '';
  let startMs = 0;
  const profiles: string[] = [];

  before(async () => {
    t = await createTestDb();
    const started = performance.now(); // a stopwatch, not the date
    const platform = await startPlatform(t.env);
    ({ server, base } = platform);
    output = platform.output;
    startMs = performance.now() - started;
  });
  after(async () => {
    await stopPlatform(server);
    await t?.close();
    for (const p of profiles) rmSync(p, { recursive: true, force: true });
  });

  async function browser(opts: { javaScriptEnabled: boolean }): Promise<BrowserContext> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-chromium-'));
    profiles.push(dir);
    return chromium.launchPersistentContext(dir, {
      executablePath: CHROMIUM,
      args: ARGS,
      headless: true,
      locale: 'zh-CN',
      ...opts,
    });
  }

  test('the first start loads the demo township and prints each role’s login once', () => {
    console.log(`server up in ${startMs} ms on ${DIALECT}`);
    for (const u of [
      'donghe-clerk',
      'donghe-reviewer',
      'donghe-secrecy',
      'donghe-head',
      'donghe-admin',
      'county-supervisor',
    ]) {
      assert.match(output(), new RegExp(`${u}\\s+\\S+`));
    }
  });

  test('the demo clerk logs in and sees the back office', async () => {
    const password = /donghe-clerk\s+(\S+)/.exec(output())![1]!;
    const ctx = await browser({ javaScriptEnabled: true });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      await page.goto(`${base}/admin`);
      assert.match(page.url(), /\/login\?next=/);
      await page.getByLabel('登录名').fill('donghe-clerk');
      await page.getByLabel('密码').fill(password);
      await page.getByRole('button', { name: '登录' }).click();
      await page.waitForURL(`${base}/admin`);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '工作台');
      assert.match(await page.locator('main').innerText(), /东和乡人民政府.*信息员/s);
      await page.screenshot({ path: path.join(t.dataDir, 'admin.png') });
      await page.goto(`${base}/admin/reports/2023`);
      assert.equal(
        await page.getByRole('heading', { level: 1 }).textContent(),
        '东和乡人民政府2023年政府信息公开工作年度报告',
      );
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }
        ).axe.run();
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      assert.deepEqual(violations, [], 'the back-office report page');
    } finally {
      await ctx.close();
    }
  });

  test('东和乡’s portal home is served and readable without JavaScript', async () => {
    const ctx = await browser({ javaScriptEnabled: false });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      const res = await page.goto(`${base}/donghe/`);
      assert.equal(res?.status(), 200);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), '东和乡人民政府政府信息公开');
      assert.ok(await page.getByRole('link', { name: '示范县人民政府' }).isVisible());
    } finally {
      await ctx.close();
    }
  });

  test('the portal pages and the login page have no serious or critical axe-core violations', async () => {
    const ctx = await browser({ javaScriptEnabled: true });
    try {
      const page = ctx.pages()[0] ?? (await ctx.newPage());
      for (const url of [
        '/',
        '/donghe/',
        '/donghe/feedback',
        '/donghe/feedback/track',
        '/donghe/reports',
        '/donghe/reports/2023',
        '/login',
        '/no-such-agency/',
      ]) {
        await page.goto(base + url);
        await page.evaluate(axeSource); // injected by evaluate: the CSP blocks script tags
        const violations = await page.evaluate(async () => {
          const r = await (
            window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }
          ).axe.run();
          return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
        });
        assert.deepEqual(violations, [], url);
      }
    } finally {
      await ctx.close();
    }
  });
});
