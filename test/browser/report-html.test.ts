// The annual report's HTML (the downloadable file, the same markup as the portal page) in Chromium: axe-core finds no
// violation, and the charts are announced as images with their figures.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { reportHtmlFile } from '../../src/report/render/html-file.ts';
import { sampleDocument } from '../support/report-sample-document.ts';

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

test('the annual report page has no axe-core violations at all, in both formats', { skip }, async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    args: ARGS,
    headless: true,
    locale: 'zh-CN',
  });
  try {
    for (const format of ['2021', '2019'] as const) {
      const page = await context.newPage();
      await page.setContent(reportHtmlFile(sampleDocument({ seed: 61, format, name: '东和乡人民政府' })));
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as {
            axe: { run(): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> };
          }
        ).axe.run();
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      assert.deepEqual(violations, [], format);
      const images = await page.getByRole('img').all();
      assert.equal(images.length, 2);
      assert.equal(await page.getByRole('img', { name: '各月主动公开信息条数' }).count(), 1);
      assert.equal(await page.getByRole('heading', { level: 2 }).count(), 6);
      await page.close();
    }
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
