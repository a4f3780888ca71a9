// How a route may be used: the vocabulary of the route policy (route-access.ts and route-access-api.ts).
import type { Permission } from './roles.ts';

/**
 * - `public`: anyone, signed in or not (the portal, the public API).
 * - `applicant`: anyone holding the case's 申请编号 and 查询码; without the 查询码, nobody (staff use their own routes).
 * - `signed-in`: any staff member, for their own account and agency (dashboard, account, lists of their agency).
 * - a permission: staff whose roles give it (roles.ts), on their own agency's objects; a supervisor's `subtree.read`
 *   reaches agencies below for reading only.
 */
export type Access = 'public' | 'applicant' | 'signed-in' | Permission | readonly Permission[];
