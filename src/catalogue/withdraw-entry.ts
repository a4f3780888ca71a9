// 撤下: a published entry leaves the portal and the search index; it stays in the back office and the audit trail.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { stale } from '../errors.ts';
import { unindexEntry } from '../search/search.ts';
import { actorId, actorName, loadEntry, sameVersion } from './load.ts';
import { nextState } from './review.ts';
import { insertApproval, updateEntry } from './store.ts';

export async function withdrawEntry(ctx: Ctx, id: number, input: { reason: string; version: number }): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    // Permission, then state, then the form's version.
    const entry = await loadEntry(tx, ctx, id);
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.publish'));
    nextState(entry.state, 'withdraw', { requireSignOff: false }); // illegal_transition unless published
    sameVersion(entry, input.version);
    if (!(await updateEntry(tx, id, input.version, { state: 'withdrawn', updated_at: ctx.now.toISOString() })))
      throw stale();
    await unindexEntry(tx, ctx.db.dialect, id);
    await insertApproval(tx, {
      entryId: id,
      step: 'published',
      decision: 'withdraw',
      actorUserId: actorId(ctx),
      actorName: actorName(ctx),
      comment: input.reason,
      version: input.version,
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'catalogue.withdrawn',
      objectType: 'catalogue_entry',
      objectId: id,
      agencyId: entry.agencyId,
      summary: { indexNo: entry.indexNo, reason: input.reason },
    });
  });
}
