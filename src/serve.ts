// Starting the platform (npm start and `gongkai serve`): migrate, load the demo on first start, listen, stop cleanly.
import type { Writable } from 'node:stream';
import { seedCalendar } from './calendar/seed.ts';
import type { Config } from './config.ts';
import type { Db } from './db/connect.ts';
import { migrate } from './db/migrate.ts';
import { type DemoLogin, seedDemo } from './demo/township.ts';
import { buildServer } from './http/server.ts';
import { startOutboxTimer } from './outbox/runner.ts';

export async function startServer(db: Db, config: Config, out: Writable): Promise<void> {
  await migrate(db);
  await seedCalendar(db, new Date()); // the official calendar 2004–2026, once
  if (config.seedDemo) printLogins(out, await seedDemo(db, config));
  const app = await buildServer({ db, config });
  const stopOutbox = startOutboxTimer(db, config, app.log); // retries queued mail every minute
  const stop = async () => {
    await app.close();
    await stopOutbox();
    await db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : config.port;
  out.write(`gongkai 已启动：http://localhost:${port}/ （数据库：${config.database.kind === 'sqlite' ? config.database.file : 'PostgreSQL'}）\n`);
}

/** The demo's logins are printed once, when they are created; only their hashes are stored. */
export function printLogins(out: Writable, logins: DemoLogin[]): void {
  if (!logins.length) return;
  out.write('\n已载入演示数据：东和乡人民政府（代码 donghe）。以下账号密码只显示这一次，请妥善保存：\n');
  for (const l of logins) out.write(`  ${l.username.padEnd(20)} ${l.password.padEnd(14)} ${l.agency.padEnd(12)} ${l.roles.join(',')}\n`);
  out.write('\n');
}
