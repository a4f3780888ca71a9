// The column monitor's other half for cron (`gongkai catalogue remind`): 标准目录 items with no current entry (no linked
// entry published and in force). The agency's clerks get one message a month listing them; the monitor page and the
// dashboard show them at once. Audited with the message, in one transaction per agency.
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { forbidden } from '../errors.ts';
import { enqueue } from '../outbox/store.ts';
import { chinaToday } from '../time.ts';
import { agenciesWithColumns, reminderRecipients } from './reminder-store.ts';
import { itemsWithoutCurrentEntry } from './standard-link-store.ts';

/** How many agencies were told of their gaps (a second run in the same month tells nobody again). */
export async function remindStandardGaps(ctx: Ctx): Promise<number> {
  if (ctx.actor.kind !== 'system') throw forbidden('标准目录提醒由定时任务发送。');
  const month = chinaToday(ctx.now).slice(0, 7);
  let told = 0;
  for (const agencyId of await agenciesWithColumns(ctx.db)) {
    await ctx.db.transaction().execute(async (tx) => {
      const gaps = await itemsWithoutCurrentEntry(tx, agencyId);
      if (!gaps.length) return;
      let fresh = 0;
      for (const r of await reminderRecipients(tx, agencyId, null))
        if (
          await enqueue(tx, {
            agencyId,
            dedupeKey: `standard-gaps:${month}:${r.id}`,
            now: ctx.now.toISOString(),
            recipient: `${r.displayName}（${r.username}）`,
            subject: `【标准目录】${gaps.length} 个事项尚无现行信息`,
            body: `下列标准目录事项没有关联已发布且有效的信息，请发布后在事项页或信息页关联：\n${gaps.map((g) => `- ${g.level1} · ${g.level2}`).join('\n')}\n/admin/catalogue/monitor`,
          })
        )
          fresh++;
      if (!fresh) return;
      await record(tx, ctx, {
        action: 'catalogue.standard_gaps_reminded',
        objectType: 'agency',
        objectId: agencyId,
        agencyId,
        summary: { items: gaps.length, recipients: fresh },
      });
      told++;
    });
  }
  return told;
}
