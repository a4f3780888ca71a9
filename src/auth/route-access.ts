// Who may use each route the app serves: the policy of the HTTP edge as data, next to the roles' permissions
// (roles.ts) it refers to. `expectedAccess` answers, for an actor and how it stands to the object a route names, whether
// the route lets it through; the access matrix test (test/http/access-matrix.test.ts) sends every route as every actor
// and holds the server to these answers, and fails for a route the server has but this table does not name.
import type { Actor } from './actor.ts';
import { can } from './authorize.ts';
import type { Permission } from './roles.ts';
import type { OwnedTable } from './store.ts';

/**
 * - `public`: anyone, signed in or not (the portal, the public API).
 * - `applicant`: anyone holding the case's 申请编号 and 查询码; without the 查询码, nobody (staff use their own routes).
 * - `signed-in`: any staff member, for their own account and agency (dashboard, account, lists of their agency).
 * - a permission: staff whose roles give it (roles.ts), on their own agency's objects; a supervisor's `subtree.read`
 *   reaches agencies below for reading only.
 */
export type Access = 'public' | 'applicant' | 'signed-in' | Permission | readonly Permission[];

/** How the actor stands to the object (agency, case, entry…) the route's path names. */
export type Standing = 'own' | 'other' | 'none';

export const ROUTE_ACCESS: Readonly<Record<string, Access>> = {
  'GET /healthz': 'public',
  'GET /assets/site.css': 'public',
  'GET /robots.txt': 'public',
  'GET /api/v1/openapi.json': 'public',
  'GET /api/v1/catalogue': 'public',
  'GET /api/v1/agencies/:code/catalogue-suggestions': 'public',
  'POST /api/v1/agencies/:code/requests': 'public',
  'GET /login': 'public',
  'POST /login': 'public',
  'POST /logout': 'public',
  'GET /:code/feedback': 'public',
  'POST /:code/feedback': 'public',
  'GET /:code/feedback/track': 'public',
  'POST /:code/feedback/track': 'public',
  'GET /': 'public',
  'GET /:code/catalogue': 'public',
  'GET /:code/search': 'public',
  'GET /:code/catalogue/:id': 'public',
  'GET /:code/catalogue/:id/files/:fileId': 'public',
  'GET /:code/guide': 'public',
  'GET /:code/columns/:id/feed.atom': 'public',
  'GET /:code/sitemap.xml': 'public',
  'GET /:code/apply': 'public',
  'POST /:code/apply': 'public',
  'POST /:code/apply/check': 'public',
  'GET /admin/checker/upload-progress.js': 'public',
  'GET /assets/apply-suggest.js': 'public',
  'GET /:code/track': 'public',
  'GET /:code/reports': 'public',
  'GET /:code/reports/:year': 'public',
  'GET /:code/reports/:year/report.:ext': 'public',
  'GET /:code': 'public',
  'GET /:code/': 'public',
  'GET /api/v1/requests/:number': 'applicant',
  'POST /:code/track': 'applicant',
  'POST /:code/track/letter': 'applicant',
  'POST /:code/track/correct': 'applicant',
  'POST /:code/track/withdraw': 'applicant',
  'GET /api/v1/me': 'signed-in',
  'GET /admin': 'signed-in',
  'GET /admin/account': 'signed-in',
  'POST /admin/account/password': 'signed-in',
  'POST /admin/account/tokens': 'signed-in',
  'POST /admin/account/tokens/:id/revoke': 'signed-in',
  'POST /admin/column-notices/:id/seen': 'signed-in',
  'GET /api/v1/agencies': 'agency.read',
  'GET /api/v1/agencies/:code': 'agency.read',
  'GET /api/v1/agencies/:code/requests': 'agency.read',
  'GET /api/v1/staff/requests/:number': 'agency.read',
  'GET /api/v1/agencies/:code/requests/table-three': 'report.build',
  'GET /admin/agencies': 'agency.read',
  'GET /admin/agencies/:code': 'agency.read',
  'GET /admin/calendar': 'agency.read',
  'GET /admin/calendar/deadline': 'agency.read',
  'GET /admin/feedback': 'agency.read',
  'GET /admin/feedback/:id': 'agency.read',
  'GET /admin/supervision': 'agency.read',
  'GET /admin/supervision/mechanism': 'agency.read',
  'GET /admin/supervision/assessments': 'agency.read',
  'GET /admin/supervision/assessments/:id': 'agency.read',
  'GET /admin/supervision/tasks': 'agency.read',
  'GET /admin/appeals': 'agency.read',
  'GET /admin/appeals/:id': 'agency.read',
  'GET /admin/appeals/:id/documents/:doc': 'agency.read',
  'GET /admin/catalogue': 'agency.read',
  'GET /admin/catalogue/new': 'agency.read',
  'GET /admin/catalogue/:id': 'agency.read',
  'GET /admin/catalogue/:id/edit': 'agency.read',
  'GET /admin/catalogue/:id/correct': 'agency.read',
  'GET /admin/catalogue/monitor': 'agency.read',
  'GET /admin/catalogue/settings': 'agency.read',
  'GET /admin/catalogue/:id/wechat.html': 'agency.read',
  'GET /admin/catalogue/:id/notice.pdf': 'agency.read',
  'GET /admin/catalogue/:id/broadcast.txt': 'agency.read',
  'GET /admin/catalogue/registers': 'agency.read',
  'GET /admin/catalogue/standard': 'agency.read',
  'GET /admin/catalogue/standard.xlsx': 'agency.read',
  'GET /admin/catalogue/media': 'agency.read',
  'GET /admin/catalogue/import': 'catalogue.publish',
  'GET /api/v1/agencies/:code/standard-items': 'agency.read',
  'GET /api/v1/agencies/:code/standard-items/:id/entries': 'agency.read',
  'GET /api/v1/agencies/:code/reports/:year/imported': ['report.build', 'subtree.read'],
  'GET /admin/catalogue/standard/items/:id': 'agency.read',
  'GET /admin/catalogue/import/template.xlsx': 'catalogue.publish',
  'GET /admin/requests/import': 'request.handle',
  'GET /admin/requests/import/template.xlsx': 'request.handle',
  'GET /admin/requests': 'agency.read',
  'GET /admin/requests/new': 'agency.read',
  'GET /admin/requests/mail': 'agency.read',
  'GET /admin/requests/:id': 'agency.read',
  'GET /admin/requests/:id/letters/:file': 'agency.read',
  'GET /admin/checker': 'agency.read',
  'GET /admin/checker/batches/:batch': 'agency.read',
  'GET /admin/checker/batches/:batch/findings.xlsx': 'agency.read',
  'GET /admin/checker/uploads/:id': 'agency.read',
  'GET /api/v1/agencies/:code/users': ['user.manage', 'subtree.read'],
  'POST /api/v1/agencies/:code/users': 'user.manage',
  'GET /admin/users': 'user.manage',
  'POST /admin/users': 'user.manage',
  'GET /admin/users/:id': 'user.manage',
  'POST /admin/users/:id/roles': 'user.manage',
  'POST /admin/users/:id/unlock': 'user.manage',
  'POST /admin/users/:id/require-password-change': 'user.manage',
  'POST /admin/users/:id/disable': 'user.manage',
  'POST /admin/users/:id/enable': 'user.manage',
  'GET /api/v1/audit': 'audit.read',
  'GET /admin/audit': 'audit.read',
  'POST /api/v1/agencies/:code/requests/registrations': 'request.handle',
  'GET /api/v1/staff/requests/:number/personal': 'request.handle',
  'POST /api/v1/staff/requests/:number/letters': ['request.handle', 'request.approve_extension'],
  'POST /admin/deadline-notices/:id/seen': 'request.handle',
  'POST /admin/requests/mail/:id/retry': 'request.handle',
  'POST /admin/requests/new': 'request.handle',
  'POST /admin/requests/:id/personal': 'request.handle',
  'POST /admin/requests/:id/letters': ['request.handle', 'request.approve_extension'],
  'GET /admin/requests/:id/attachments/:aid': 'request.handle',
  'POST /api/v1/staff/requests/:number/steps': ['request.handle', 'request.approve_extension'],
  'POST /admin/requests/:id/steps': ['request.handle', 'request.approve_extension'],
  'POST /admin/calendar': 'calendar.manage',
  'POST /admin/feedback/:id/reply': 'feedback.handle',
  'POST /admin/feedback/:id/publish': 'feedback.moderate',
  'POST /admin/supervision/training': 'supervision.record',
  'POST /admin/supervision/accountability': 'supervision.record',
  'POST /admin/supervision/mechanism/people': 'supervision.record',
  'POST /admin/supervision/mechanism/rules': 'supervision.record',
  'POST /admin/supervision/assessments': 'supervision.record',
  'POST /admin/supervision/assessments/:id/results': 'supervision.record',
  'POST /admin/supervision/tasks': 'supervision.record',
  'POST /admin/supervision/tasks/:id/done': 'supervision.record',
  'POST /admin/appeals': 'appeal.record',
  'POST /admin/appeals/:id/steps': 'appeal.record',
  'POST /admin/appeals/:id/documents': 'appeal.record',
  'POST /admin/catalogue': 'catalogue.draft',
  'POST /admin/catalogue/:id/edit': 'catalogue.draft',
  'POST /admin/catalogue/:id/attachments': 'catalogue.draft',
  'POST /admin/catalogue/:id/review': [
    'catalogue.draft',
    'catalogue.secrecy_review',
    'catalogue.review',
    'catalogue.sign_off',
    'catalogue.publish',
  ],
  'POST /admin/catalogue/:id/findings/:fid': ['catalogue.secrecy_review', 'catalogue.review', 'catalogue.publish'],
  'POST /admin/catalogue/:id/publish': 'catalogue.publish',
  'POST /admin/catalogue/:id/withdraw': 'catalogue.publish',
  'POST /admin/catalogue/:id/correct': ['catalogue.draft', 'catalogue.publish'],
  'POST /admin/catalogue/columns/:id/owner': 'catalogue.manage',
  'POST /admin/catalogue/columns/:id/quiet': 'catalogue.manage',
  'POST /admin/catalogue/settings': 'catalogue.manage',
  'POST /admin/catalogue/:id/posts': 'catalogue.publish',
  'POST /admin/catalogue/registers': 'catalogue.manage',
  'POST /admin/catalogue/standard': 'catalogue.manage',
  'POST /admin/catalogue/media': 'catalogue.manage',
  'POST /admin/catalogue/import': 'catalogue.publish',
  'POST /api/v1/agencies/:code/catalogue/import': 'catalogue.publish',
  'POST /api/v1/agencies/:code/requests/import': 'request.handle',
  'POST /api/v1/agencies/:code/standard-items/import': 'catalogue.manage',
  'PUT /api/v1/agencies/:code/standard-items/order': 'catalogue.manage',
  'PUT /api/v1/agencies/:code/standard-items/:id': 'catalogue.manage',
  'DELETE /api/v1/agencies/:code/standard-items/:id': 'catalogue.manage',
  'PUT /api/v1/agencies/:code/standard-items/:id/entries/:entryId': 'catalogue.manage',
  'DELETE /api/v1/agencies/:code/standard-items/:id/entries/:entryId': 'catalogue.manage',
  'POST /admin/catalogue/standard/import': 'catalogue.manage',
  'POST /admin/catalogue/standard/items/:id': 'catalogue.manage',
  'POST /admin/catalogue/standard/items/:id/delete': 'catalogue.manage',
  'POST /admin/catalogue/standard/items/:id/move': 'catalogue.manage',
  'POST /admin/catalogue/standard/items/:id/links': 'catalogue.manage',
  'POST /admin/catalogue/:id/standard': 'catalogue.manage',
  'POST /admin/requests/import': 'request.handle',
  'GET /admin/reports': ['report.build', 'subtree.read'],
  'GET /admin/reports/:year': ['report.build', 'subtree.read'],
  'GET /admin/reports/:year/cells/:table/:row/:column': ['report.build', 'subtree.read'],
  'GET /admin/reports/:year/download/:format': ['report.build', 'subtree.read'],
  'POST /admin/reports/:year/texts': 'report.build',
  'POST /admin/reports/:year/findings': ['report.build', 'subtree.read'],
  'GET /api/v1/reports/:code/:year': ['report.build', 'subtree.read'],
  'GET /api/v1/reports/:code/:year/cells/:table/:row/:column': ['report.build', 'subtree.read'],
  'GET /admin/reports/:year/rollup': 'subtree.read',
  'GET /api/v1/reports/:code/:year/rollup': 'subtree.read',
  'POST /admin/reports/:year/freeze': 'report.publish',
  'POST /admin/reports/:year/publish': 'report.publish',
  'POST /admin/checker': 'report.check',
  'POST /admin/checker/batches/:batch/recheck': 'report.check',
  'POST /admin/checker/uploads/:id/findings/:fingerprint': ['report.build', 'supervision.record', 'report.check'],
};

/** The table whose row a route's `:id` names (the edge checks the row's agency before the handler runs). */
export const ID_NAMES: ReadonlyArray<readonly [RegExp, OwnedTable]> = [
  [/^\/admin\/catalogue\/columns\/:id/, 'catalogue_columns'],
  [/^\/admin\/catalogue\/:id/, 'catalogue_entries'],
  [/^\/admin\/feedback\/:id/, 'feedback'],
  [/^\/admin\/supervision\/tasks\/:id/, 'key_tasks'],
  [/^\/admin\/supervision\/assessments\/:id/, 'assessment_rounds'],
  [/^\/admin\/appeals\/:id/, 'appeals'],
  [/^\/admin\/requests\/:id/, 'requests'],
  [/^\/admin\/users\/:id/, 'users'],
  [/^\/admin\/checker\/uploads\/:id/, 'report_uploads'],
];

export function routeKey(method: string, url: string): string {
  return `${method} ${url}`;
}

/**
 * Whether the route lets the actor through (true) or turns it away (401, 403, 404, or the login page). `withCode`: the
 * request carries the case's right 查询码. `names`: the route's path names an object of an agency.
 */
export function expectedAccess(
  access: Access,
  actor: Actor,
  o: { standing: Standing; withCode: boolean; names: boolean },
): boolean {
  if (access === 'public') return true;
  if (access === 'applicant') return o.withCode;
  if (actor.kind !== 'staff') return false;
  if (o.names && o.standing === 'other') return false;
  return access === 'signed-in' || allows(actor, access);
}

/** The actor's roles give the permission, or one of the permissions, the route asks for. */
export function allows(actor: Actor, access: Permission | readonly Permission[]): boolean {
  return (typeof access === 'string' ? [access] : access).some((p) => can(actor, p).allowed);
}
