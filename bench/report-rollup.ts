// Annual-report benchmark: a province's roll-up (its consolidated 表二/表三/表四 over every agency below it) timed side
// by side with one hand-written SQL aggregate over the same cases (the floor), and one township's whole report.
//   node --import tsx bench/report-rollup.ts              10,000 agencies, 1,000,000 requests (takes a minute to load)
//   --agencies N --requests M --runs R; DATABASE_URL for PostgreSQL (a database of its own, emptied first).
// Targets (issue 6): the roll-up within 2x of the floor; a single agency's report under 50 ms.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { makeCtx } from '../src/context.ts';
import { openDb } from '../src/db/connect.ts';
import { migrate } from '../src/db/migrate.ts';
import { readTables } from '../src/report/read-facts.ts';
import { rollupReport } from '../src/report/rollup.ts';
import { viewAnnualReport } from '../src/report/view-report.ts';
import { generateCases } from './report-rollup-data.ts';
import { needPostgres } from './needs.ts';

const { values: a } = parseArgs({
  options: {
    agencies: { type: 'string', default: '10000' },
    requests: { type: 'string', default: '1000000' },
    runs: { type: 'string', default: '7' },
  },
});
const log = (m: string) => process.stderr.write(`${m}\n`);
const YEAR = 2025;

const wanted = loadConfig({ ...process.env, GONGKAI_SECRET: randomBytes(32).toString('hex') }).database;
if (wanted.kind === 'postgres') await needPostgres(wanted.url);
const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-'));
const config = loadConfig({ ...process.env, GONGKAI_DATA_DIR: dir, GONGKAI_SECRET: randomBytes(32).toString('hex') });
const db = openDb(config.database);
try {
  if (db.dialect === 'postgres') await sql`drop schema public cascade; create schema public`.execute(db);
  await migrate(db);
  const t0 = performance.now();
  const g = await generateCases(db, { agencies: Number(a.agencies), requests: Number(a.requests), log });
  log(
    `loaded ${g.agencies} agencies and ${g.requests} requests in ${((performance.now() - t0) / 1000).toFixed(1)} s (${db.dialect})`,
  );
  const runs = Number(a.runs);
  const time = async (fn: () => Promise<unknown>) => {
    await fn(); // warm
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const s = performance.now();
      await fn();
      xs.push(performance.now() - s);
    }
    return xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  };
  const start = `${YEAR}-01-01`,
    end = `${YEAR}-12-31`;
  const floor = await time(() =>
    sql`select applicant_kind, case when closed_on <= ${end} then outcome end as result, count(*) as n from request_episodes
    where started_on <= ${end} and (closed_on is null or closed_on >= ${start}) group by 1, 2`.execute(db),
  );
  const tables = await time(() => readTables(db, { path: g.provincePath }, YEAR));
  const system = makeCtx({ db, config }, { kind: 'system', label: 'bench' });
  const whole = await time(() => rollupReport(system, g.provinceCode, YEAR));
  const single = await time(() => viewAnnualReport(system, g.townshipCode, YEAR));
  const check = await readTables(db, { path: g.provincePath }, YEAR);
  const received = check.applications.received!.total ?? 0;
  console.log(
    `province roll-up over ${g.agencies} agencies, ${g.requests} requests (${db.dialect}, median of ${runs}):`,
  );
  console.log(`  floor: one hand-written SQL aggregate       ${floor.toFixed(1)} ms`);
  console.log(
    `  gongkai: consolidated 表二/表三/表四          ${tables.toFixed(1)} ms   ratio ${(tables / floor).toFixed(2)}x (target <= 2x)`,
  );
  console.log(`  gongkai: roll-up page data (+ ${g.agencies - 1} units' status)  ${whole.toFixed(1)} ms`);
  console.log(`  one township's whole report (live, validated)  ${single.toFixed(1)} ms (target < 50 ms)`);
  console.log(`  check: ${YEAR} 本年新收 across the province = ${received}`);
} finally {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
}
