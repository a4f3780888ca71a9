// Queries for the audit viewer and API, scoped to the actor's agencies; the chain's head and rows for verification.
import { sql } from 'kysely';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { inScope } from '../auth/scope.ts';

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

type Reader = Pick<Db, 'selectFrom'>;

/** The chain's head: the last sequence number handed out, its hash, and whether the chain is keyed (upgrade.ts). */
export async function readHead(db: Reader): Promise<{ seq: number; hash: string; keyed: boolean }> {
  const h = await db.selectFrom('audit_head').select(['seq', 'hash', 'keyed']).where('id', '=', 1).executeTakeFirstOrThrow();
  return { seq: Number(h.seq), hash: h.hash, keyed: Number(h.keyed) === 1 };
}

/** Rows from `fromSeq` on, in order, `limit` at a time (verification and re-chaining walk the whole log). */
export async function chainRows(db: Reader, fromSeq: number, limit: number) {
  return db.selectFrom('audit_log').selectAll().where('seq', '>=', fromSeq).orderBy('seq').limit(limit).execute();
}

/** Re-chaining (upgrade.ts): one row's links, and then the head. */
export async function setRowLinks(db: Pick<Db, 'updateTable'>, seq: number, prevHash: string, hash: string): Promise<void> {
  await db.updateTable('audit_log').set({ prev_hash: prevHash, hash }).where('seq', '=', seq).execute();
}

export async function setHead(db: Pick<Db, 'updateTable'>, h: { hash: string; keyed: boolean }): Promise<void> {
  await db.updateTable('audit_head').set({ hash: h.hash, keyed: h.keyed ? 1 : 0 }).where('id', '=', 1).execute();
}

/** Takes the chain's write lock (both engines) without changing it: re-chaining must not race an append. */
export async function lockHead(db: Pick<Db, 'updateTable'>): Promise<void> {
  await db.updateTable('audit_head').set({ seq: sql`seq` }).where('id', '=', 1).execute();
}
