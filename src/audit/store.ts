// Queries for the audit viewer and API, scoped to the actor's agencies; the chains' heads and rows for appending and
// verification.
import { type Insertable, type Kysely, sql } from 'kysely';
import type { AuditLogTable, DB } from '../db/tables.ts';
import { isPostgres } from '../db/migrations/portable.ts';
import { GENESIS_HASH } from './chain.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
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

type Reader = Pick<Db, 'selectFrom'>;
type Writer = Pick<Db, 'updateTable' | 'insertInto'>;

/** Whether the chains are keyed (upgrade.ts re-chains a log of before them once). */
export async function chainsKeyed(db: Reader): Promise<boolean> {
  const h = await db.selectFrom('audit_head').select('keyed').where('id', '=', 1).executeTakeFirstOrThrow();
  return Number(h.keyed) === 1;
}

export async function markKeyed(db: Pick<Db, 'updateTable'>): Promise<void> {
  await db.updateTable('audit_head').set({ keyed: 1 }).where('id', '=', 1).execute();
}

/** Every chain's head: its last position and that row's hash. */
export async function readChains(db: Reader): Promise<Map<number, { seq: number; hash: string }>> {
  const rows = await db.selectFrom('audit_chains').selectAll().orderBy('chain').execute();
  return new Map(rows.map((r) => [Number(r.chain), { seq: Number(r.seq), hash: r.hash }]));
}

/** Rows in chain order (chain, then place), `limit` at a time after the given place: verification walks them all. */
export async function chainRows(db: Reader, after: { chain: number; chainSeq: number }, limit: number) {
  return db
    .selectFrom('audit_log')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb('chain', '>', after.chain),
        eb.and([eb('chain', '=', after.chain), eb('chain_seq', '>', after.chainSeq)]),
      ]),
    )
    .orderBy('chain')
    .orderBy('chain_seq')
    .limit(limit)
    .execute();
}

/** A row outside every chain (none, unless one was slipped in past the application). */
export async function firstUnchained(db: Reader): Promise<number | undefined> {
  const r = await db
    .selectFrom('audit_log')
    .select('seq')
    .where('chain', 'is', null)
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  return r && Number(r.seq);
}

/** Rows of the log of before the chains, in their overall order (upgrade.ts). */
export async function legacyRows(db: Reader, afterSeq: number, limit: number) {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(limit).execute();
}

/** Re-chaining (upgrade.ts): a row's place and links. */
export async function setRowChain(
  db: Pick<Db, 'updateTable'>,
  seq: number,
  r: { chain: number; chainSeq: number; prevHash: string; hash: string },
): Promise<void> {
  await db
    .updateTable('audit_log')
    .set({ chain: r.chain, chain_seq: r.chainSeq, prev_hash: r.prevHash, hash: r.hash })
    .where('seq', '=', seq)
    .execute();
}

export async function setChains(
  db: Pick<Db, 'insertInto' | 'deleteFrom'>,
  heads: Map<number, { seq: number; hash: string }>,
): Promise<void> {
  await db.deleteFrom('audit_chains').execute();
  for (const [chain, h] of heads)
    await db.insertInto('audit_chains').values({ chain, seq: h.seq, hash: h.hash }).execute();
}

/** PostgreSQL numbers new rows from a sequence: past every row there is (the legacy rows kept their numbers). */
export async function seqPastRows(db: Kysely<DB>): Promise<void> {
  if (isPostgres(db))
    await sql`select setval('audit_log_seq', (select coalesce(max(seq), 0) + 1 from audit_log), false)`.execute(db);
}

/** Takes the log's lock (both engines) without changing it: re-chaining must not race an append. */
export async function lockLog(db: Pick<Db, 'updateTable'>): Promise<void> {
  await db.updateTable('audit_head').set({ seq: sql`seq` }).where('id', '=', 1).execute();
}

/**
 * The chain's next place and the previous row's hash; takes the chain's lock until commit (only changes of the same
 * agency wait for it). A chain's first row makes its head.
 */
export async function advanceChain(tx: Writer, chain: number): Promise<{ seq: number; hash: string }> {
  const h =
    (await tx
      .updateTable('audit_chains')
      .set({ seq: sql`seq + 1` })
      .where('chain', '=', chain)
      .returning(['seq', 'hash'])
      .executeTakeFirst()) ??
    (await tx
      .insertInto('audit_chains')
      .values({ chain, seq: 1, hash: GENESIS_HASH })
      .onConflict((oc) => oc.column('chain').doUpdateSet({ seq: sql`audit_chains.seq + 1` }))
      .returning(['seq', 'hash'])
      .executeTakeFirstOrThrow());
  return { seq: Number(h.seq), hash: h.hash };
}

/**
 * The row, and its chain's head moved to its hash. On PostgreSQL one statement (a data-modifying WITH): the chain's lock
 * is held from advanceChain to the commit, so every round trip in between is one the agency's other changes wait for.
 */
export async function appendRow(
  tx: Writer,
  row: Insertable<AuditLogTable> & { chain: number; hash: string },
): Promise<void> {
  const db = tx as unknown as Kysely<DB>;
  if (isPostgres(db)) {
    await db
      .with('appended', (w) => w.insertInto('audit_log').values(row).returning(['chain', 'hash']))
      .updateTable('audit_chains')
      .set((eb) => ({ hash: eb.selectFrom('appended').select('appended.hash') }))
      .where('chain', '=', row.chain)
      .execute();
    return;
  }
  await tx.insertInto('audit_log').values(row).execute();
  await tx.updateTable('audit_chains').set({ hash: row.hash }).where('chain', '=', row.chain).execute();
}
