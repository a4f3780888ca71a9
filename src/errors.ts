// One error vocabulary for every room. Messages are Chinese and tell the user what to do; HTTP mapping is in http/errors.ts.

export const ERROR_CODES = [
  /** Input failed validation; `fields` names each bad field with its message. */
  'invalid_input',
  /** Not there, or outside the actor's scope (existence is not leaked). */
  'not_found',
  /** In scope, but the actor's role does not allow the action. */
  'forbidden',
  /** No valid session or API token. */
  'unauthenticated',
  /** The action is not allowed in the record's current state. */
  'illegal_transition',
  /** The record changed since the form was opened (optimistic concurrency). */
  'stale',
  /** A unique value is already taken, or the change conflicts with existing data. */
  'conflict',
  /** Too many attempts; try again later. */
  'rate_limited',
  /** The account is locked after repeated failed logins. */
  'locked',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = '记录'): DomainError => new DomainError('not_found', `找不到该${what}，或您无权查看。`);
/** Optimistic concurrency: the record changed since the page was opened (its version no longer matches). */
export const stale = (what = '信息'): DomainError =>
  new DomainError('stale', `该${what}在您打开页面后已被他人更新，请查看最新记录后重试。`);
export const forbidden = (message = '您的角色无权执行此操作。如需办理，请联系本机关管理员。'): DomainError =>
  new DomainError('forbidden', message);
export const invalidInput = (message: string, fields?: Record<string, string>): DomainError =>
  new DomainError('invalid_input', message, fields);
