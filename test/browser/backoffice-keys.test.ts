// No raw key on any back-office page, for any role: on the seeded demo, each demo login walks every page it can reach
// from its dashboard (links followed breadth-first, a few pages per route shape) and every page's visible text is
// searched for key-shaped tokens (`withheld.stateSecret`, `other.other`, `catalogue.published`), a rule id standing
// alone (`TEXT.PLACEHOLDER` may only follow its Chinese name in small type), raw JSON, and untranslated English.
// axe-core runs on each page too.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
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
const skip = !existsSync(CHROMIUM) && !process.env.CI ? 'chromium not installed (apt-get install chromium)' : false;
const ROLES = [
  'donghe-clerk',
  'donghe-reviewer',
  'donghe-secrecy',
  'donghe-head',
  'donghe-admin',
  'county-admin',
  'county-supervisor',
];
const PER_SHAPE = 1; // pages visited per route shape (numbers, ids and a figure's cell path made one; the query ignored)
const SKIP =
  /\.(docx|pdf|xlsx|json|csv|zip|txt|png|jpe?g|atom|xml|html)(\?|$)|\/download|\/file|\/export|\/letters\/\d+|\/logout/;

/** Words that are the product's or a format's own names, not untranslated English. */
const ENGLISH_OK = new Set([
  'gongkai',
  'PDF',
  'DOCX',
  'XLSX',
  'JSON',
  'HTML',
  'ZIP',
  'API',
  'Atom',
  'EMS',
  'SMTP',
  'ICP',
  'ID',
  'URL',
  'CSV',
  'Word',
  'Excel',
  'WPS',
  'YYYY',
  'MM',
  'DD',
  'ICS',
  'Bearer',
  'CSRF',
  'UTC',
  'SQLite',
  'PostgreSQL',
  'GB',
  'MB',
  'KB',
  'QQ',
  'AES',
  'GCM',
  'TXT',
  'OFD',
  'IP',
]);

type Problem = { url: string; what: string; text: string };

/** In the page: the visible text nodes of <main> with a problem, outside URLs, code and attributes. */
function scan(): Array<{ what: string; text: string }> {
  const out: Array<{ what: string; text: string }> = [];
  const main = document.querySelector('main') ?? document.body;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
  const han = /[\u4e00-\u9fff]/;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement!;
    if (
      !el ||
      el.closest('script,style,textarea,pre,code,.source-text,[hidden]') ||
      (!(el as HTMLElement).offsetParent && getComputedStyle(el).position !== 'fixed')
    )
      continue;
    const text = (n.textContent ?? '').replace(
      /https?:\/\/\S+|[\w.*+-]+@[\w-]+\.[\w.]+|\/[\w\-/.{}?=&]+|\b[\w-]+\.(txt|pdf|docx|xlsx|zip|html|json|csv|ics)\b/g,
      ' ',
    );
    for (const m of text.matchAll(/\b[a-z]+\.[a-zA-Z]+\b/g))
      out.push({ what: `key ${m[0]}`, text: text.trim().slice(0, 120) });
    for (const m of text.matchAll(/\b[A-Z][A-Z_]+\.[A-Z_]+\b/g)) {
      const small = el.closest('small,.rule-id');
      const label = (small?.parentElement?.textContent ?? '').replace(m[0], '');
      if (!small || !han.test(label))
        out.push({ what: `rule id ${m[0]} without its Chinese name`, text: text.trim().slice(0, 120) });
    }
    if (/[{[]\s*"[\w.]+"\s*:/.test(text)) out.push({ what: 'raw JSON', text: text.trim().slice(0, 120) });
    for (const m of text.matchAll(/\b[A-Za-z][a-z]+(?: +[A-Za-z][a-z]+)+\b/g))
      out.push({ what: `English ${m[0]}`, text: text.trim().slice(0, 120) });
    for (const m of text.matchAll(/\b[a-z]+_[a-z_]+\b/g))
      out.push({ what: `key ${m[0]}`, text: text.trim().slice(0, 120) });
  }
  return out;
}

describe(`${DIALECT}: every back-office page as each demo role`, { skip }, () => {
  let t: TestDb;
  let server: ChildProcess;
  let base = '';
  let output = () => '';
  let browser: Browser;
  const profile = mkdtempSync(path.join(os.tmpdir(), 'gongkai-keys-'));

  before(async () => {
    t = await createTestDb();
    ({ server, base, output } = await startPlatform(t.env, 180_000));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
  });
  after(async () => {
    await browser?.close();
    await stopPlatform(server);
    await t?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function walk(page: Page, username: string): Promise<{ pages: number; problems: Problem[] }> {
    const password = new RegExp(`${username}\\s+(\\S+)`).exec(output())![1]!;
    await page.goto(`${base}/login?next=/admin`);
    await page.getByLabel('登录名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${base}/admin`);
    await page.evaluate(axeSource);
    const seen = new Set<string>();
    const shapes = new Map<string, number>();
    const queue = ['/admin'];
    const problems: Problem[] = [];
    let pages = 0;
    while (queue.length) {
      const url = queue.shift()!;
      const res = await page.goto(base + url);
      pages++;
      assert.ok(res && res.status() < 400, `${username} ${url} answers ${res?.status()}`);
      if (!(res.headers()['content-type'] ?? '').includes('text/html')) continue;
      for (const p of await page.evaluate(scan)) problems.push({ url, ...p });
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const r = await (
          window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }
        ).axe.run();
        return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      for (const v of violations) problems.push({ url, what: `axe ${v}`, text: '' });
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).getAttribute('href')!));
      for (const href of links) {
        const u = new URL(href, base + url);
        if (u.origin !== new URL(base).origin || !u.pathname.startsWith('/admin') || SKIP.test(u.pathname + u.search))
          continue;
        const key = u.pathname + u.search;
        if (seen.has(key)) continue;
        seen.add(key);
        const shape =
          u.pathname.replace(/\/cells\/.*/, '/cells').replace(/\/[^/]*\d[^/]*/g, '/:id') + (u.search ? '?' : '');
        const n = shapes.get(shape) ?? 0;
        if (n >= PER_SHAPE) continue;
        shapes.set(shape, n + 1);
        queue.push(key);
      }
    }
    return {
      pages,
      problems: problems.filter(
        (p) =>
          !p.what.startsWith('English ') ||
          !p.what
            .slice(8)
            .split(/ +/)
            .every((w) => ENGLISH_OK.has(w)),
      ),
    };
  }

  for (const username of ROLES) {
    test(`${username}: no key-shaped token, lone rule id, raw JSON or English on any page; axe-core clean`, {
      timeout: 600_000,
    }, async () => {
      const ctx = await browser.newContext({ locale: 'zh-CN' });
      try {
        const page = await ctx.newPage();
        const { pages, problems } = await walk(page, username);
        console.log(`${username}: ${pages} pages`);
        const unique = [...new Map(problems.map((p) => [`${p.what}`, p])).values()];
        assert.deepEqual(
          unique.map((p) => `${p.what} — ${p.url} — ${p.text}`),
          [],
        );
      } finally {
        await ctx.close();
      }
    });
  }
});
