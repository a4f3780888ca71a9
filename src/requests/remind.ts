// Reminders to handlers: a case due within 3 working days, or overdue, gets one message per case, due date and kind.
// The outbox's unique dedupe key makes a second run queue nothing, so a reminder is never sent twice.
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { deliverOutbox } from '../outbox/deliver.ts';
import { enqueue } from '../outbox/store.ts';
import { listOpenCases } from './list-cases.ts';
import { staffEmails } from './store.ts';

export const DUE_SOON_WORKING_DAYS = 3;

export async function queueReminders(ctx: Ctx): Promise<{ queued: number; sent: number }> {
  const items = (await listOpenCases(ctx)).filter(
    (i) => !i.clock.stopped && i.clock.daysLeft !== null && i.clock.daysLeft <= DUE_SOON_WORKING_DAYS,
  );
  let queued = 0;
  const emails = await staffEmails(
    ctx.db,
    items.map((i) => i.c.handler_user_id).filter((x): x is number => x !== null),
  );
  await ctx.db.transaction().execute(async (tx) => {
    for (const i of items) {
      const kind = i.clock.overdue ? 'overdue' : 'due_soon';
      const due = i.clock.deadline.due!;
      const fresh = await enqueue(tx, {
        agencyId: i.c.agency_id,
        dedupeKey: `reminder:${i.c.number}:${due}:${kind}`,
        now: ctx.now.toISOString(),
        // The handler's own address when they gave one (我的账号), else a note in the outbox folder.
        recipient:
          (i.c.handler_user_id !== null ? emails.get(i.c.handler_user_id) : undefined) ??
          (i.handler ? `承办人 ${i.handler}` : `机关信息员（${i.c.agency_id}）`),
        subject:
          kind === 'overdue'
            ? `【已逾期】申请 ${i.c.number} 的答复期限 ${due} 已过`
            : `【即将到期】申请 ${i.c.number} 应于 ${due} 前答复`,
        body: `申请 ${i.c.number}（${i.c.info_title}）的答复期限为 ${due}，${kind === 'overdue' ? `已逾期 ${-i.clock.daysLeft!} 个工作日` : `还剩 ${i.clock.daysLeft} 个工作日`}。请登录后台办理：${ctx.config.baseUrl}/admin/requests/${i.c.id}`,
      });
      if (fresh) queued++;
    }
    if (queued)
      await record(tx, ctx, { action: 'request.reminders_queued', objectType: 'request', summary: { queued } });
  });
  return { queued, sent: await deliverOutbox(ctx.db, ctx.config, ctx.now) };
}
