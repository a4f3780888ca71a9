// Who is acting: a staff member (from a session or API token), the operator at the CLI, or an anonymous citizen.
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

export function actorLabel(actor: Actor): string {
  if (actor.kind === 'staff') return `${actor.username}@${actor.agencyCode}`;
  if (actor.kind === 'system') return `system:${actor.label}`;
  return `public${actor.ip ? `:${actor.ip}` : ''}`;
}
