// The set of agencies an actor may read or write (scope-store.ts turns it into the SQL condition every store query carries).
// Outside the scope a record is "not found" (404), so its existence is not leaked.
import type { Actor } from './actor.ts';

export type Scope =
  | { readonly kind: 'system' }
  | { readonly kind: 'none' }
  | { readonly kind: 'agency'; readonly agencyId: number; readonly agencyPath: string; readonly subtree: boolean };

/** Reading: own agency; a supervisor also every agency below it. */
export function readScope(actor: Actor): Scope {
  if (actor.kind === 'system') return { kind: 'system' };
  if (actor.kind === 'public') return { kind: 'none' };
  return {
    kind: 'agency',
    agencyId: actor.agencyId,
    agencyPath: actor.agencyPath,
    subtree: actor.roles.includes('supervisor'),
  };
}

/** Writing: only ever the actor's own agency; a supervisor's reach below is read-only. */
export function writeScope(actor: Actor): Scope {
  const scope = readScope(actor);
  return scope.kind === 'agency' ? { ...scope, subtree: false } : scope;
}
