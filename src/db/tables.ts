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

export interface FeedbackTable {
  id: Generated<number>;
  agency_id: number;
  /** sha256 of the tracking code given to the sender: the code itself is never stored. */
  code_hash: string;
  /** The form's one-time key: a double submit finds the first row instead of making a second. */
  submit_key: string;
  name: string | null;
  contact: string | null;
  subject: string;
  body: string;
  wants_public: number;
  status: string;
  received_on: string;
  reply_due: string;
  reply: string | null;
  replied_at: string | null;
  replied_by: number | null;
  published: Generated<number>;
  created_at: string;
  version: Generated<number>;
}

export interface TrainingTable {
  id: Generated<number>;
  agency_id: number;
  held_on: string;
  topic: string;
  organiser: string;
  attendees: number | null;
  attendee_units: string;
  created_at: string;
}

export interface AccountabilityTable {
  id: Generated<number>;
  agency_id: number;
  decided_on: string;
  person: string;
  matter: string;
  outcome: string;
  created_at: string;
}

export interface ResponsibilityTable {
  id: Generated<number>;
  agency_id: number;
  /** principal 一把手 · in_charge 分管领导 · office 工作机构 · contact 信息员/联络员 */
  duty: string;
  person: string;
  post: string;
  since: string;
  until: string | null;
}

export interface RuleDocumentTable {
  id: Generated<number>;
  agency_id: number;
  /** Versions of one rule share a series key; the highest version is the one in force. */
  series: string;
  version: number;
  title: string;
  doc_number: string | null;
  adopted_on: string;
  summary: string;
  created_at: string;
}

export interface AssessmentRoundTable {
  id: Generated<number>;
  agency_id: number;
  year: number;
  title: string;
  use_annual: number;
  use_awards: number;
  /** JSON: [{ name, points }] — the scoring sheet. */
  items: string;
  created_at: string;
}

export interface AssessmentResultTable {
  id: Generated<number>;
  round_id: number;
  unit: string;
  /** JSON: points per item, in the sheet's order. */
  scores: string;
  total: number;
  note: string | null;
}

export interface KeyTaskTable {
  id: Generated<number>;
  agency_id: number;
  year: number;
  source: string;
  task: string;
  owner: string;
  due_on: string;
  done_on: string | null;
  note: string | null;
}

export interface AppealTable {
  id: Generated<number>;
  agency_id: number;
  /** reconsideration · litigation_direct · litigation_after_reconsideration */
  kind: string;
  /** ordinary · simplified */
  procedure: string;
  /** The 复议 a 复议后起诉 follows. */
  follows_id: number | null;
  /** The 申请编号 of the request the case concerns, when there is one. */
  request_number: string | null;
  body: string;
  case_number: string | null;
  applicant: string;
  filed_on: string;
  accepted_on: string | null;
  copy_received_on: string | null;
  answered_on: string | null;
  extended_days: Generated<number>;
  decided_on: string | null;
  decision: string | null;
  created_at: string;
  version: Generated<number>;
}

export interface AppealDocumentTable {
  id: Generated<number>;
  appeal_id: number;
  /** 申请书 · 起诉状 · 答复书 · 决定书 · 判决书 · 裁定书 · 其他 */
  kind: string;
  title: string;
  dated: string;
  doc_number: string | null;
  /** The scanned or electronic document, in blob storage (src/files/blobs.ts). */
  file_sha256: string | null;
  file_name: string | null;
  file_type: string | null;
}

export interface DeadlineNoticeTable {
  id: Generated<number>;
  agency_id: number;
  request_id: number;
  year: number;
  old_due: string | null;
  new_due: string | null;
  created_at: string;
  seen_at: string | null;
}

export interface DB {
  feedback: FeedbackTable;
  trainings: TrainingTable;
  accountability: AccountabilityTable;
  responsibilities: ResponsibilityTable;
  rule_documents: RuleDocumentTable;
  assessment_rounds: AssessmentRoundTable;
  assessment_results: AssessmentResultTable;
  key_tasks: KeyTaskTable;
  appeals: AppealTable;
  appeal_documents: AppealDocumentTable;
  agencies: AgencyTable;
  users: UserTable;
  user_roles: UserRoleTable;
  sessions: SessionTable;
  api_tokens: ApiTokenTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  deadline_notices: DeadlineNoticeTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  request_letters: RequestLetterTable;
  request_attachments: RequestAttachmentTable;
  outbox: OutboxTable;
  catalogue_settings: CatalogueSettingsTable;
  catalogue_columns: CatalogueColumnTable;
  catalogue_serials: CatalogueSerialTable;
  catalogue_entries: CatalogueEntryTable;
  catalogue_versions: CatalogueVersionTable;
  catalogue_approvals: CatalogueApprovalTable;
  catalogue_attachments: CatalogueAttachmentTable;
  catalogue_findings: CatalogueFindingTable;
  catalogue_registers: CatalogueRegisterTable;
  catalogue_search: CatalogueSearchTable;
  catalogue_search_tri: CatalogueSearchTriTable;
  catalogue_channel_posts: ChannelPostTable;
  media_accounts: MediaAccountTable;
  standard_items: StandardItemTable;
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

// 主动公开 (migration 0004-catalogue).
export interface CatalogueSettingsTable {
  agency_id: number;
  require_sign_off: number;
  /** JSON: the 信息公开指南 contact block. */
  guide: string;
  updated_at: string;
}

export interface CatalogueColumnTable {
  id: Generated<number>;
  agency_id: number;
  name: string;
  update_class: string;
  is_key: number;
  basis: string | null;
  sort: number;
  nothing_new_until: string | null;
  created_at: string;
}

export interface CatalogueSerialTable {
  agency_id: number;
  year: number;
  last: number;
}

export interface CatalogueEntryTable {
  id: Generated<number>;
  agency_id: number;
  column_id: number;
  index_no: string;
  title: string;
  summary: string;
  publisher: string;
  formed_on: string;
  published_on: string | null;
  doc_no: string | null;
  topic: string;
  genre: string;
  disclosure: string;
  withheld_reason: string | null;
  validity: string;
  repealed_on: string | null;
  body: string;
  state: string;
  version: number;
  corrected: Generated<number>;
  author_id: number;
  author_name: string;
  reviewer_name: string | null;
  publisher_name: string | null;
  created_at: string;
  updated_at: string;
}

export interface CatalogueVersionTable {
  id: Generated<number>;
  entry_id: number;
  version: number;
  snapshot: string;
  reason: string;
  actor_user_id: number | null;
  at: string;
}

export interface CatalogueApprovalTable {
  id: Generated<number>;
  entry_id: number;
  step: string;
  decision: string;
  actor_user_id: number;
  actor_name: string;
  comment: string;
  version: number;
  at: string;
}

export interface CatalogueAttachmentTable {
  id: Generated<number>;
  entry_id: number;
  filename: string;
  mime: string;
  size: number;
  sha256: string;
  text: string | null;
  removed: Generated<number>;
  created_at: string;
}

export interface CatalogueFindingTable {
  id: Generated<number>;
  entry_id: number;
  attachment_id: number | null;
  kind: string;
  excerpt: string;
  fingerprint: string;
  state: string;
  reason: string | null;
  resolved_by: string | null;
  created_at: string;
}

export interface CatalogueRegisterTable {
  id: Generated<number>;
  agency_id: number;
  year: number;
  kind: string;
  count: number;
  amount_fen: number;
  note: string;
  created_at: string;
}

/** FTS5 table on SQLite, plain table with a GIN tsvector index on PostgreSQL. */
export interface CatalogueSearchTable {
  entry_id: number;
  agency_id: number;
  tokens: string;
  raw: string;
}

/** SQLite only: FTS5 trigram table for substrings of 3 characters or more. */
export interface CatalogueSearchTriTable {
  entry_id: number;
  agency_id: number;
  raw: string;
}

export interface ChannelPostTable {
  id: Generated<number>;
  agency_id: number;
  entry_id: number;
  channel: string;
  note: string;
  actor_name: string;
  at: string;
}

export interface MediaAccountTable {
  id: Generated<number>;
  agency_id: number;
  platform: string;
  name: string;
  year: number;
  followers: number;
  posts: number;
}

export interface StandardItemTable {
  id: Generated<number>;
  agency_id: number;
  level1: string;
  level2: string;
  content: string;
  basis: string;
  time_limit: string;
  subject: string;
  channels: string;
  audience: string;
  mode: string;
  tier: string;
  column_id: number | null;
  sort: number;
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
