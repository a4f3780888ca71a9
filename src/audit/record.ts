// record(tx, ctx, event): appends one audit row in the caller's transaction, personal data masked, chained by an HMAC
// under the installation's audit key (keys.ts).
// The head row is updated first, which takes the write lock, so concurrent appends from several processes serialise.
import { sql } from 'kysely';
import { actorLabel } from '../auth/actor.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { maskValue } from '../privacy/mask.ts';
import type { Config } from '../config.ts';
import { canonicalJson, rowHash } from './chain.ts';
import { chainKey } from './keys.ts';
import type { AuditEvent } from './events.ts';

type Tx = Pick<Db, 'updateTable' | 'insertInto'>;

export async function record(tx: Tx, ctx: Pick<Ctx, 'actor' | 'now'> & { config: Pick<Config, 'secret'> }, event: AuditEvent): Promise<void> {
  const head = await tx
    .updateTable('audit_head')
    .set({ seq: sql`seq + 1` })
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow();
  const actor = ctx.actor;
  const row = {
    seq: Number(head.seq),
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
  const hash = rowHash(row, chainKey(ctx.config));
  await tx.insertInto('audit_log').values({ ...row, hash }).execute();
  await tx.updateTable('audit_head').set({ hash }).where('id', '=', 1).execute();
}
