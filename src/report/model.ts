// The gongkai report JSON (report-schema.md, "gongkai.report/1"): one shape for built, parsed, checked and rendered
// reports. A public contract: change it only by adding fields.

import type {
  AppealColumn,
  AppealGroup,
  ApplicantColumn,
  ApplicationRowKey,
  FormatVersion,
  ProactiveColumnKey,
  ProactiveRowKey,
} from './format.ts';

export type { AppealColumn, AppealGroup, ApplicantColumn, FormatVersion };

export type AgencyLevel = 'province' | 'city' | 'county' | 'township' | 'street' | 'department' | 'other';
export type ReportFormat = FormatVersion | 'mixed' | 'unknown';
export type SourceKind = 'text' | 'html' | 'docx' | 'pdf' | 'live';
export type Severity = 'error' | 'warning' | 'info';

/** A cell: a number, or null when the document leaves it blank or it could not be read (never 0 for "unknown"). */
export type Cell = number | null;
/** Object.entries with the object's own key type (the tables are keyed by the format's unions, not by string). */
export const entriesOf = <K extends string, V>(o: Partial<Record<K, V>>): [K, V][] => Object.entries(o) as [K, V][];

/** A 表二 row: its columns (2021 and 2019 rows carry different column keys; a mixed report may hold both). */
export type CellRow = Partial<Record<ProactiveColumnKey, Cell>>;

/** 表三: the rows of the report's format (a mixed report may hold the rows of both). */
export type ApplicationsTable = Partial<Record<ApplicationRowKey, Record<ApplicantColumn, Cell>>>;
/** 表二: row key → its columns; a row of the format that the document does not give is null. */
export type ProactiveTable = Partial<Record<ProactiveRowKey, CellRow | null>>;
export type AppealsTable = Record<AppealGroup, Record<AppealColumn, Cell>>;

export type Finding = {
  rule: string;
  severity: Severity;
  table?: 'proactive' | 'applications' | 'appeals';
  row?: string;
  column?: string;
  expected?: number | string;
  actual?: number | string;
  message: string;
  /** Where in the checked text the finding points (an added field): offsets [from, to) and the 1-based line. */
  source?: TextSpan;
  /** Stable hash of rule + cell + values, so a dismissal sticks across re-runs (an added field). */
  fingerprint: string;
};

/** A place in the text as read (a PDF's, a Word file's or a web page's extracted text): [from, to) and its line. */
export type TextSpan = { from: number; to: number; line: number };
/** Where a cell was read (an added field), or that it was derived from the table's identities rather than printed. */
export type CellSource = TextSpan | { inferred: true };
export type ReportTrace = Partial<
  Record<'proactive' | 'applications' | 'appeals', Record<string, Record<string, CellSource>>>
>;

export type Narrative = {
  proactiveCount: number | null;
  applicationsReceived: number | null;
  reconsiderations: number | null;
  lawsuits: number | null;
};

export type Report = {
  schema: 'gongkai.report/1';
  agency: { name: string | null; level: AgencyLevel | null };
  year: number | null;
  format: ReportFormat;
  source: { file?: string; kind: SourceKind };
  tables: {
    proactive: ProactiveTable | null;
    applications: ApplicationsTable | null;
    appeals: AppealsTable | null;
  };
  narrative: Narrative;
  findings: Finding[];
  /** Only on an entry for a file that could not be read (an added field): why, in Chinese. */
  error?: string;
  /** Only on a report read from a document (an added field): where each cell was read. */
  trace?: ReportTrace;
};

/** What a rule may read besides the report: last year's report of the same agency, and the prose of the document. */
export type CheckContext = {
  previous?: Report | null;
  prose?: string | null;
  /** For a report read from a document: a span of `prose` (same offsets as the text read) → its place in the original. */
  locate?: (from: number, to: number) => TextSpan;
};
