// A staff member changes their own password; every other session of theirs ends.
import { record } from '../audit/record.ts';
import { passwordProblem } from '../auth/password-policy.ts';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { deleteSessionsOfUser } from '../auth/store.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput } from '../errors.ts';
import { findUserByIdUnscoped, setPasswordHash } from './store.ts';

export async function changeOwnPassword(ctx: Ctx, input: { current: string; next: string }): Promise<void> {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  const actor = ctx.actor;
  const user = await findUserByIdUnscoped(ctx.db, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.current))) {
    throw invalidInput('当前密码不正确。', { current: '当前密码不正确' });
  }
  const weak =
    input.next === input.current ? '新密码不能与当前密码相同。' : passwordProblem(input.next, actor.username);
  if (weak) throw invalidInput(weak, { next: weak });
  const hash = await hashPassword(input.next);
  await ctx.db.transaction().execute(async (tx) => {
    await setPasswordHash(tx, actor.userId, hash);
    await deleteSessionsOfUser(tx, actor.userId);
    await record(tx, ctx, {
      action: 'user.password_changed',
      objectType: 'user',
      objectId: actor.userId,
      summary: { username: actor.username },
    });
  });
}
