// A Scope (scope.ts) as the SQL condition every store query carries. Outside the scope a record is "not found".
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Scope } from './scope.ts';

/** `column` (an agency id column) names the agency at `path` or one below it: the one subtree filter. */
export function inSubtree(column: string, path: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(column)} in (select id from agencies where path like ${`${path}%`})`;
}

/** `column` (an agency id column, e.g. 'users.agency_id') lies within the scope. */
export function inScope(scope: Scope, column: string): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'system':
      return sql<SqlBool>`1 = 1`;
    case 'none':
      return sql<SqlBool>`1 = 0`;
    case 'agency':
      return scope.subtree ? inSubtree(column, scope.agencyPath) : sql<SqlBool>`${sql.ref(column)} = ${scope.agencyId}`;
  }
}
