// Who may do what to a case, as plain predicates over the actor and the case. The lifecycle table (WHO) says which
// party may cause an event; this file says which parties an actor is for a given case.
import type { Actor } from '../auth/actor.ts';
import { type Decision, can, canWriteAgency } from '../auth/authorize.ts';
import type { Party } from './lifecycle.ts';

type CaseRef = { agency_id: number; handler_user_id: number | null };

/** The parties a staff member (or the operator) is for this case; a supervisor of a parent agency is none. */
export function partiesOf(actor: Actor, c: CaseRef): Party[] {
  if (actor.kind === 'system') return ['clerk', 'head'];
  if (actor.kind !== 'staff') return [];
  const out: Party[] = [];
  if (canWriteAgency(actor, c.agency_id, 'request.handle').allowed) out.push('clerk');
  if (canWriteAgency(actor, c.agency_id, 'request.approve_extension').allowed) out.push('head');
  return out;
}

/** Any write to a case needs one of the agency's own handling roles. */
export function canWriteCase(actor: Actor, c: CaseRef): Decision {
  const clerk = canWriteAgency(actor, c.agency_id, 'request.handle');
  if (clerk.allowed) return clerk;
  return canWriteAgency(actor, c.agency_id, 'request.approve_extension').allowed ? { allowed: true } : clerk;
}

/** Register an application on behalf of an applicant (paper, mail, fax, email, in person). */
export function canRegister(actor: Actor, agencyId: number): Decision {
  return canWriteAgency(actor, agencyId, 'request.handle');
}

/** Whole ID numbers, phones and addresses: only the handling clerk (and the operator at the CLI). */
export function canSeePersonal(actor: Actor, c: CaseRef): Decision {
  if (actor.kind === 'system') return { allowed: true };
  const d = canWriteAgency(actor, c.agency_id, 'request.handle');
  if (!d.allowed || actor.kind !== 'staff') return d;
  return c.handler_user_id === actor.userId
    ? d
    : { allowed: false, reason: '只有本案承办人可以查看完整的个人信息；请先由承办人处理，或将案件分配给您。' };
}

/** Reading the case list of an agency: its staff, and supervisors above it (read-only, masked). */
export function canReadCases(actor: Actor): Decision {
  return can(actor, 'agency.read');
}
