// An administrator changes a colleague's roles, unlocks a locked account, requires a new password at the next login,
// or disables an account.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Role } from '../auth/roles.ts';
import { deleteSessionsOfUser } from '../auth/store.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../errors.ts';
import { findUser, setDisabled, setLoginState, setMustChangePassword, setRoles } from './store.ts';

export async function changeRoles(ctx: Ctx, userId: number, roles: Role[]): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const user = await findUser(tx, ctx.scope, userId);
    if (!user) throw notFound('用户');
    authorize(canWriteAgency(ctx.actor, user.agencyId, 'user.manage'));
    if (ctx.actor.kind === 'staff' && ctx.actor.userId === userId && !roles.includes('admin')) {
      throw new DomainError('conflict', '不能撤销自己的管理员角色，以免本机关无人管理；请由另一位管理员操作。');
    }
    await setRoles(tx, userId, roles);
    await record(tx, ctx, {
      action: 'user.roles_changed',
      objectType: 'user',
      objectId: userId,
      agencyId: user.agencyId,
      summary: { username: user.username, before: user.roles, after: [...roles].sort() },
    });
  });
}

export async function unlockUser(ctx: Ctx, userId: number): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const user = await findUser(tx, ctx.scope, userId);
    if (!user) throw notFound('用户');
    authorize(canWriteAgency(ctx.actor, user.agencyId, 'user.manage'));
    await setLoginState(tx, userId, { failedLogins: 0, lockedUntil: null });
    await record(tx, ctx, {
      action: 'user.unlocked',
      objectType: 'user',
      objectId: userId,
      agencyId: user.agencyId,
      summary: { username: user.username },
    });
  });
}

export async function setUserDisabled(ctx: Ctx, userId: number, disabled: boolean): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const user = await findUser(tx, ctx.scope, userId);
    if (!user) throw notFound('用户');
    authorize(canWriteAgency(ctx.actor, user.agencyId, 'user.manage'));
    if (ctx.actor.kind === 'staff' && ctx.actor.userId === userId)
      throw new DomainError('conflict', '不能停用自己的账号。');
    await setDisabled(tx, userId, disabled);
    if (disabled) await deleteSessionsOfUser(tx, userId);
    await record(tx, ctx, {
      action: 'user.disabled',
      objectType: 'user',
      objectId: userId,
      agencyId: user.agencyId,
      summary: { username: user.username, disabled },
    });
  });
}

/** The colleague must choose a new password before using any staff page or the API again (http/session.ts). */
export async function requirePasswordChange(ctx: Ctx, userId: number): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    const user = await findUser(tx, ctx.scope, userId);
    if (!user) throw notFound('用户');
    authorize(canWriteAgency(ctx.actor, user.agencyId, 'user.manage'));
    await setMustChangePassword(tx, userId);
    await record(tx, ctx, {
      action: 'user.password_change_required',
      objectType: 'user',
      objectId: userId,
      agencyId: user.agencyId,
      summary: { username: user.username },
    });
  });
}
