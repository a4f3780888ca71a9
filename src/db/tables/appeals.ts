// Table interfaces of 行政复议 / 行政诉讼 cases and their documents.
import type { Generated } from 'kysely';
import type { AppealKind, Decision as AppealDecision } from '../../appeals/outcomes.ts';

export interface AppealTable {
  id: Generated<number>;
  agency_id: number;
  /** reconsideration · litigation_direct · litigation_after_reconsideration */
  kind: AppealKind;
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
  decision: AppealDecision | null;
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
