// Staff answer feedback, and a moderator decides whether an answered item is shown on the portal.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound, stale } from '../errors.ts';
import { canPublish } from './rules.ts';
import { findFeedback, saveReply, setPublished } from './store.ts';

export async function replyToFeedback(ctx: Ctx, id: number, input: { reply: string; version: number }): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const f = await findFeedback(tx, ctx.scope, id);
    if (!f) throw notFound('留言');
    authorize(canWriteAgency(ctx.actor, f.agencyId, 'feedback.handle'));
    const by = ctx.actor.kind === 'staff' ? ctx.actor.userId : null;
    if (!(await saveReply(tx, id, input.version, { reply: input.reply, at: ctx.now.toISOString(), by }))) {
      throw stale('留言');
    }
    await record(tx, ctx, {
      action: 'feedback.replied',
      objectType: 'feedback',
      objectId: id,
      agencyId: f.agencyId,
      summary: { subject: f.subject },
    });
  });
}

export async function publishFeedback(ctx: Ctx, id: number, published: boolean): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const f = await findFeedback(tx, ctx.scope, id);
    if (!f) throw notFound('留言');
    authorize(canWriteAgency(ctx.actor, f.agencyId, 'feedback.moderate'));
    if (published) {
      const d = canPublish(f);
      if (!d.allowed) throw new DomainError('illegal_transition', d.reason);
    }
    await setPublished(tx, id, published);
    await record(tx, ctx, {
      action: 'feedback.published',
      objectType: 'feedback',
      objectId: id,
      agencyId: f.agencyId,
      summary: { subject: f.subject, published },
    });
  });
}
