// Who works at an agency: its own administrator, or a supervisor above it, may see the list.
import { findAgencyByCode, type Agency } from '../agencies/store.ts';
import { can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { forbidden, notFound } from '../errors.ts';
import { listUsers, type StaffUser } from './store.ts';

export function canSeeStaff(ctx: Ctx, agency: Agency): boolean {
  if (ctx.actor.kind === 'system') return true;
  if (ctx.actor.kind !== 'staff') return false;
  if (can(ctx.actor, 'user.manage').allowed && ctx.actor.agencyId === agency.id) return true;
  return can(ctx.actor, 'subtree.read').allowed; // the agency was found within the supervisor's read scope
}

export async function listStaff(ctx: Ctx, agencyCode: string): Promise<{ agency: Agency; users: StaffUser[] }> {
  const agency = await findAgencyByCode(ctx.db, ctx.scope, agencyCode);
  if (!agency) throw notFound('机关');
  if (!canSeeStaff(ctx, agency)) throw forbidden();
  return { agency, users: await listUsers(ctx.db, ctx.scope, agency.id) };
}
