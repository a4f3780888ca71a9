// A staff member's e-mail address, where their reminders (case deadlines, stale columns) are mailed: set by themselves
// on 我的账号, or by their agency's administrator. Blank removes it (reminders then go to the outbox folder).
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../input.ts';
import { StaffEmail } from './form.ts';
import { findUser, setEmail } from './store.ts';

/** `input`: the form or JSON body, parsed after the account is found and the actor's permission checked. */
export async function setStaffEmail(ctx: Ctx, userId: number, input: unknown): Promise<{ email: string | null }> {
  return ctx.db.transaction().execute(async (tx) => {
    const user = await findUser(tx, ctx.scope, userId);
    if (!user) throw notFound('用户');
    const own = ctx.actor.kind === 'staff' && ctx.actor.userId === userId;
    if (!own) authorize(canWriteAgency(ctx.actor, user.agencyId, 'user.manage'));
    const { email } = parseInput(StaffEmail, input);
    await setEmail(tx, userId, email);
    await record(tx, ctx, {
      action: 'user.email_changed',
      objectType: 'user',
      objectId: userId,
      agencyId: user.agencyId,
      summary: { username: user.username, hasEmail: email !== null },
    });
    return { email };
  });
}
