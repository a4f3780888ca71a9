// "知道了" on a column reminder shown on the dashboard: only the staff member it was addressed to can dismiss it.
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { findColumnNotice, markNoticeSeen } from './reminder-store.ts';

export async function seeColumnNotice(ctx: Ctx, noticeId: number): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'staff') throw notFound('提醒');
  await ctx.db.transaction().execute(async (tx) => {
    const n = await findColumnNotice(tx, actor.userId, noticeId);
    if (!n || !(await markNoticeSeen(tx, actor.userId, noticeId, ctx.now.toISOString()))) throw notFound('提醒');
    await record(tx, ctx, {
      action: 'catalogue.column_notice_seen',
      objectType: 'catalogue_column',
      objectId: n.columnId,
      agencyId: actor.agencyId,
      summary: { name: n.columnName, staleAfter: n.staleAfter },
    });
  });
}
