// The checker's batches run as jobs. Queuing (an upload, a re-check) keeps the files as blobs and the job's row in one
// transaction with its audit record and answers at once; a run reads the files one by one, counting its progress on
// the job (the batch page refreshes itself and shows it), checks them together as a batch, and stores every result
// with the job's end in one transaction. Runs for one database never overlap within a process; across processes each
// job is claimed under a lease, and a job whose run died (the lease ran out) is run again, at most MAX_ATTEMPTS times.
import { randomBytes } from 'node:crypto';
import { record } from '../audit/record.ts';
import { staffActor } from '../auth/actor.ts';
import type { Config } from '../config.ts';
import type { Ctx, Log } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { getBlob, putBlob } from '../files/blobs.ts';
import { checkReadReports } from './check-files.ts';
import { hasErrors } from './checks.ts';
import {
  claimJob,
  findJob,
  finishJob,
  insertJob,
  type JobFile,
  listJobFiles,
  listRunnable,
  markProgress,
} from './checker-job-store.ts';
import { failed, type Item, readItem, subjectOf } from './read-item.ts';
import { insertUploads } from './upload-store.ts';

/** A run that has not reported progress for this long is taken to have died. */
const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 3;
type RunConfig = Pick<Config, 'dataDir' | 'secret' | 'clock'>;

/** A file of a job to be: its bytes (kept as a blob) or why it cannot be read. */
export type QueuedFile = {
  filename: string;
  sha256: string;
  size: number;
  bytes: Buffer | null;
  unreadable: string | null;
  parent: boolean;
};

export async function queueCheck(
  ctx: Ctx,
  files: readonly QueuedFile[],
  how: { kind: 'uploaded' } | { kind: 'rechecked'; from: string; agencyId: number },
): Promise<{ batch: string; checked: Promise<void> }> {
  const actor = staffActor(ctx.actor);
  const batch = randomBytes(8).toString('hex');
  const agencyId = how.kind === 'rechecked' ? how.agencyId : actor.agencyId;
  const rows: JobFile[] = files.map((f, seq) => ({
    seq,
    filename: f.filename,
    sha256: f.sha256,
    size: f.size,
    stored: f.bytes !== null || (f.unreadable === null && how.kind === 'rechecked'),
    unreadable: f.unreadable,
    parent: f.parent,
  }));
  await ctx.db.transaction().execute(async (tx) => {
    for (const f of files) if (f.bytes) await putBlob(tx, ctx.config, f.bytes); // with their rows (files/store.ts)
    await insertJob(
      tx,
      {
        batch,
        agencyId,
        kind: how.kind,
        fromBatch: how.kind === 'rechecked' ? how.from : null,
        requestedBy: actor.userId,
        createdAt: ctx.now.toISOString(),
      },
      rows,
    );
    await record(
      tx,
      ctx,
      how.kind === 'rechecked'
        ? {
            action: 'report.rechecked',
            objectType: 'report_upload',
            objectId: batch,
            agencyId,
            summary: { batch, from: how.from, files: rows.length },
          }
        : {
            action: 'report.uploaded',
            objectType: 'report_upload',
            objectId: batch,
            agencyId,
            summary: { batch, files: rows.length },
          },
    );
  });
  return { batch, checked: kickChecker(ctx.db, ctx.config, ctx.log) };
}

/** Runs one job if it can be claimed: reads its files with progress, checks them, stores the results. */
export async function runCheckerJob(db: Db, config: RunConfig, batch: string, log: Log): Promise<void> {
  const now = () => config.clock();
  const lease = () => new Date(now().getTime() + LEASE_MS).toISOString();
  if (!(await claimJob(db, batch, now().toISOString(), lease()))) return;
  const job = (await findJob(db, { kind: 'system' }, batch))!;
  const end = (state: 'done' | 'failed', done: number, error?: string) =>
    finishJob(db, batch, { state, at: now().toISOString(), done, error });
  if (job.attempts > MAX_ATTEMPTS)
    return end('failed', 0, `检查进程已中断 ${MAX_ATTEMPTS} 次，本批未能完成。请把文件分成几批重新上传。`);
  try {
    const files = await listJobFiles(db, batch);
    const items: Item[] = [];
    let reported = Date.now();
    for (const f of files) {
      items.push({ ...(await readJobFile(db, config, f)), parent: f.parent });
      // Progress at most a few times a second: each is a write.
      if (Date.now() - reported > 250 || items.length === files.length) {
        await markProgress(db, batch, items.length, lease());
        reported = Date.now();
      }
    }
    const parents = new Set(files.flatMap((f, i) => (f.parent ? [i] : [])));
    const results = checkReadReports(items, { parents });
    const rows = results.map((r, i) => ({
      agencyId: job.agencyId,
      batch,
      filename: r.file,
      subject: subjectOf(r.report, items[i]!.sha256),
      sha256: items[i]!.sha256,
      size: items[i]!.size,
      report: r.report,
      error: r.error ?? null,
      uploadedBy: job.requestedBy,
      createdAt: job.createdAt,
      stored: files[i]!.stored,
      parent: parents.has(i),
    }));
    await db.transaction().execute(async (tx) => {
      await insertUploads(tx, rows);
      await finishJob(tx, batch, { state: 'done', at: now().toISOString(), done: files.length });
      await record(
        tx,
        { actor: { kind: 'system', label: 'checker' }, now: now(), config },
        {
          action: 'report.checked',
          objectType: 'report_upload',
          objectId: batch,
          agencyId: job.agencyId,
          summary: {
            batch,
            files: rows.length,
            unread: rows.filter((r) => r.error).length,
            errors: rows.filter((r) => hasErrors(r.report.findings)).length,
          },
        },
      );
    });
  } catch (err) {
    log.error({ batch, err: err instanceof Error ? err.message : String(err) }, '报告检查任务出错');
    await end('failed', 0, '检查时出现内部错误，本批未能完成。请稍后重新上传；如反复出现，请联系系统管理员。');
  }
}

async function readJobFile(db: Db, config: RunConfig, f: JobFile): Promise<Item> {
  if (f.unreadable !== null || !f.stored) {
    const item = failed(f.filename, Buffer.alloc(0), f.unreadable ?? '文件未保存，无法检查');
    return { ...item, sha256: f.sha256, size: f.size };
  }
  return readItem(f.filename, await getBlob(db, config, f.sha256));
}

type Run = { done: Promise<void>; again: boolean };
const runs = new WeakMap<Db, Run>();

/** Runs every runnable job, one after another; a kick during a run asks for one more pass. Resolves when idle. */
export function kickChecker(db: Db, config: RunConfig, log: Log): Promise<void> {
  const current = runs.get(db);
  if (current) {
    current.again = true;
    return current.done;
  }
  const run: Run = { done: Promise.resolve(), again: true };
  run.done = (async () => {
    try {
      while (run.again) {
        run.again = false;
        for (const batch of await listRunnable(db, config.clock().toISOString())) {
          await runCheckerJob(db, config, batch, log);
          run.again = true; // more may have been queued meanwhile
        }
      }
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, '报告检查任务队列处理出错，稍后重试');
    } finally {
      runs.delete(db);
    }
  })();
  runs.set(db, run);
  return run.done;
}

/** Resolves when no run is in progress for this database (before closing it, and in tests). */
export async function checkerIdle(db: Db): Promise<void> {
  for (let run = runs.get(db); run; run = runs.get(db)) await run.done;
}

/** Kicks the queue every `everyMs` (jobs of a process that died, jobs queued by another process) until stopped. */
export function startCheckerTimer(db: Db, config: RunConfig, log: Log, everyMs = 30_000): () => Promise<void> {
  const timer = setInterval(() => void kickChecker(db, config, log), everyMs);
  timer.unref();
  void kickChecker(db, config, log); // what a previous process left queued
  return async () => {
    clearInterval(timer);
    await checkerIdle(db);
  };
}
