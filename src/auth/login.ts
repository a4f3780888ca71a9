// Logging in: password check, lockout after repeated failures, a fresh server-side session (rotated at every login).
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { findUserForLogin, setLoginState } from '../staff/store.ts';
import { burnTime, verifyPassword } from './passwords.ts';
import { randomToken, sha256 } from './secrets.ts';
import { deleteSession, deleteSessionsIdleSince, insertSession } from './store.ts';

/** After this many wrong passwords in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILURES = 5;
export const LOCK_MINUTES = 15;

const WRONG = () => new DomainError('unauthenticated', '登录名或密码错误，请重新输入。');

export async function login(ctx: Ctx, input: { username: string; password: string; previousSessionId?: string }): Promise<{ token: string; userId: number }> {
  const username = input.username.trim().toLowerCase();
  const user = await findUserForLogin(ctx.db, username);
  if (!user || user.disabled) {
    await burnTime(input.password);
    throw WRONG();
  }
  const now = ctx.now.toISOString();
  if (user.lockedUntil && user.lockedUntil > now) throw lockedError(user.lockedUntil);
  const ok = await verifyPassword(user.passwordHash, input.password);
  return ctx.db.transaction().execute(async (tx) => {
    if (!ok) {
      const failures = (user.lockedUntil ? 0 : user.failedLogins) + 1;
      const lock = failures >= MAX_FAILURES ? new Date(ctx.now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
      await setLoginState(tx, user.id, { failedLogins: lock ? 0 : failures, lockedUntil: lock });
      const who = { ...ctx, actor: { kind: 'public' as const } };
      await record(tx, who, { action: 'user.login_failed', objectType: 'user', objectId: user.id, agencyId: user.agencyId, summary: { username, failures } });
      if (lock) {
        await record(tx, who, { action: 'user.locked', objectType: 'user', objectId: user.id, agencyId: user.agencyId, summary: { username, until: lock, failures } });
      }
      return { failed: lock ? lockedError(lock) : WRONG() } as const;
    }
    if (input.previousSessionId) await deleteSession(tx, input.previousSessionId);
    // Housekeeping: sessions idle past the timeout can never be used again.
    await deleteSessionsIdleSince(tx, new Date(ctx.now.getTime() - ctx.config.sessionIdleMinutes * 60_000).toISOString());
    const token = randomToken();
    await insertSession(tx, { id: sha256(token), userId: user.id, csrfSecret: randomToken(16), now });
    await setLoginState(tx, user.id, { failedLogins: 0, lockedUntil: null });
    await record(tx, { ...ctx, actor: { kind: 'staff', userId: user.id, username, displayName: user.displayName, agencyId: user.agencyId, agencyCode: user.agencyCode, agencyPath: user.agencyPath, roles: user.roles } }, { action: 'user.login', objectType: 'user', objectId: user.id, summary: { username } });
    return { token, userId: user.id } as const;
  }).then((r) => {
    // The failure is recorded (committed) before it is reported.
    if ('failed' in r) throw r.failed;
    return r;
  });
}

function lockedError(until: string): DomainError {
  const hm = new Date(until).toLocaleTimeString('zh-CN', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit' });
  return new DomainError('locked', `多次输错密码，账号已锁定至 ${hm}。请稍后再试，或请本机关管理员解锁。`);
}
