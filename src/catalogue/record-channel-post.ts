// Records that a published entry went out on a channel (what went out where, for the annual report's narrative).
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import type { ChannelKind } from './channels.ts';
import { actorName, loadEntry } from './load.ts';
import { insertChannelPost } from './store.ts';

export async function recordChannelPost(ctx: Ctx, entryId: number, channel: ChannelKind, note: string): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const entry = await loadEntry(tx, ctx, entryId);
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.publish'));
    if (entry.state !== 'published')
      throw new DomainError('illegal_transition', '只有已发布的信息可以推送到其他渠道。');
    await insertChannelPost(tx, {
      agencyId: entry.agencyId,
      entryId,
      channel,
      note,
      actorName: actorName(ctx),
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'catalogue.channel_posted',
      objectType: 'catalogue_entry',
      objectId: entryId,
      agencyId: entry.agencyId,
      summary: { indexNo: entry.indexNo, channel },
    });
  });
}
