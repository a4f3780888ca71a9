// Table interfaces of the 信息公开目录: columns, entries, review, attachments, findings, registers, search, channels.
import type { Generated } from 'kysely';
import type { EntryState } from '../../catalogue/review.ts';

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
  /** The staff member reminded before the column goes stale; null: the agency's clerks. */
  owner_user_id: number | null;
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
  state: EntryState;
  version: number;
  corrected: Generated<number>;
  author_id: number;
  author_name: string;
  reviewer_name: string | null;
  publisher_name: string | null;
  created_at: string;
  updated_at: string;
  /** A correction draft: the published entry it corrects (0017). */
  corrects_id: number | null;
  correction_reason: string | null;
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

/** PostgreSQL: the search index (search/postgres.ts). SQLite keeps its index in an FTS5 table (search/sqlite.ts). */
export interface CatalogueSearchTable {
  entry_id: number;
  agency_id: number;
  grp: number;
  sort_key: number;
  column_id: number;
  genre: string;
  validity: string;
  topic: string;
  title: string;
  words: string;
  raw: string;
  keys: string[];
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

export interface CataloguePublicVersionTable {
  agency_id: number;
  version: number;
}

export interface ColumnReminderTable {
  id: Generated<number>;
  agency_id: number;
  column_id: number;
  stale_after: string;
  flag: string;
  created_at: string;
}

export interface ColumnReminderNoticeTable {
  id: Generated<number>;
  reminder_id: number;
  agency_id: number;
  user_id: number;
  seen_at: string | null;
}
