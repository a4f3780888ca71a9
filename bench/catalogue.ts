// Catalogue benchmark: the dynamic catalogue list page and a search, side by side with the same list page served as a
// static file by nginx on the same machine. Prints both throughputs, their ratio and the search p95.
//   node --import tsx bench/catalogue.ts                      small: 100 agencies, 20,000 entries
//   node --import tsx bench/catalogue.ts --province           10,000 agencies, 1,000,000 entries (takes a while)
//   --agencies N --entries M --seconds S --concurrency C; DATABASE_URL for PostgreSQL (a database of its own).
//   --workers N|auto: server processes on the port (GONGKAI_WORKERS), default auto: one per CPU, as deployed.
//   --cpu-prof DIR: the app server writes a V8 CPU profile into DIR when the run ends (open it in Chrome DevTools).
// Targets (issue 5): search p95 under 30 ms; the list page at 30% or more of the static file's throughput.
// The list page is requested for every agency in turn (the ratio line); with many agencies and a short run most
// requests render a page not yet cached. The line under the ratio requests the one page nginx serves.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.ts';
import { openDb } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { generate } from './catalogue-data.ts';

const { values: a } = parseArgs({ options: { province: { type: 'boolean' }, agencies: { type: 'string' }, entries: { type: 'string' }, seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '16' }, workers: { type: 'string', default: 'auto' }, 'cpu-prof': { type: 'string' } } });
const agencies = Number(a.agencies ?? (a.province ? 10_000 : 100));
const entries = Number(a.entries ?? (a.province ? 1_000_000 : 20_000));
const seconds = Number(a.seconds);
const concurrency = Number(a.concurrency);
const log = (m: string) => process.stderr.write(`${m}\n`);

const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
const env = { ...process.env, GONGKAI_DATA_DIR: dir, GONGKAI_SECRET: randomBytes(32).toString('hex'), GONGKAI_SEED_DEMO: 'never', GONGKAI_LOG_LEVEL: 'silent', HOST: '127.0.0.1' };
const children: ChildProcess[] = [];
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

function get(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    }).on('error', reject);
  });
}

async function load(urls: () => string, conns = concurrency): Promise<{ rps: number; p50: number; p95: number; errors: number }> {
  const lat: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(Array.from({ length: conns }, async () => {
    while (performance.now() < end) {
      const t0 = performance.now();
      if ((await get(urls())) !== 200) errors++;
      lat.push(performance.now() - t0);
    }
  }));
  lat.sort((x, y) => x - y);
  return { rps: lat.length / seconds, p50: lat[Math.floor(lat.length * 0.5)] ?? 0, p95: lat[Math.floor(lat.length * 0.95)] ?? 0, errors };
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    try { if ((await get(url)) < 500) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not come up`);
}

async function main(): Promise<void> {
  const config = loadConfig(env);
  const db = openDb(config.database);
  await migrate(db);
  const t0 = performance.now();
  const { codes } = await generate(db, { agencies, entries, log });
  log(`generated in ${((performance.now() - t0) / 1000).toFixed(1)} s on ${db.dialect}`);
  await db.destroy();

  const appPort = 20000 + Math.floor(Math.random() * 20000);
  const app = spawn(process.execPath, [...(a['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(a['cpu-prof'])}`] : []), '--import', 'tsx', 'src/main.ts'], { env: { ...env, PORT: String(appPort), GONGKAI_WORKERS: a.workers }, stdio: ['ignore', 'ignore', 'inherit'] });
  children.push(app);
  const base = `http://127.0.0.1:${appPort}`;
  await waitFor(`${base}/healthz`);

  // The static twin: the same list page, saved and served by nginx.
  const code = codes[0]!;
  const listPage = await new Promise<string>((resolve) => http.get(`${base}/${code}/catalogue`, (res) => { let b = ''; res.setEncoding('utf8'); res.on('data', (c) => (b += c)); res.on('end', () => resolve(b)); }));
  writeFileSync(path.join(dir, 'catalogue.html'), listPage);
  const nginxPort = appPort + 1;
  writeFileSync(path.join(dir, 'nginx.conf'), `worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; default_type text/html; server { listen 127.0.0.1:${nginxPort}; root ${dir}; } }`);
  execFileSync('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir]);
  await waitFor(`http://127.0.0.1:${nginxPort}/catalogue.html`);

  let i = 0;
  const nextCode = () => codes[i++ % codes.length]!;
  const staticR = await load(() => `http://127.0.0.1:${nginxPort}/catalogue.html`);
  const listR = await load(() => `${base}/${nextCode()}/catalogue`);
  const samePageR = await load(() => `${base}/${code}/catalogue`); // the very page nginx serves, for reference
  const words = ['低保', '医保', '春耕', '危房改造', '防汛'];
  const searchR = await load(() => `${base}/${nextCode()}/search?q=${encodeURIComponent(words[i % words.length]!)}`);
  const searchOne = await load(() => `${base}/${nextCode()}/search?q=${encodeURIComponent(words[i % words.length]!)}`, 1);
  const apiR = await load(() => `${base}/api/v1/catalogue?agency=${nextCode()}&q=${encodeURIComponent(words[i % words.length]!)}`);

  const f = (x: number) => x.toFixed(1);
  console.log(`catalogue benchmark: ${agencies} agencies, ${entries} entries, ${db.dialect}, ${concurrency} connections × ${seconds} s, ${os.cpus().length} CPUs, GONGKAI_WORKERS=${a.workers}`);
  console.log(`static list page (nginx)   ${f(staticR.rps)} req/s  p50 ${f(staticR.p50)} ms  p95 ${f(staticR.p95)} ms`);
  console.log(`dynamic list page (gongkai) ${f(listR.rps)} req/s  p50 ${f(listR.p50)} ms  p95 ${f(listR.p95)} ms  errors ${listR.errors}`);
  console.log(`ratio dynamic/static        ${(100 * listR.rps / staticR.rps).toFixed(1)} %  (target ≥ 30 %)`);
  console.log(`  same page as the static    ${f(samePageR.rps)} req/s  p50 ${f(samePageR.p50)} ms  p95 ${f(samePageR.p95)} ms  (${(100 * samePageR.rps / staticR.rps).toFixed(1)} % of static)`);
  console.log(`search page                 ${f(searchR.rps)} req/s  p50 ${f(searchR.p50)} ms  p95 ${f(searchR.p95)} ms  (target p95 < 30 ms)  errors ${searchR.errors}`);
  console.log(`search page, 1 connection   ${f(searchOne.rps)} req/s  p50 ${f(searchOne.p50)} ms  p95 ${f(searchOne.p95)} ms`);
  console.log(`search API                  ${f(apiR.rps)} req/s  p50 ${f(apiR.p50)} ms  p95 ${f(apiR.p95)} ms  errors ${apiR.errors}`);
}

async function cleanup(): Promise<void> {
  await Promise.all(children.map((c) => new Promise((resolve) => { if (c.exitCode !== null) return resolve(null); c.once('exit', resolve); c.kill('SIGTERM'); })));
  try { execFileSync('nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir, '-s', 'stop'], { stdio: 'ignore' }); } catch { /* not started */ }
  rmSync(dir, { recursive: true, force: true });
}

main().then(cleanup, async (err) => { await cleanup(); console.error(err); process.exit(1); });
