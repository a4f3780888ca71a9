// Queries for the audit viewer and API, scoped to the actor's agencies.
import type { Ctx } from '../context.ts';
import { inScope } from '../auth/scope-store.ts';

export type AuditEntry = {
  seq: number;
  at: string;
  actor: string;
  agencyId: number | null;
  action: string;
  objectType: string;
  objectId: string | null;
  summary: unknown;
};

export async function listAudit(ctx: Ctx, opts: { beforeSeq?: number; limit: number }): Promise<AuditEntry[]> {
  let q = ctx.db
    .selectFrom('audit_log')
    .select(['seq', 'at', 'actor', 'agency_id', 'action', 'object_type', 'object_id', 'summary'])
    .where(inScope(ctx.scope, 'audit_log.agency_id'))
    .orderBy('seq', 'desc')
    .limit(opts.limit);
  if (opts.beforeSeq) q = q.where('seq', '<', opts.beforeSeq);
  const rows = await q.execute();
  return rows.map((r) => ({
    seq: Number(r.seq),
    at: r.at,
    actor: r.actor,
    agencyId: r.agency_id,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    summary: JSON.parse(r.summary) as unknown,
  }));
}
