// A checker job as an upload leaves it before any run has started (its files kept as blobs, the job queued), without
// kicking the runner: tests then look at the job's pages and run it themselves.
import { createHash } from 'node:crypto';
import { putBlob } from '../../src/files/blobs.ts';
import { insertJob } from '../../src/report/checker-job-store.ts';
import type { TestDb } from '../db.ts';

export async function queuedJob(
  t: Pick<TestDb, 'db' | 'config'>,
  o: { batch: string; agencyId: number; requestedBy: number | null; files: readonly { name: string; bytes: Buffer }[] },
): Promise<void> {
  await t.db.transaction().execute(async (tx) => {
    for (const f of o.files) await putBlob(tx, t.config, f.bytes);
    await insertJob(
      tx,
      {
        batch: o.batch,
        agencyId: o.agencyId,
        kind: 'uploaded',
        fromBatch: null,
        requestedBy: o.requestedBy,
        createdAt: t.config.clock().toISOString(),
      },
      o.files.map((f, seq) => ({
        seq,
        filename: f.name,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        size: f.bytes.length,
        stored: true,
        unreadable: null,
        parent: false,
      })),
    );
  });
}
