// Table interfaces of agencies, staff, sessions, API tokens and the audit chain.
import type { Generated } from 'kysely';

export interface AgencyTable {
  id: Generated<number>;
  code: string;
  name: string;
  kind: string;
  parent_id: number | null;
  /** Materialised path of ids, '/1/4/9/': a subtree is `path LIKE '/1/4/%'`. */
  path: string;
  org_code: string | null;
  created_at: string;
}

export interface UserTable {
  id: Generated<number>;
  agency_id: number;
  username: string;
  display_name: string;
  password_hash: string;
  failed_logins: Generated<number>;
  locked_until: string | null;
  disabled: Generated<number>;
  /** 1 when an administrator requires a new password at the next login. */
  must_change_password: Generated<number>;
  created_at: string;
  /** Where the account's reminders are mailed; null: they go to the outbox folder under the account's name. */
  email: string | null;
}

export interface UserRoleTable {
  user_id: number;
  role: string;
}

export interface SessionTable {
  /** sha256 of the cookie token: the token itself is never stored. */
  id: string;
  user_id: number;
  csrf_secret: string;
  created_at: string;
  last_seen_at: string;
}

export interface ApiTokenTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  token_hash: string;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface AuditLogTable {
  /** The log's overall order (assigned by the database). */
  seq: Generated<number>;
  /** The chain the row belongs to (its agency's id, 0 for none) and its place in it; null only before the upgrade. */
  chain: number | null;
  chain_seq: number | null;
  at: string;
  actor: string;
  actor_user_id: number | null;
  agency_id: number | null;
  action: string;
  object_type: string;
  object_id: string | null;
  summary: string;
  prev_hash: string;
  hash: string;
}

/** One row: before 0023 the single chain's head; now the overall count and whether the chains are keyed. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
  /** 1 once the chain is an HMAC under the audit key (audit/upgrade.ts); 0 for a chain of plain SHA-256 not yet upgraded. */
  keyed: Generated<number>;
}

/** The head of one audit chain (an agency's, or 0): its last position and that row's hash; locked by each append. */
export interface AuditChainTable {
  chain: number;
  seq: number;
  hash: string;
}

/** A rate-limit window (http/rate-store.ts): requests counted under a keyed hash of route and client, until reset_at. */
export interface RateLimitTable {
  key: string;
  hits: number;
  /** Epoch milliseconds. */
  reset_at: number;
}
