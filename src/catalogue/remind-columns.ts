// Column-owner reminders (the column monitor's 提醒): every column that is stale or about to be under its update class
// gets one reminder per stale-after date, to its owner (or, with no owner, the agency's clerks): a notice on their
// back-office dashboard and a message in the outbox, audited. A column declared 本期无新增信息, a fresh column and a
// column without a cadence get nothing. Run by `gongkai catalogue remind` (cron); a second run sends nothing new.
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { forbidden } from '../errors.ts';
import { enqueue } from '../outbox/store.ts';
import { chinaToday } from '../time.ts';
import { lastPublishedByColumn, listColumns } from './column-store.ts';
import { monitorColumns } from './columns.ts';
import { agenciesWithColumns, insertNotices, insertReminder, reminderRecipients } from './reminder-store.ts';

export type RemindResult = { reminded: number; notices: number; queued: number };

export async function remindColumnOwners(ctx: Ctx): Promise<RemindResult> {
  if (ctx.actor.kind !== 'system') throw forbidden('栏目提醒由定时任务发送。');
  const today = chinaToday(ctx.now);
  const total: RemindResult = { reminded: 0, notices: 0, queued: 0 };
  for (const agencyId of await agenciesWithColumns(ctx.db)) {
    await ctx.db.transaction().execute(async (tx) => {
      const columns = await listColumns(tx, agencyId);
      const last = await lastPublishedByColumn(tx, agencyId);
      const { columns: rows } = monitorColumns(
        columns.map((c) => ({
          id: c.id,
          name: c.name,
          cls: c.cls,
          key: c.key,
          lastPublished: last.get(c.id) ?? null,
          nothingNewUntil: c.nothingNewUntil,
        })),
        today,
      );
      for (const row of rows) {
        if ((row.flag !== 'stale' && row.flag !== 'due_soon') || !row.staleAfter) continue;
        const recipients = await reminderRecipients(tx, agencyId, columns.find((c) => c.id === row.id)!.ownerUserId);
        if (!recipients.length) continue; // nobody to tell yet: the next run tries again
        const reminderId = await insertReminder(tx, {
          agencyId,
          columnId: row.id,
          staleAfter: row.staleAfter,
          flag: row.flag,
          now: ctx.now.toISOString(),
        });
        if (reminderId === undefined) continue; // already reminded for this period
        await insertNotices(
          tx,
          reminderId,
          agencyId,
          recipients.map((r) => r.id),
        );
        const overdue = row.flag === 'stale';
        for (const r of recipients) {
          const fresh = await enqueue(tx, {
            agencyId,
            dedupeKey: `column-reminder:${row.id}:${row.staleAfter}:${r.id}`,
            now: ctx.now.toISOString(),
            recipient: r.email ?? `${r.displayName}（${r.username}）`, // mailed when they gave an address
            subject: overdue
              ? `【栏目已超期】“${row.name}”应在 ${row.staleAfter} 前更新`
              : `【栏目即将超期】“${row.name}”请在 ${row.staleAfter} 前更新`,
            body: `栏目“${row.name}”最近一次发布于 ${row.lastPublished}，按更新要求应在 ${row.staleAfter} 前更新。请发布新信息；确无新增信息的，请在栏目监测中登记“本期无新增信息”：/admin/catalogue/monitor`,
          });
          if (fresh) total.queued++;
        }
        await record(tx, ctx, {
          action: 'catalogue.column_reminded',
          objectType: 'catalogue_column',
          objectId: row.id,
          agencyId,
          summary: { name: row.name, flag: row.flag, staleAfter: row.staleAfter, recipients: recipients.length },
        });
        total.reminded++;
        total.notices += recipients.length;
      }
    });
  }
  return total;
}
