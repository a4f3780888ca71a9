// Table interfaces of the annual report room: finding reviews and uploaded reports checked by the report checker.
import type { Generated } from 'kysely';
import type { Decision } from '../../report/reviews.ts';

export interface ReportFindingReviewTable {
  id: Generated<number>;
  /** The reviewing agency: each agency keeps its own decisions. */
  agency_id: number;
  /** What was checked: `upload:<sha256>`, `published:<agency name>:<year>`, `annual:<agencyId>:<year>`. */
  subject: string;
  fingerprint: string;
  /** 'confirmed' | 'dismissed' */
  decision: Decision;
  reason: string;
  actor_user_id: number | null;
  actor_name: string;
  at: string;
}

export interface ReportUploadTable {
  id: Generated<number>;
  /** The uploader's agency. */
  agency_id: number;
  batch: string;
  filename: string;
  /** The review subject its findings are reviewed under (see ReportFindingReviewTable.subject). */
  subject: string;
  sha256: string;
  size: number;
  /** The report JSON of report-schema.md, findings included (an unreadable file: nothing read, plus `error`). */
  report_json: string;
  error: string | null;
  /** 1 when the file's bytes are kept as a blob under its sha256 (so the batch can be checked again). */
  stored: Generated<number>;
  /** 1 for the parent's report the uploader named: checked against the sum of the batch's other reports of its year. */
  is_parent: Generated<number>;
  uploaded_by: number | null;
  created_at: string;
}
