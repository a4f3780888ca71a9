// Resolving a session cookie or an API token to the staff member acting. Idle sessions expire.
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { findUserByIdUnscoped } from '../staff/store.ts';
import type { StaffActor } from './actor.ts';
import { record } from '../audit/record.ts';
import { randomToken, sha256 } from './secrets.ts';
import {
  deleteSession,
  findApiToken,
  findSession,
  insertApiToken,
  markTokenUsed,
  revokeApiToken,
  touchSession,
} from './store.ts';
import { DomainError } from '../errors.ts';

/** `mustChangePassword`: an administrator requires a new password before anything else (http/session.ts). */
export type SessionInfo = { id: string; actor: StaffActor; csrfSecret: string; mustChangePassword: boolean };

/** Sessions older than this (absolute) end even when in use. */
const MAX_SESSION_HOURS = 12;

export async function resolveSession(
  db: Db,
  token: string,
  now: Date,
  idleMinutes: number,
): Promise<SessionInfo | undefined> {
  const id = sha256(token);
  const s = await findSession(db, id);
  if (!s) return undefined;
  const idle = now.getTime() - Date.parse(s.last_seen_at) > idleMinutes * 60_000;
  const old = now.getTime() - Date.parse(s.created_at) > MAX_SESSION_HOURS * 3_600_000;
  const staff = idle || old ? undefined : await staffActor(db, Number(s.user_id));
  if (!staff) {
    await deleteSession(db, id);
    return undefined;
  }
  // Writing last_seen_at at most once a minute keeps reads from becoming writes.
  if (now.getTime() - Date.parse(s.last_seen_at) > 60_000) await touchSession(db, id, now.toISOString());
  return { id, actor: staff.actor, csrfSecret: s.csrf_secret, mustChangePassword: staff.mustChangePassword };
}

export async function resolveApiToken(
  db: Db,
  token: string,
  now: Date,
): Promise<{ actor: StaffActor; mustChangePassword: boolean } | undefined> {
  const t = await findApiToken(db, sha256(token));
  if (!t) return undefined;
  const staff = await staffActor(db, Number(t.user_id));
  if (staff && (!t.last_used_at || now.getTime() - Date.parse(t.last_used_at) > 60_000))
    await markTokenUsed(db, Number(t.id), now.toISOString());
  return staff;
}

async function staffActor(
  db: Db,
  userId: number,
): Promise<{ actor: StaffActor; mustChangePassword: boolean } | undefined> {
  const u = await findUserByIdUnscoped(db, userId);
  if (!u || u.disabled) return undefined;
  return {
    actor: {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      agencyId: u.agencyId,
      agencyCode: u.agencyCode,
      agencyPath: u.agencyPath,
      roles: u.roles,
    },
    mustChangePassword: u.mustChangePassword,
  };
}

export async function logout(ctx: Ctx, sessionId: string): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    await deleteSession(tx, sessionId);
    if (ctx.actor.kind === 'staff')
      await record(tx, ctx, {
        action: 'user.logout',
        objectType: 'user',
        objectId: ctx.actor.userId,
        summary: { username: ctx.actor.username },
      });
  });
}

/** A personal API token for the JSON API: shown once, stored as a hash. */
export async function createApiToken(ctx: Ctx, name: string): Promise<{ id: number; token: string }> {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  const actor = ctx.actor;
  const token = `gk_${randomToken(24)}`;
  const prefix = token.slice(0, 7);
  return ctx.db.transaction().execute(async (tx) => {
    const id = await insertApiToken(tx, {
      userId: actor.userId,
      name,
      tokenHash: sha256(token),
      prefix,
      now: ctx.now.toISOString(),
    });
    await record(tx, ctx, {
      action: 'token.created',
      objectType: 'api_token',
      objectId: id,
      summary: { name, prefix },
    });
    return { id, token };
  });
}

export async function revokeToken(ctx: Ctx, id: number): Promise<void> {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  const actor = ctx.actor;
  await ctx.db.transaction().execute(async (tx) => {
    const t = await revokeApiToken(tx, actor.userId, id, ctx.now.toISOString());
    if (!t) throw new DomainError('not_found', '找不到该令牌，或已被撤销。');
    await record(tx, ctx, {
      action: 'token.revoked',
      objectType: 'api_token',
      objectId: id,
      summary: { name: t.name, prefix: t.prefix },
    });
  });
}
