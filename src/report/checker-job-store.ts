// SQL for the checker's jobs (migration 0028): queue, claim with a lease, count progress, finish. A job is seen by its
// agency (and, read-only, by supervisors above it), as its results are (upload-store.ts).
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Db } from '../db/connect.ts';
import type { CheckerJobState } from '../db/tables/reports.ts';

type Q = Pick<Db, 'selectFrom'>;

export type JobFile = {
  seq: number;
  filename: string;
  sha256: string;
  size: number;
  stored: boolean;
  unreadable: string | null;
  parent: boolean;
};

export type CheckerJob = {
  batch: string;
  agencyId: number;
  agencyName: string;
  kind: 'uploaded' | 'rechecked';
  fromBatch: string | null;
  requestedBy: number | null;
  state: CheckerJobState;
  total: number;
  done: number;
  attempts: number;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
};

export async function insertJob(
  tx: Pick<Db, 'insertInto'>,
  job: Pick<CheckerJob, 'batch' | 'agencyId' | 'kind' | 'fromBatch' | 'requestedBy' | 'createdAt'>,
  files: readonly JobFile[],
): Promise<void> {
  await tx
    .insertInto('checker_jobs')
    .values({
      batch: job.batch,
      agency_id: job.agencyId,
      kind: job.kind,
      from_batch: job.fromBatch,
      requested_by: job.requestedBy,
      state: 'queued',
      total: files.length,
      created_at: job.createdAt,
    })
    .execute();
  for (const f of files)
    await tx
      .insertInto('checker_job_files')
      .values({
        batch: job.batch,
        seq: f.seq,
        filename: f.filename,
        sha256: f.sha256,
        size: f.size,
        stored: f.stored ? 1 : 0,
        unreadable: f.unreadable,
        is_parent: f.parent ? 1 : 0,
      })
      .execute();
}

const jobColumns = [
  'checker_jobs.batch',
  'checker_jobs.agency_id',
  'agencies.name as agency_name',
  'checker_jobs.kind',
  'checker_jobs.from_batch',
  'checker_jobs.requested_by',
  'checker_jobs.state',
  'checker_jobs.total',
  'checker_jobs.done',
  'checker_jobs.attempts',
  'checker_jobs.error',
  'checker_jobs.created_at',
  'checker_jobs.finished_at',
] as const;

type JobRaw = {
  batch: string;
  agency_id: number;
  agency_name: string;
  kind: 'uploaded' | 'rechecked';
  from_batch: string | null;
  requested_by: number | null;
  state: CheckerJobState;
  total: number;
  done: number;
  attempts: number;
  error: string | null;
  created_at: string;
  finished_at: string | null;
};
const presentJob = (r: JobRaw): CheckerJob => ({
  batch: r.batch,
  agencyId: Number(r.agency_id),
  agencyName: r.agency_name,
  kind: r.kind,
  fromBatch: r.from_batch,
  requestedBy: r.requested_by === null ? null : Number(r.requested_by),
  state: r.state,
  total: Number(r.total),
  done: Number(r.done),
  attempts: Number(r.attempts),
  error: r.error,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

export async function findJob(db: Q, scope: Scope, batch: string): Promise<CheckerJob | undefined> {
  const r = await db
    .selectFrom('checker_jobs')
    .innerJoin('agencies', 'agencies.id', 'checker_jobs.agency_id')
    .select(jobColumns)
    .where('checker_jobs.batch', '=', batch)
    .where(inScope(scope, 'checker_jobs.agency_id'))
    .executeTakeFirst();
  return r ? presentJob(r) : undefined;
}

/** Jobs not yet finished that the actor may see, oldest first (the checker page lists them above the results). */
export async function listOpenJobs(db: Q, scope: Scope): Promise<CheckerJob[]> {
  const rows = await db
    .selectFrom('checker_jobs')
    .innerJoin('agencies', 'agencies.id', 'checker_jobs.agency_id')
    .select(jobColumns)
    .where('checker_jobs.state', 'in', ['queued', 'running', 'failed'])
    .where(inScope(scope, 'checker_jobs.agency_id'))
    .orderBy('checker_jobs.created_at')
    .limit(50)
    .execute();
  return rows.map(presentJob);
}

export async function listJobFiles(db: Q, batch: string): Promise<JobFile[]> {
  const rows = await db.selectFrom('checker_job_files').selectAll().where('batch', '=', batch).orderBy('seq').execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    filename: r.filename,
    sha256: r.sha256,
    size: Number(r.size),
    stored: Number(r.stored) === 1,
    unreadable: r.unreadable,
    parent: Number(r.is_parent) === 1,
  }));
}

/** Batches waiting to run: queued, or running under a lease that ran out (its run died). Oldest first. */
export async function listRunnable(db: Q, at: string, limit = 20): Promise<string[]> {
  const rows = await db
    .selectFrom('checker_jobs')
    .select('batch')
    .where((eb) =>
      eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('lease_until', '<', at)])]),
    )
    .orderBy('created_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.batch);
}

/** Takes the job for one run if nobody else holds it; false when another process got it first. */
export async function claimJob(db: Pick<Db, 'updateTable'>, batch: string, at: string, leaseUntil: string) {
  const r = await db
    .updateTable('checker_jobs')
    .set((eb) => ({
      state: 'running',
      lease_until: leaseUntil,
      started_at: at,
      done: 0,
      attempts: eb('attempts', '+', 1),
    }))
    .where('batch', '=', batch)
    .where((eb) =>
      eb.or([eb('state', '=', 'queued'), eb.and([eb('state', '=', 'running'), eb('lease_until', '<', at)])]),
    )
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Progress of a run, and its lease renewed: a run that reports progress is alive. */
export async function markProgress(db: Pick<Db, 'updateTable'>, batch: string, done: number, leaseUntil: string) {
  await db
    .updateTable('checker_jobs')
    .set({ done, lease_until: leaseUntil })
    .where('batch', '=', batch)
    .where('state', '=', 'running')
    .execute();
}

export async function finishJob(
  tx: Pick<Db, 'updateTable'>,
  batch: string,
  end: { state: 'done' | 'failed'; at: string; done: number; error?: string },
) {
  await tx
    .updateTable('checker_jobs')
    .set({ state: end.state, finished_at: end.at, done: end.done, error: end.error ?? null, lease_until: null })
    .where('batch', '=', batch)
    .execute();
}
