// Logging in: password check, lockout after repeated failures per account and per client address, a fresh
// server-side session (rotated at every login). Failures are counted in one atomic statement each (staff/store.ts,
// auth/store.ts), after the slow hash, so attempts sent in parallel cannot all read the same old count.
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { clearLoginFailures, countLoginFailure, findUserForLogin } from '../staff/store.ts';
import { burnTime, verifyPassword } from './passwords.ts';
import { hmac, randomToken, sha256 } from './secrets.ts';
import {
  addressLockedUntil,
  countAddressFailure,
  deleteSession,
  deleteSessionsIdleSince,
  insertSession,
} from './store.ts';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;
/** Wrong passwords from one address within LOCK_MINUTES, over any accounts (password spraying), lock the address. */
export const ADDRESS_MAX_FAILURES = 20;

const WRONG = () => new DomainError('unauthenticated', '登录名或密码错误，请重新输入。');

type Outcome = { token: string; userId: number } | { failed: DomainError };

export async function login(
  ctx: Ctx,
  input: { username: string; password: string; previousSessionId?: string },
): Promise<{ token: string; userId: number }> {
  const username = input.username.trim().toLowerCase();
  const now = ctx.now.toISOString();
  const address = addressKey(ctx);
  const addressLock = address && (await addressLockedUntil(ctx.db, address, now));
  if (addressLock) throw addressLockedError(addressLock);
  const user = await findUserForLogin(ctx.db, username);
  if (!user || user.disabled) {
    await burnTime(input.password);
    if (address) {
      const a = await countAddressFailure(ctx.db, address, windows(ctx));
      if (a.lockedUntil && a.lockedUntil > now) throw addressLockedError(a.lockedUntil);
    }
    throw WRONG();
  }
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);
  const ok = await verifyPassword(user.passwordHash, input.password);
  const who = {
    ...ctx,
    actor: { kind: 'public' as const, ip: ctx.actor.kind === 'public' ? ctx.actor.ip : undefined },
  };
  const r = await ctx.db.transaction().execute(async (tx): Promise<Outcome> => {
    if (!ok) {
      const w = windows(ctx);
      const account = await countLoginFailure(tx, user.id, { now, lockUntil: w.lockUntil, max: MAX_FAILURES });
      const byAddress = address ? await countAddressFailure(tx, address, w) : undefined;
      await record(tx, who, {
        action: 'user.login_failed',
        objectType: 'user',
        objectId: user.id,
        agencyId: user.agencyId,
        summary: { username, failures: account.failures },
      });
      if (account.failures === MAX_FAILURES && account.lockedUntil) {
        await record(tx, who, {
          action: 'user.locked',
          objectType: 'user',
          objectId: user.id,
          agencyId: user.agencyId,
          summary: { username, until: account.lockedUntil, failures: account.failures },
        });
      }
      if (account.lockedUntil && account.lockedUntil > now) return { failed: lockedError(account.lockedUntil) };
      if (byAddress?.lockedUntil && byAddress.lockedUntil > now)
        return { failed: addressLockedError(byAddress.lockedUntil) };
      return { failed: WRONG() };
    }
    // Checked again under the write lock: a lock set by a parallel wrong attempt meanwhile still holds.
    const lateAddressLock = address && (await addressLockedUntil(tx, address, now));
    if (lateAddressLock) return { failed: addressLockedError(lateAddressLock) };
    if (!(await clearLoginFailures(tx, user.id, now)))
      return { failed: lockedError(new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000).toISOString()) };
    if (input.previousSessionId) await deleteSession(tx, input.previousSessionId);
    // Housekeeping: sessions idle past the timeout can never be used again.
    await deleteSessionsIdleSince(
      tx,
      new Date(ctx.now.getTime() - ctx.config.sessionIdleMinutes * 60_000).toISOString(),
    );
    const token = randomToken();
    await insertSession(tx, { id: sha256(token), userId: user.id, csrfSecret: randomToken(16), now });
    await record(
      tx,
      {
        ...ctx,
        actor: {
          kind: 'staff',
          userId: user.id,
          username,
          displayName: user.displayName,
          agencyId: user.agencyId,
          agencyCode: user.agencyCode,
          agencyPath: user.agencyPath,
          roles: user.roles,
        },
      },
      { action: 'user.login', objectType: 'user', objectId: user.id, summary: { username } },
    );
    return { token, userId: user.id };
  });
  // The failure is recorded (committed) before it is reported.
  if ('failed' in r) throw r.failed;
  return r;
}

/** The client address as a keyed hash (the address itself is not stored), or undefined when there is none. */
function addressKey(ctx: Ctx): string | undefined {
  const ip = ctx.actor.kind === 'public' ? ctx.actor.ip : undefined;
  return ip ? `login:${hmac(ctx.config.secret, `login-address:${ip}`)}` : undefined;
}

function windows(ctx: Ctx) {
  const until = new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000).toISOString();
  return { now: ctx.now.toISOString(), windowUntil: until, lockUntil: until, max: ADDRESS_MAX_FAILURES };
}

const clock = (until: string) =>
  new Date(until).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });

function lockedError(until: string): DomainError {
  return new DomainError('locked', `多次输错密码，账号已锁定至 ${clock(until)}。请稍后再试，或请本机关管理员解锁。`);
}

function addressLockedError(until: string): DomainError {
  return new DomainError('locked', `从您所在网络输错密码的次数过多，登录已暂停至 ${clock(until)}。请稍后再试。`);
}
