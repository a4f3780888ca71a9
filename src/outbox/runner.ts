// Delivery in the background: a use case kicks the outbox after its commit and returns at once; runs for one database
// never overlap within a process (a kick during a run asks for one more pass). The server also kicks it every minute,
// which is how failed messages get their retry.
import type { Config } from '../config.ts';
import type { Log } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { deliverOutbox } from './deliver.ts';

type Run = { done: Promise<void>; again: boolean; now: Date };
const runs = new WeakMap<Db, Run>();

export function kickOutbox(
  db: Db,
  config: Pick<Config, 'dataDir' | 'mail' | 'dataKeys' | 'secret' | 'clock'>,
  log: Log,
  now: Date = config.clock(),
): Promise<void> {
  const current = runs.get(db);
  if (current) {
    current.again = true;
    current.now = now;
    return current.done;
  }
  const run: Run = { done: Promise.resolve(), again: true, now };
  run.done = (async () => {
    try {
      while (run.again) {
        run.again = false;
        await deliverOutbox(db, config, run.now, log);
      }
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, '发件箱处理出错，消息仍在队列中，稍后重试');
    } finally {
      runs.delete(db);
    }
  })();
  runs.set(db, run);
  return run.done;
}

/** Resolves when no delivery run is in progress for this database (before closing it, and in tests). */
export async function outboxIdle(db: Db): Promise<void> {
  for (let run = runs.get(db); run; run = runs.get(db)) await run.done;
}

/** Kicks the outbox every `everyMs` until stopped; stopping waits for a run in progress. */
export function startOutboxTimer(
  db: Db,
  config: Pick<Config, 'dataDir' | 'mail' | 'dataKeys' | 'secret' | 'clock'>,
  log: Log,
  everyMs = 60_000,
): () => Promise<void> {
  const timer = setInterval(() => void kickOutbox(db, config, log), everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await outboxIdle(db);
  };
}
