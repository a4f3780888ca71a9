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
