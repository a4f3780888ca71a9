// "重新发送" on a message that failed for good (wrong address fixed at the mail server, server back up): it is queued
// with a fresh round of attempts and the outbox is kicked after the commit. Only the agency's own handlers, audited.
import { record } from '../audit/record.ts';
import { authorize, can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../errors.ts';
import { maskText } from '../privacy/mask.ts';
import { kickOutbox } from './runner.ts';
import { findMessage, requeue } from './store.ts';

export async function retryMail(ctx: Ctx, id: number): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'staff') throw notFound('邮件');
  authorize(can(actor, 'request.handle')); // its own agency's messages only: findMessage and requeue are scoped to it
  await ctx.db.transaction().execute(async (tx) => {
    const m = await findMessage(tx, actor.agencyId, id);
    if (!m) throw notFound('邮件');
    if (!(await requeue(tx, actor.agencyId, id)))
      throw new DomainError('conflict', '这封邮件不是“发送失败”状态（可能正在重试或已发出），无需重新发送。');
    await record(tx, ctx, {
      action: 'outbox.retry',
      objectType: 'outbox',
      objectId: id,
      agencyId: actor.agencyId,
      summary: { recipient: maskText(m.recipient), subject: m.subject, attempts: m.attempts },
    });
  });
  void kickOutbox(ctx.db, ctx.config, ctx.log, ctx.now);
}
