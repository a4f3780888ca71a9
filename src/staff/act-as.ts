// The staff member a CLI command acts for (`--as USERNAME`): work that the law ties to a person (谁制作、谁公开, an
// import of entries or cases) is recorded under their name and checked against their roles, as in the back office.
import type { StaffActor } from '../auth/actor.ts';
import type { Db } from '../db/connect.ts';
import { invalidInput } from '../errors.ts';
import { findUserForLogin } from './store.ts';

export async function actAs(db: Db, username: string): Promise<StaffActor> {
  const u = await findUserForLogin(db, username);
  if (!u || u.disabled) throw invalidInput(`没有可用的工作人员账号“${username}”：请用 --as 给出本机关在用的账号。`);
  return {
    kind: 'staff',
    userId: u.id,
    username: u.username,
    displayName: u.displayName,
    agencyId: u.agencyId,
    agencyCode: u.agencyCode,
    agencyPath: u.agencyPath,
    roles: u.roles,
  };
}
