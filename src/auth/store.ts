// SQL for sessions and personal API tokens. Only hashes of the secrets are stored.
import { type Kysely, sql } from 'kysely';
import type { Db } from '../db/connect.ts';
import type { DB } from '../db/tables.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable' | 'deleteFrom'>;

export async function insertSession(
  db: Q,
  s: { id: string; userId: number; csrfSecret: string; now: string },
): Promise<void> {
  await db
    .insertInto('sessions')
    .values({ id: s.id, user_id: s.userId, csrf_secret: s.csrfSecret, created_at: s.now, last_seen_at: s.now })
    .execute();
}

export async function findSession(db: Q, id: string) {
  return db.selectFrom('sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function touchSession(db: Q, id: string, now: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Q, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Q, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteSessionsIdleSince(db: Q, cutoff: string): Promise<void> {
  await db.deleteFrom('sessions').where('last_seen_at', '<', cutoff).execute();
}

export async function insertApiToken(
  db: Q,
  t: { userId: number; name: string; tokenHash: string; prefix: string; now: string },
): Promise<number> {
  const row = await db
    .insertInto('api_tokens')
    .values({ user_id: t.userId, name: t.name, token_hash: t.tokenHash, prefix: t.prefix, created_at: t.now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findApiToken(db: Q, tokenHash: string) {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function listApiTokens(db: Q, userId: number) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'prefix', 'created_at', 'last_used_at', 'revoked_at'])
    .where('user_id', '=', userId)
    .orderBy('id', 'desc')
    .execute();
}

export async function markTokenUsed(db: Q, id: number, now: string): Promise<void> {
  await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
}

export async function revokeApiToken(db: Q, userId: number, id: number, now: string) {
  return db
    .updateTable('api_tokens')
    .set({ revoked_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .returning(['name', 'prefix'])
    .executeTakeFirst();
}

/** Until when failed logins from this address key lock it out, if a lock is running. */
export async function addressLockedUntil(db: Q, key: string, now: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('login_throttle')
    .select('locked_until')
    .where('key', '=', key)
    .where('locked_until', '>', now)
    .executeTakeFirst();
  return r?.locked_until ?? undefined;
}

/**
 * One failed login from an address, counted atomically in a window that starts with the first failure; reaching `max`
 * within it locks the address until `lockUntil`. Expired rows are cleared now and then.
 */
export async function countAddressFailure(
  db: Kysely<DB>,
  key: string,
  at: { now: string; windowUntil: string; lockUntil: string; max: number },
): Promise<{ failures: number; lockedUntil: string | null }> {
  const fresh = sql<boolean>`login_throttle.window_until <= ${at.now}`;
  const next = sql<number>`case when ${fresh} then 1 else login_throttle.failures + 1 end`;
  const { rows } = await sql<{
    failures: number;
    locked_until: string | null;
  }>`insert into login_throttle (key, failures, window_until, locked_until)
    values (${key}, 1, ${at.windowUntil}, ${at.max <= 1 ? at.lockUntil : null})
    on conflict (key) do update set
      failures = ${next},
      window_until = case when ${fresh} then ${at.windowUntil} else login_throttle.window_until end,
      locked_until = case when login_throttle.locked_until > ${at.now} then login_throttle.locked_until when ${next} >= ${at.max} then ${at.lockUntil} else null end
    returning failures, locked_until`.execute(db);
  if (Math.random() < 0.01) {
    await db
      .deleteFrom('login_throttle')
      .where('window_until', '<', at.now)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at.now)]))
      .execute();
  }
  const r = rows[0]!;
  return { failures: Number(r.failures), lockedUntil: r.locked_until };
}

/** Rows a route's path may name, each with the agency it belongs to (the HTTP edge's agency check, route-access.ts). */
export type OwnedTable =
  | 'catalogue_columns'
  | 'catalogue_entries'
  | 'feedback'
  | 'key_tasks'
  | 'assessment_rounds'
  | 'appeals'
  | 'requests'
  | 'users'
  | 'report_uploads';

/** The agency of a row by id, of a case by 申请编号, of an agency by code: undefined when there is none. */
export async function ownerAgency(
  db: Q,
  of: { table: OwnedTable; id: number } | { number: string } | { code: string },
): Promise<{ id: number; path: string } | undefined> {
  const q = db.selectFrom('agencies').select(['agencies.id', 'agencies.path']);
  if ('code' in of) return q.where('agencies.code', '=', of.code).executeTakeFirst();
  if ('number' in of)
    return q
      .innerJoin('requests', 'requests.agency_id', 'agencies.id')
      .where('requests.number', '=', of.number)
      .executeTakeFirst();
  if (!Number.isSafeInteger(of.id)) return undefined;
  return q
    .where('agencies.id', '=', (eb) =>
      eb
        .selectFrom(of.table)
        .select(`${of.table}.agency_id` as 'requests.agency_id')
        .where(`${of.table}.id` as 'requests.id', '=', of.id),
    )
    .executeTakeFirst();
}
