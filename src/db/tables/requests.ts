// Table interfaces of 依申请公开 cases, their history, letters, attachments, outbox and deadline notices.
import type { Generated } from 'kysely';
import type { RequestState } from '../../requests/lifecycle.ts';
import type { Outcome } from '../../requests/outcomes.ts';

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
  /** Keyed hash of the submitted content: a retry with the same nonce must carry the same content (requests/submit.ts). */
  submit_fingerprint: string | null;
  /** The random 查询码, sealed: shown again only to a retry with the same nonce and content. */
  receipt_sealed: string | null;
  channel: string;
  receipt_evidence: string | null;
  received_on: string;
  state: RequestState;
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
  /** Before 0024 the address in clear; now always null (sealed in email_sealed). */
  email: string | null;
  email_sealed: string | null;
  address_sealed: string | null;
  info_title: string;
  info_doc_number: string | null;
  info_description: string;
  form_wanted: string;
  delivery: string;
  handler_user_id: number | null;
  outcome: Outcome | null;
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
  state_after: RequestState;
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
  /** Who it goes to, for lists: an applicant's address masked (the whole one sealed in recipient_sealed), or a staff label. */
  recipient: string;
  recipient_sealed: string | null;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
  attempts: Generated<number>;
  last_error: string | null;
  /** queued → sending → sent; back to queued after a failed attempt; failed once attempts are exhausted. */
  state: Generated<string>;
  /** When a sender claimed it: a claim older than the stale limit (a crashed sender) is taken over. */
  claimed_at: string | null;
  /** A failed message waits until then before the next attempt (backoff). */
  next_attempt_at: string | null;
  /** JSON `{ kind: 'letter', id }`: a letter of the case attached as PDF, rendered from its snapshot when sent. */
  attachment: string | null;
}

/** 第三十五条: the agency's thresholds of one applicant's applications that the case page points out. */
export interface RequestVolumeSettingsTable {
  agency_id: number;
  per_30_days: number;
  per_12_months: number;
  updated_at: string;
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

/** The last 申请编号 serial handed out for a receipt day (requests/store.ts nextRequestNumber). */
export interface RequestNumberDayTable {
  day: string;
  last: number;
}
