// record(tx, ctx, event): appends one audit row in the caller's transaction, personal data masked.
// The head row is updated first, which takes the write lock, so concurrent appends from several processes serialise.
import { actorLabel } from '../auth/actor.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { maskValue } from '../privacy/mask.ts';
import { canonicalJson, rowHash } from './chain.ts';
import { appendRow, takeHead } from './chain-store.ts';
import type { AuditEvent } from './events.ts';

type Tx = Pick<Db, 'updateTable' | 'insertInto'>;

export async function record(tx: Tx, ctx: Pick<Ctx, 'actor' | 'now'>, event: AuditEvent): Promise<void> {
  const head = await takeHead(tx);
  const actor = ctx.actor;
  const row = {
    seq: head.seq,
    at: ctx.now.toISOString(),
    actor: actorLabel(actor),
    actor_user_id: actor.kind === 'staff' ? actor.userId : null,
    agency_id: event.agencyId ?? (actor.kind === 'staff' ? actor.agencyId : null),
    action: event.action,
    object_type: event.objectType,
    object_id: event.objectId === undefined || event.objectId === null ? null : String(event.objectId),
    summary: canonicalJson(maskValue(event.summary)),
    prev_hash: head.hash,
  };
  const hash = rowHash(row);
  await appendRow(tx, { ...row, hash });
}
