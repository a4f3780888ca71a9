// Table interfaces: the DB type every store query is checked against. Dates are 'YYYY-MM-DD' text, instants ISO text,
// booleans 0/1, JSON as text parsed in the store.
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
  created_at: string;
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
  seq: number;
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

/** One row: the chain's head (last seq and hash), locked by every append so appends serialise on both engines. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export interface DB {
  agencies: AgencyTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  request_letters: RequestLetterTable;
  request_attachments: RequestAttachmentTable;
  outbox: OutboxTable;
}

/** A loaded year of the official holiday arrangement and the State Council notice it comes from. */
export interface CalendarYearTable {
  year: number;
  source: string;
  notice_title: string | null;
  notice_date: string | null;
  loaded_at: string;
}

/** A day the arrangement names: 'off' (节假日, incl. 调休 rest days) or 'work' (调休上班的周六、周日). */
export interface CalendarDayTable {
  date: string;
  year: number;
  kind: 'off' | 'work';
  name: string;
}

/** A 依申请公开 case. `*_sealed` columns hold AES-256-GCM ciphertext (src/privacy/seal.ts). */
export interface RequestTable {
  id: Generated<number>;
  agency_id: number;
  /** 申请编号, public. */
  number: string;
  /** Keyed hash of the secret 查询码: the code itself is never stored. */
  access_hash: string;
  /** The form's one-time nonce: a second submit of the same form finds this case instead of making another. */
  submit_nonce: string | null;
  channel: string;
  receipt_evidence: string | null;
  received_on: string;
  state: string;
  applicant_kind: string;
  applicant_name: string;
  /** Keyed hash of the applicant's ID number or 统一社会信用代码, for repeat detection and fee counting. */
  applicant_hash: string;
  id_type: string | null;
  id_number_sealed: string | null;
  org_code: string | null;
  legal_rep: string | null;
  contact_person: string | null;
  phone_sealed: string | null;
  email: string | null;
  address_sealed: string | null;
  info_title: string;
  info_doc_number: string | null;
  info_description: string;
  form_wanted: string;
  delivery: string;
  handler_user_id: number | null;
  outcome: string | null;
  outcome_basis: string | null;
  transferred_from: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}

/** One step of a case, append-only: the history citizens see and the clock is folded from. */
export interface RequestEventTable {
  id: Generated<number>;
  agency_id: number;
  request_id: number;
  type: string;
  on_date: string;
  at: string;
  actor: string;
  state_after: string;
  data: string;
}

export interface RequestLetterTable {
  id: Generated<number>;
  agency_id: number;
  request_id: number;
  kind: string;
  issued_on: string;
  content: string;
  created_at: string;
}

/** Messages to applicants; `dedupe_key` makes a reminder or receipt impossible to queue twice. */
export interface OutboxTable {
  id: Generated<number>;
  agency_id: number;
  dedupe_key: string;
  recipient: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
  attempts: Generated<number>;
  last_error: string | null;
}

/** A file the applicant attached (ID copy, 委托书): metadata here, the content sealed in a file under the data folder. */
export interface RequestAttachmentTable {
  id: Generated<number>;
  agency_id: number;
  request_id: number;
  kind: string;
  filename: string;
  media_type: string;
  size: number;
  sha256: string;
  /** File name under <data>/attachments/. */
  stored_as: string;
  created_at: string;
}
