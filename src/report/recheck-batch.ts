// Checking an uploaded batch again (after the rules or the readers improved): the kept bytes of each file are read
// and checked anew as a new batch of the actor's own agency; reviews carry over, since they follow the fingerprint.
import { authorize, can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../errors.ts';
import { getBlob } from '../files/blobs.ts';
import { checkAndStore, failed, type Item, readItem } from './upload-reports.ts';
import { listBatch } from './upload-store.ts';

export async function recheckBatch(ctx: Ctx, batch: string): Promise<{ batch: string; ids: number[] }> {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  authorize(can(ctx.actor, 'report.check'));
  // Only the actor's own agency's batches: a supervisor reads those below, but re-checks them by uploading.
  const uploads = await listBatch(ctx.db, ctx.writeScope, batch);
  if (uploads.length === 0) throw notFound('检查批次');
  const items: Item[] = [];
  for (const u of uploads) {
    const item = u.stored
      ? await readItem(u.filename, await getBlob(ctx.db, ctx.config, u.sha256))
      : {
          ...failed(u.filename, Buffer.alloc(0), u.error ?? '文件未保存，无法重新检查'),
          sha256: u.sha256,
          size: u.size,
        };
    items.push({ ...item, parent: u.parent });
  }
  return checkAndStore(ctx, items, (next, files, unread, errors) => ({
    action: 'report.rechecked',
    objectType: 'report_upload',
    objectId: next,
    agencyId: uploads[0]!.agencyId,
    summary: { batch: next, from: batch, files, unread, errors },
  }));
}
