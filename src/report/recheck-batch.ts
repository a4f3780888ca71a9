// Checking an uploaded batch again (after the rules or the readers improved): the kept bytes of each file are queued
// as a new checker job of the actor's own agency; reviews carry over, since they follow the fingerprint.
import { authorize, can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../errors.ts';
import { queueCheck } from './checker-jobs.ts';
import { listBatch } from './upload-store.ts';

export async function recheckBatch(ctx: Ctx, batch: string): Promise<{ batch: string; checked: Promise<void> }> {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  authorize(can(ctx.actor, 'report.check'));
  // Only the actor's own agency's batches: a supervisor reads those below, but re-checks them by uploading.
  const uploads = await listBatch(ctx.db, ctx.writeScope, batch);
  if (uploads.length === 0) throw notFound('检查批次');
  const files = uploads.map((u) => ({
    filename: u.filename,
    sha256: u.sha256,
    size: u.size,
    bytes: null, // kept already, under sha256
    unreadable: u.stored ? null : (u.error ?? '文件未保存，无法重新检查'),
    parent: u.parent,
  }));
  return queueCheck(ctx, files, { kind: 'rechecked', from: batch, agencyId: uploads[0]!.agencyId });
}
