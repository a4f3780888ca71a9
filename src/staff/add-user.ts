// An administrator adds a staff account to their own agency (the operator at the CLI: to any agency).
import { findAgencyByCode } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import { passwordProblem } from '../auth/password-policy.ts';
import { hashPassword } from '../auth/passwords.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput, notFound } from '../errors.ts';
import type { NewUserInput } from './form.ts';
import { insertUser, usernameTaken } from './store.ts';

export async function addUser(ctx: Ctx, agencyCode: string, input: NewUserInput): Promise<{ id: number }> {
  const weak = passwordProblem(input.password, input.username);
  if (weak) throw invalidInput(weak, { password: weak });
  const passwordHash = await hashPassword(input.password); // slow: outside the transaction
  return ctx.db.transaction().execute(async (tx) => {
    const agency = await findAgencyByCode(tx, ctx.scope, agencyCode);
    if (!agency) throw notFound('机关');
    authorize(canWriteAgency(ctx.actor, agency.id, 'user.manage'));
    if (await usernameTaken(tx, input.username)) {
      throw new DomainError('conflict', '该登录名已被使用，请换一个。', { username: '该登录名已被使用' });
    }
    const id = await insertUser(tx, {
      agencyId: agency.id,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      roles: input.roles,
      now: ctx.now.toISOString(),
      email: input.email,
    });
    await record(tx, ctx, {
      action: 'user.created',
      objectType: 'user',
      objectId: id,
      agencyId: agency.id,
      summary: { username: input.username, roles: input.roles },
    });
    return { id };
  });
}
