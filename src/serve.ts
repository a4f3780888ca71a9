// Starting the platform (npm start and `gongkai serve`): migrate, load the demo on first start, listen, stop cleanly.
// With GONGKAI_WORKERS above 1 the first process prepares the database and then supervises that many worker processes
// (node:cluster) listening on the same port; each worker is a whole server of its own. What they share lives in the
// database: sessions, login lockouts, the public-page versions (page-cache.ts), the outbox claims (deliver.ts). SQLite
// in WAL mode lets them read at once; their write transactions queue on the file's lock (db/connect.ts).
import cluster from 'node:cluster';
import type { Writable } from 'node:stream';
import { seedCalendar } from './calendar/seed.ts';
import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import { type DemoLogin, seedDemo } from './demo/township.ts';
import { buildServer } from './http/server.ts';
import { startOutboxTimer } from './outbox/runner.ts';
import { startCheckpointTimer } from './audit/checkpoint.ts';
import { startCheckerTimer } from './report/checker-jobs.ts';
import { runKeyedUpgrades } from './keyed-upgrades.ts';
import type { Log } from './context.ts';

export async function startServer(db: Db, config: Config, out: Writable): Promise<void> {
  if (cluster.isWorker) return serveWorker(db, config);
  const logins = await prepare(db, config, out);
  if (config.workers > 1) return superviseWorkers(db, config, out, logins);
  const port = await listen(db, config);
  out.write(startedLine(config, port) + loginLines(logins));
}

/** Migrates, loads the calendar and, on first start, the demo; returns the demo's new logins (printed after the start line). */
async function prepare(db: Db, config: Config, out: Writable): Promise<DemoLogin[]> {
  await migrate(db);
  await runKeyedUpgrades(db, config, consoleLog(out)); // once each: the audit chain keyed, personal data sealed
  await seedCalendar(db, config.clock(), config); // the official calendar 2004–2026, once
  return config.seedDemo ? seedDemo(db, config) : [];
}

/** One server: the web app, and the outbox timer (every process may run it: each message is claimed before sending). */
async function listen(db: Db, config: Config): Promise<number> {
  const app = await buildServer({ db, config });
  const stopOutbox = startOutboxTimer(db, config, app.log); // retries queued mail every minute
  const stopCheckpoints = startCheckpointTimer(db, config, app.log); // signed audit checkpoints outside the database
  const stopChecker = startCheckerTimer(db, config, app.log); // checker jobs left queued, or by a process that died
  const stop = async () => {
    await app.close();
    await stopChecker();
    await stopOutbox();
    await stopCheckpoints();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  const addr = app.server.address();
  return typeof addr === 'object' && addr ? addr.port : config.port;
}

type Listening = { gongkai: 'listening'; port: number };

async function serveWorker(db: Db, config: Config): Promise<void> {
  const port = await listen(db, config);
  process.send?.({ gongkai: 'listening', port } satisfies Listening);
}

/** Forks the workers, prints the address once all listen, forks a new one for each that dies, stops them all on a signal. */
async function superviseWorkers(db: Db, config: Config, out: Writable, logins: DemoLogin[]): Promise<void> {
  await db.destroy(); // the workers open their own
  let stopping = false;
  const fork = () => cluster.fork();
  const listening = new Promise<number>((resolve, reject) => {
    let ready = 0;
    cluster.on('message', (_worker, msg: Partial<Listening>) => {
      if (msg?.gongkai === 'listening' && ++ready === config.workers) resolve(msg.port!);
    });
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) return;
      if (ready < config.workers)
        return reject(new Error(`工作进程 ${worker.process.pid} 启动失败（退出码 ${code ?? signal}）`));
      out.write(`工作进程 ${worker.process.pid} 已退出（${code ?? signal}），正在重启一个新的\n`);
      setTimeout(fork, 1000).unref();
    });
  });
  for (let i = 0; i < config.workers; i++) fork();
  const stop = () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {});
    let left = workers.length;
    if (!left) process.exit(0);
    for (const w of workers) {
      w?.once('exit', () => {
        if (--left === 0) process.exit(0);
      });
      w?.process.kill('SIGTERM');
    }
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  out.write(startedLine(config, await listening, config.workers) + loginLines(logins));
}

/** Before the app's logger exists: notes go to the start-up output. */
function consoleLog(out: Writable): Log {
  const line = (o: object | string, msg?: string) => out.write(`${msg ?? (typeof o === 'string' ? o : '')}\n`);
  return { info: line, warn: line, error: line };
}

function startedLine(config: Config, port: number, workers = 1): string {
  const where = config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL';
  return `gongkai 已启动：http://localhost:${port}/ （数据库：${where}${workers > 1 ? `；${workers} 个工作进程` : ''}）\n`;
}

/** The demo's logins are printed once, when they are created (after the start line, in the same write, so no request
 * log line comes between); only their hashes are stored. */
export function printLogins(out: Writable, logins: DemoLogin[]): void {
  out.write(loginLines(logins));
}

function loginLines(logins: DemoLogin[]): string {
  if (!logins.length) return '';
  return (
    '\n已载入演示数据：东和乡人民政府（代码 donghe）。以下账号密码只显示这一次，请妥善保存：\n' +
    logins
      .map((l) => `  ${l.username.padEnd(20)} ${l.password.padEnd(14)} ${l.agency.padEnd(12)} ${l.roles.join(',')}\n`)
      .join('') +
    '\n'
  );
}
