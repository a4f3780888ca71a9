// record(tx, ctx, event): appends one audit row in the caller's transaction, personal data masked, to its agency's chain,
// linked by an HMAC under the installation's audit key (keys.ts). The chain's head row is updated first, which takes
// its lock: appends to one chain from several processes serialise; appends of different agencies do not wait.
import { actorLabel } from '../auth/actor.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { maskValue } from '../privacy/mask.ts';
import type { Config } from '../config.ts';
import { canonicalJson, chainOf, rowHash } from './chain.ts';
import { chainKey } from './keys.ts';
import { advanceChain, appendRow } from './store.ts';
import type { AuditEvent } from './events.ts';

type Tx = Pick<Db, 'updateTable' | 'insertInto'>;

export async function record(
  tx: Tx,
  ctx: Pick<Ctx, 'actor' | 'now'> & { config: Pick<Config, 'secret'> },
  event: AuditEvent,
): Promise<void> {
  const actor = ctx.actor;
  const agencyId = event.agencyId ?? (actor.kind === 'staff' ? actor.agencyId : null);
  const chain = chainOf(agencyId);
  const head = await advanceChain(tx, chain);
  const row = {
    chain,
    chain_seq: head.seq,
    at: ctx.now.toISOString(),
    actor: actorLabel(actor),
    actor_user_id: actor.kind === 'staff' ? actor.userId : null,
    agency_id: agencyId,
    action: event.action,
    object_type: event.objectType,
    object_id: event.objectId === undefined || event.objectId === null ? null : String(event.objectId),
    summary: canonicalJson(maskValue(event.summary)),
    prev_hash: head.hash,
  };
  const hash = rowHash(row, chainKey(ctx.config));
  await appendRow(tx, { ...row, hash });
}
