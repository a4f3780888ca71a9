// Who may change the official calendar. It is one table for every agency on the server, so a township's administrator
// must not change the days every other agency counts: only an administrator of a top agency of the tree (no parent),
// or the operator at the CLI.
import type { Actor } from '../auth/actor.ts';
import { can, type Decision } from '../auth/authorize.ts';

export function canManageCalendar(actor: Actor): Decision {
  const d = can(actor, 'calendar.manage');
  if (!d.allowed || actor.kind !== 'staff') return d;
  const isTop = actor.agencyPath.split('/').filter(Boolean).length === 1;
  return isTop ? d : { allowed: false, reason: '节假日安排对本系统所有机关生效，只能由最上级机关的管理员维护。' };
}
