// The set of agencies an actor may read or write, as a SQL condition every store query carries.
// Outside the scope a record is "not found" (404), so its existence is not leaked.
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Actor } from './actor.ts';

export type Scope =
  | { readonly kind: 'system' }
  | { readonly kind: 'none' }
  | { readonly kind: 'agency'; readonly agencyId: number; readonly agencyPath: string; readonly subtree: boolean };

/** Reading: own agency; a supervisor also every agency below it. */
export function readScope(actor: Actor): Scope {
  if (actor.kind === 'system') return { kind: 'system' };
  if (actor.kind === 'public') return { kind: 'none' };
  return { kind: 'agency', agencyId: actor.agencyId, agencyPath: actor.agencyPath, subtree: actor.roles.includes('supervisor') };
}

/** Writing: only ever the actor's own agency; a supervisor's reach below is read-only. */
export function writeScope(actor: Actor): Scope {
  const scope = readScope(actor);
  return scope.kind === 'agency' ? { ...scope, subtree: false } : scope;
}

/** `column` (an agency id column, e.g. 'users.agency_id') lies within the scope. */
export function inScope(scope: Scope, column: string): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'system':
      return sql<SqlBool>`1 = 1`;
    case 'none':
      return sql<SqlBool>`1 = 0`;
    case 'agency':
      return scope.subtree
        ? sql<SqlBool>`${sql.ref(column)} in (select id from agencies where path like ${`${scope.agencyPath}%`})`
        : sql<SqlBool>`${sql.ref(column)} = ${scope.agencyId}`;
  }
}
