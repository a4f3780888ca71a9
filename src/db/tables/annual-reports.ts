// Table interfaces of the annual report: 表三's fact table of case episodes, and each agency's report per year.
import type { Generated } from 'kysely';
import type { ReportState } from '../../report/states.ts';

/** One handling of a case: from receipt (or reopening) to its closing with one outcome; open while closed_on is null. */
export interface RequestEpisodeTable {
  id: Generated<number>;
  agency_id: number;
  request_id: number;
  applicant_kind: string;
  started_on: string;
  closed_on: string | null;
  outcome: string | null;
}

export interface AnnualReportTable {
  id: Generated<number>;
  agency_id: number;
  year: number;
  /** draft · frozen (year-end snapshot taken) · published */
  state: ReportState;
  /** JSON: the editable text blocks, by key. */
  texts: string;
  /** JSON: the ReportFacts frozen at year-end close. */
  snapshot: string | null;
  snapshot_at: string | null;
  frozen_by: string | null;
  /** Why the report was published despite warnings. */
  justification: string | null;
  published_at: string | null;
  published_by: string | null;
  /** The catalogue entry in the 政府信息公开年度报告 column. */
  entry_id: number | null;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
}
