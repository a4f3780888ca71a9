// A clerk acknowledges that a case's due date moved after a calendar change.
import { record } from '../audit/record.ts';
import { authorize, can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { acknowledgeDeadlineNotice, listDeadlineNotices } from './notice-store.ts';

export async function acknowledgeNotice(ctx: Ctx, id: number): Promise<void> {
  authorize(can(ctx.actor, 'request.handle'));
  await ctx.db.transaction().execute(async (tx) => {
    const notice = (await listDeadlineNotices(tx, ctx.writeScope)).find((n) => n.id === id);
    if (!notice || !(await acknowledgeDeadlineNotice(tx, ctx.writeScope, id, ctx.now.toISOString())))
      throw notFound('提示');
    await record(tx, ctx, {
      action: 'request.deadline_notice_seen',
      objectType: 'request',
      objectId: notice.requestId,
      summary: { number: notice.number, newDue: notice.newDue },
    });
  });
}
