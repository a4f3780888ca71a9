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

export type CheckerJobState = 'queued' | 'running' | 'done' | 'failed';

/** A batch of the report checker as a job: queued by an upload or a re-check, run in the background. */
export interface CheckerJobTable {
  batch: string;
  agency_id: number;
  kind: 'uploaded' | 'rechecked';
  /** A re-check: the batch whose files it checks again. */
  from_batch: string | null;
  requested_by: number | null;
  state: CheckerJobState;
  /** Files to check, and how many have been read so far. */
  total: number;
  done: Generated<number>;
  attempts: Generated<number>;
  /** Why the run failed (state failed). */
  error: string | null;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  /** A running job's claim: past it, the run is taken to have died and the job is run again. */
  lease_until: string | null;
}

export interface CheckerJobFileTable {
  batch: string;
  seq: number;
  filename: string;
  sha256: string;
  size: number;
  /** 1 when its bytes are a blob under sha256. */
  stored: number;
  /** Why it cannot be read (too large, a broken zip entry): it is reported as unreadable without being read. */
  unreadable: string | null;
  is_parent: Generated<number>;
}
