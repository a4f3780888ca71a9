// A refused staff action is itself recorded: supervisors see who tried what outside their rights.
import type { Ctx } from '../context.ts';
import { record } from './record.ts';

export async function recordDenied(ctx: Ctx, what: string, reason: string): Promise<void> {
  if (ctx.actor.kind !== 'staff') return; // anonymous refusals are rate-limited, not logged one by one
  await ctx.db
    .transaction()
    .execute((tx) => record(tx, ctx, { action: 'access.denied', objectType: 'access', summary: { what, reason } }));
}
