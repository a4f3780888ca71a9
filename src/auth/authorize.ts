// The one policy module every route and command calls. A decision is data; authorize() turns a "no" into `forbidden`.
import { forbidden } from '../errors.ts';
import type { Actor } from './actor.ts';
import { type Permission, permissionsOf } from './roles.ts';

export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };
const yes: Decision = { allowed: true };
const no = (reason: string): Decision => ({ allowed: false, reason });

/** The operator at the CLI may do everything; a citizen nothing that needs a permission. */
export function can(actor: Actor, permission: Permission): Decision {
  if (actor.kind === 'system') return yes;
  if (actor.kind === 'public') return no('请先登录。');
  return permissionsOf(actor.roles).has(permission)
    ? yes
    : no('您的角色无权执行此操作。如需办理，请联系本机关管理员。');
}

/** A staff member may change data only of their own agency, never of one below it. */
export function canWriteAgency(actor: Actor, agencyId: number, permission: Permission): Decision {
  const d = can(actor, permission);
  if (!d.allowed || actor.kind !== 'staff') return d;
  return actor.agencyId === agencyId ? yes : no('只能修改本机关的数据；上级机关对下级仅有查阅权限。');
}

export function authorize(decision: Decision): void {
  if (!decision.allowed) throw forbidden(decision.reason);
}
