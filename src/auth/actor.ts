// Who is acting: a staff member (from a session or API token), the operator at the CLI, or an anonymous citizen.
import { DomainError } from '../errors.ts';
import type { Role } from './roles.ts';

export type StaffActor = {
  readonly kind: 'staff';
  readonly userId: number;
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: number;
  readonly agencyCode: string;
  readonly agencyPath: string;
  readonly roles: readonly Role[];
};
export type SystemActor = { readonly kind: 'system'; readonly label: string };
export type PublicActor = { readonly kind: 'public'; readonly ip?: string };
export type Actor = StaffActor | SystemActor | PublicActor;

/** The actor of a staff page or a staff-only use case; anyone else is asked to log in (the back office lets no one
 * else in, so this holds where it is used, and says so instead of a cast). */
export function staffActor(actor: Actor): StaffActor {
  if (actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  return actor;
}

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'staff') return `${actor.username}@${actor.agencyCode}`;
  if (actor.kind === 'system') return `system:${actor.label}`;
  return `public${actor.ip ? `:${actor.ip}` : ''}`;
}
