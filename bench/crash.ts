// The crash drill at full size (test/crash.ts; a small one runs in CI as test/http/crash.test.ts): the platform with
// its workers takes bursts of applications and is killed with SIGKILL in the middle of each, ROUNDS times. Prints how
// many were acknowledged, how many lost their answer and were sent again, and what was lost, damaged or doubled (all
// must be none), with the audit verification and the database's integrity check.
//   node --import tsx bench/crash.ts  [--rounds 10] [--clients 16] [--burst-ms 4000] [--workers auto]
//   DATABASE_URL for PostgreSQL: a database of its own, emptied first.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { importAgencies } from '../src/agencies/import-agencies.ts';
import { loadConfig } from '../src/config.ts';
import { makeCtx } from '../src/context.ts';
import { openDb } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { crashDrill } from '../test/crash.ts';

const { values: a } = parseArgs({
  options: {
    rounds: { type: 'string', default: '10' },
    clients: { type: 'string', default: '16' },
    'burst-ms': { type: 'string', default: '4000' },
    workers: { type: 'string', default: 'auto' },
  },
});
const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-crash-'));
const env = {
  GONGKAI_DATA_DIR: dir,
  GONGKAI_SECRET: randomBytes(32).toString('hex'),
  GONGKAI_WORKERS: a.workers,
  ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
};

try {
  const config = loadConfig(env);
  const db = openDb(config.database);
  if (db.dialect === 'postgres') await sql`drop schema public cascade; create schema public`.execute(db);
  await migrate(db);
  await importAgencies(
    makeCtx({ db, config }, { kind: 'system', label: 'bench' }),
    'code,name,kind,parent_code,org_code\ncrash-drill,崩溃演练机关,township,,\n',
  );
  await db.destroy();
  const t0 = performance.now();
  const r = await crashDrill({
    env,
    agency: 'crash-drill',
    rounds: Number(a.rounds),
    clients: Number(a.clients),
    burstMs: Number(a['burst-ms']),
    log: (m) => process.stderr.write(`${m}\n`),
  });
  console.log(
    `crash drill: ${config.database.kind}, GONGKAI_WORKERS=${a.workers}, ${a.clients} clients, ${r.rounds} SIGKILLs of the whole process group in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  console.log(
    `acknowledged ${r.acknowledged} (of which sent again after losing their answer: ${r.unanswered}); lost ${r.lost.length}, damaged ${r.damaged.length}, doubled ${r.duplicated.length}`,
  );
  console.log(`audit chains: ${r.audit}; integrity check: ${r.integrity}`);
  if (r.lost.length || r.damaged.length || r.duplicated.length || r.audit !== 'ok' || r.integrity !== 'ok')
    process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
