// Table interfaces of 社会评议, training, accountability, 工作机制, 工作考核 and 重点工作任务.
import type { Generated } from 'kysely';

export interface FeedbackTable {
  id: Generated<number>;
  agency_id: number;
  /** sha256 of the tracking code given to the sender: the code itself is never stored. */
  code_hash: string;
  /** The form's one-time key: a double submit finds the first row instead of making a second. */
  submit_key: string;
  /** Before 0024 in clear; now always null (sealed in name_sealed, contact_sealed). */
  name: string | null;
  contact: string | null;
  name_sealed: string | null;
  contact_sealed: string | null;
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
