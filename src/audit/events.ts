// Every kind of change the audit log records, with its payload. A closed union: an unknown action does not compile.

type Ev<A extends string, O extends string, S extends object = Record<string, never>> = {
  readonly action: A;
  readonly objectType: O;
  readonly objectId?: string | number | null;
  readonly agencyId?: number | null;
  readonly summary: S;
};

export type AuditEvent =
  | Ev<'agency.created', 'agency', { code: string; name: string; kind: string; parent: string | null }>
  | Ev<'agency.updated', 'agency', { code: string; before: Record<string, unknown>; after: Record<string, unknown> }>
  | Ev<'user.created', 'user', { username: string; roles: readonly string[] }>
  | Ev<'user.roles_changed', 'user', { username: string; before: readonly string[]; after: readonly string[] }>
  | Ev<'user.password_changed', 'user', { username: string }>
  | Ev<'user.disabled', 'user', { username: string; disabled: boolean }>
  | Ev<'user.unlocked', 'user', { username: string }>
  | Ev<'user.locked', 'user', { username: string; until: string; failures: number }>
  | Ev<'user.login', 'user', { username: string }>
  | Ev<'user.login_failed', 'user', { username: string; failures: number }>
  | Ev<'user.logout', 'user', { username: string }>
  | Ev<'token.created', 'api_token', { name: string; prefix: string }>
  | Ev<'token.revoked', 'api_token', { name: string; prefix: string }>
  | Ev<'access.denied', 'access', { what: string; reason: string }>
  | Ev<'calendar.year_loaded', 'calendar_year', { year: number; source: string; holidays: number; workdays: number; notice?: string | null }>
  | Ev<'calendar.deadlines_moved', 'calendar_year', { year: number; moved: number }>
  | Ev<'demo.seeded', 'agency', { code: string }>
  | Ev<'request.submitted', 'request', { number: string; channel: string; receivedOn: string }>
  | Ev<'request.step', 'request', { number: string; event: string; from: string; to: string; outcome?: string | null; onDate: string }>
  | Ev<'request.transferred', 'request', { number: string; from: string; to: string }>
  | Ev<'request.assigned', 'request', { number: string; handler: string }>
  | Ev<'request.personal_viewed', 'request', { number: string }>
  | Ev<'request.attachment_viewed', 'request', { number: string; kind: string }>
  | Ev<'request.lookup_refused', 'request', { number: string }>
  | Ev<'request.letter_issued', 'request', { number: string; kind: string }>
  | Ev<'data.rekeyed', 'request', { rows: number }>
  | Ev<'request.reminders_queued', 'request', { queued: number }>;

export type AuditAction = AuditEvent['action'];
