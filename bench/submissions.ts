// Submission benchmark: applications per second acknowledged by the server (201, after their durable commit) through
// the public API, with p50/p99 latency, side by side with a floor measured in the same run on the same database: bare
// INSERT transactions of the same rows (one row, one durable commit each, from the same number of clients, through the
// plain driver: without the group commit and early lock release the platform uses).
//   node --import tsx bench/submissions.ts                  SQLite, 16 clients × 10 s, one server process
//   --seconds S --concurrency C --workers N|auto --agencies A --cpu-prof DIR (V8 profile of the server, for finding
//   where the time goes); DATABASE_URL for PostgreSQL: a database of its own, emptied first. Every acknowledged
//   application is checked to be in the database afterwards.
// Target (issue 20): ≥ 500 acknowledged applications a second on SQLite and on PostgreSQL with several workers.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import pg from 'pg';
import { importAgencies } from '../src/agencies/import-agencies.ts';
import { loadConfig } from '../src/config.ts';
import { makeCtx } from '../src/context.ts';
import { type Db, openDb } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { parseInput } from '../src/input.ts';
import { Application } from '../src/requests/form.ts';
import { submitApplication } from '../src/requests/submit.ts';
import { applicationInput } from '../test/factories.ts';

const { values: a } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    concurrency: { type: 'string', default: '16' },
    workers: { type: 'string', default: '1' },
    agencies: { type: 'string', default: '20' },
    'cpu-prof': { type: 'string' },
  },
});
const seconds = Number(a.seconds),
  concurrency = Number(a.concurrency),
  agencies = Number(a.agencies);
const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
const env = {
  ...process.env,
  GONGKAI_DATA_DIR: dir,
  GONGKAI_SECRET: randomBytes(32).toString('hex'),
  GONGKAI_SEED_DEMO: 'never',
  GONGKAI_LOG_LEVEL: 'silent',
  HOST: '127.0.0.1',
  GONGKAI_TRUST_PROXY: 'loopback',
};
const children: ChildProcess[] = [];
const codes = Array.from({ length: agencies }, (_, i) => `bench-${i}`);

type Run = { acked: number; perSecond: number; p50: number; p99: number; errors: Map<number | string, number> };

/** `clients` loops for `ms`, each calling `once` and timing it; `once` returns whether it counted. */
async function drive(
  clients: number,
  ms: number,
  once: (i: number) => Promise<boolean | number | string>,
): Promise<Run> {
  const lat: number[] = [];
  const errors = new Map<number | string, number>();
  let n = 0;
  const started = performance.now();
  const end = started + ms;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const r = await once(n++);
        if (r === true) lat.push(performance.now() - t0);
        else errors.set(r as number | string, (errors.get(r as number | string) ?? 0) + 1);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  lat.sort((x, y) => x - y);
  return {
    acked: lat.length,
    perSecond: lat.length / elapsed,
    p50: lat[Math.floor(lat.length * 0.5)] ?? 0,
    p99: lat[Math.floor(lat.length * 0.99)] ?? 0,
    errors,
  };
}

const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
function post(url: string, body: string, forwardedFor: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'x-forwarded-for': forwardedFor,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function waitFor(url: string): Promise<void> {
  // Up to 5 minutes: on a busy machine the workers' start (compiling, migrating) alone took over a minute.
  for (let i = 0; i < 3000; i++) {
    try {
      await new Promise((ok, no) =>
        http
          .get(url, (r) => {
            r.resume();
            r.on('end', ok);
          })
          .on('error', no),
      );
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not come up`);
}

/** CPU seconds used so far by a process and its children (the workers), from /proc: what a run cost, however busy the
 * machine is with other work (the throughput alone moves with the neighbours on a shared machine; this does less). */
function cpuSeconds(pid: number): number {
  const ticks = (stat: string) => {
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(f[11]) + Number(f[12]);
  };
  let total = 0;
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (Number(d) === pid || ppid === pid) total += ticks(stat);
    } catch {
      /* gone */
    }
  }
  return total / 100; // USER_HZ
}

async function settings(db: Db): Promise<string> {
  if (db.sqlite)
    return `SQLite journal_mode=${db.sqlite.pragma('journal_mode', { simple: true })} synchronous=${['off', 'normal', 'full', 'extra'][Number(db.sqlite.pragma('synchronous', { simple: true }))]}`;
  const show = async (k: string) => (await sql.raw<Record<string, string>>(`show ${k}`).execute(db)).rows[0]![k];
  return `PostgreSQL fsync=${await show('fsync')} synchronous_commit=${await show('synchronous_commit')} wal_sync_method=${await show('wal_sync_method')}`;
}

async function main(): Promise<void> {
  const config = loadConfig(env);
  let db = openDb(config.database);
  if (db.dialect === 'postgres') await sql`drop schema public cascade; create schema public`.execute(db);
  await migrate(db);
  const system = makeCtx({ db, config }, { kind: 'system', label: 'bench' });
  await importAgencies(
    system,
    `code,name,kind,parent_code,org_code\n${codes.map((c, i) => `${c},基准测试机关${i},township,,`).join('\n')}\n`,
  );
  const template = await submitApplication(
    makeCtx({ db, config }, { kind: 'public', ip: '127.0.0.1' }),
    codes[0]!,
    parseInput(Application, applicationInput()),
  );
  const durability = await settings(db);
  // PostgreSQL's own processes (this cluster's postmaster and its backends) are counted too: their CPU is part of an
  // application's cost on the same machine.
  const postmaster =
    db.dialect === 'postgres'
      ? Number(
          readFileSync(
            `/proc/${(await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db)).rows[0]!.pid}/stat`,
            'utf8',
          )
            .split(') ')[1]!
            .split(' ')[1],
        )
      : 0;
  await db.destroy();

  const port = 20000 + Math.floor(Math.random() * 20000);
  const server = spawn(
    process.execPath,
    [
      ...(a['cpu-prof'] ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(a['cpu-prof'])}`] : []),
      '--import',
      'tsx',
      'src/main.ts',
    ],
    { env: { ...env, PORT: String(port), GONGKAI_WORKERS: a.workers }, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  children.push(server);
  const base = `http://127.0.0.1:${port}`;
  await waitFor(`${base}/healthz`);

  const form = applicationInput();
  const apply = async (i: number) => {
    const body = JSON.stringify({
      ...form,
      nonce: `bench-${process.pid}-${i}-${randomBytes(6).toString('hex')}`,
      infoTitle: `基准测试申请 ${i}`,
    });
    const status = await post(
      `${base}/api/v1/agencies/${codes[i % codes.length]}/requests`,
      body,
      `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
    ).catch((e: Error) => e.message);
    return status === 201 ? true : status;
  };
  const warm = await drive(concurrency, 2000, apply); // warm-up: JIT, caches, connections
  const cpu0 = cpuSeconds(server.pid!),
    pg0 = postmaster ? cpuSeconds(postmaster) : 0;
  const app = await drive(concurrency, seconds * 1000, (i) => apply(i + 1_000_000));
  const appCpu = cpuSeconds(server.pid!) - cpu0,
    pgCpu = postmaster ? cpuSeconds(postmaster) - pg0 : 0;
  await new Promise((resolve) => {
    server.once('exit', resolve);
    server.kill('SIGTERM');
  });

  // The floor: the same row, one INSERT per durable transaction, from as many clients, on the same database with the
  // plain driver (no group commit, no early lock release): what the database gives without the platform's help.
  db = openDb(config.database);
  const { rows: stored } = await sql<{ n: number }>`select count(*) as n from requests`.execute(db);
  const row = await db.selectFrom('requests').selectAll().where('id', '=', template.id).executeTakeFirstOrThrow();
  const { id: _id, version: _v, ...shape } = row;
  const columns = Object.keys(shape);
  const values = (i: number) =>
    columns.map((c) =>
      c === 'number' ? `FL${process.pid}${i}` : c === 'submit_nonce' ? null : (shape as Record<string, unknown>)[c],
    );
  const floorCpu0 = process.cpuUsage();
  let floor: Run;
  if (config.database.kind === 'sqlite') {
    const bare = new SQLite(config.database.file);
    bare.pragma('journal_mode = WAL');
    bare.pragma('synchronous = FULL');
    bare.pragma('busy_timeout = 5000');
    const insert = bare.prepare(
      `insert into requests (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
    );
    const one = bare.transaction((i: number) => insert.run(values(i)));
    floor = await drive(concurrency, seconds * 1000, async (i) => {
      one(i);
      await new Promise(setImmediate);
      return true;
    });
    bare.close();
  } else {
    const pool = new pg.Pool({ connectionString: config.database.url, max: concurrency });
    const text = `insert into requests (${columns.join(', ')}) values (${columns.map((_, k) => `$${k + 1}`).join(', ')})`;
    floor = await drive(concurrency, seconds * 1000, async (i) => {
      const c = await pool.connect();
      try {
        await c.query('begin');
        await c.query(text, values(i));
        await c.query('commit');
      } finally {
        c.release();
      }
      return true;
    });
    await pool.end();
  }
  const floorCpu = process.cpuUsage(floorCpu0);
  const f = (x: number) => x.toFixed(1);
  const ms = (cpu: number, n: number) => `${((1000 * cpu) / Math.max(n, 1)).toFixed(2)} ms CPU each`;
  const errs = (r: Run) => [...r.errors].map(([k, v]) => `${k}×${v}`).join(' ') || 'none';
  console.log(
    `load average during the run: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} (other work on the machine slows every figure; the CPU per application moves less)`,
  );
  console.log(
    `submission benchmark: ${db.dialect}, ${concurrency} clients × ${seconds} s, GONGKAI_WORKERS=${a.workers}, ${agencies} agencies, ${os.cpus().length} CPUs; ${durability}`,
  );
  console.log(
    `applications (POST /api/v1/agencies/{code}/requests, 201)  ${f(app.perSecond)}/s  p50 ${f(app.p50)} ms  p99 ${f(app.p99)} ms  errors ${errs(app)}  (server ${ms(appCpu, app.acked)}${postmaster ? `, PostgreSQL ${ms(pgCpu, app.acked)}` : ''})`,
  );
  console.log(
    `floor (bare INSERT transactions, plain driver)             ${f(floor.perSecond)}/s  p50 ${f(floor.p50)} ms  p99 ${f(floor.p99)} ms  (${ms((floorCpu.user + floorCpu.system) / 1e6, floor.acked)}, client included)`,
  );
  console.log(
    `ratio applications/floor                                  ${((100 * app.perSecond) / floor.perSecond).toFixed(1)} %   (target: ≥ 500 applications/s)`,
  );
  const acked = warm.acked + app.acked,
    kept = Number(stored[0]!.n) - 1;
  console.log(
    `acknowledged ${acked} (with the warm-up), stored ${kept}: ${kept === acked ? 'every acknowledged application is in the database, none twice' : kept > acked ? 'more stored than acknowledged (some answers were lost)' : 'MISSING APPLICATIONS'}`,
  );
  await db.destroy();
}

async function cleanup(): Promise<void> {
  await Promise.all(
    children.map(
      (c) =>
        new Promise((resolve) => {
          if (c.exitCode !== null) return resolve(null);
          c.once('exit', resolve);
          c.kill('SIGTERM');
        }),
    ),
  );
  rmSync(dir, { recursive: true, force: true });
}

main().then(cleanup, async (err) => {
  await cleanup();
  console.error(err);
  process.exit(1);
});
