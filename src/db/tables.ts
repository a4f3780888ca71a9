// The DB type every store query is checked against, assembled from one file of table interfaces per room (tables/).
// Dates are 'YYYY-MM-DD' text, instants ISO text, booleans 0/1, JSON as text parsed in the store.
import type {
  AgencyTable,
  UserTable,
  UserRoleTable,
  SessionTable,
  ApiTokenTable,
  AuditLogTable,
  AuditHeadTable,
  AuditChainTable,
  RateLimitTable,
} from './tables/foundation.ts';
import type {
  FeedbackTable,
  TrainingTable,
  AccountabilityTable,
  ResponsibilityTable,
  RuleDocumentTable,
  AssessmentRoundTable,
  AssessmentResultTable,
  KeyTaskTable,
} from './tables/supervision.ts';
import type { AppealTable, AppealDocumentTable } from './tables/appeals.ts';
import type { CalendarYearTable, CalendarDayTable } from './tables/calendar.ts';
import type {
  RequestTable,
  RequestEventTable,
  RequestLetterTable,
  OutboxTable,
  RequestVolumeSettingsTable,
  RequestAttachmentTable,
  DeadlineNoticeTable,
  RequestNumberDayTable,
} from './tables/requests.ts';
import type {
  CatalogueSettingsTable,
  CatalogueColumnTable,
  CatalogueSerialTable,
  CatalogueEntryTable,
  CatalogueVersionTable,
  CatalogueApprovalTable,
  CatalogueAttachmentTable,
  CatalogueFindingTable,
  CatalogueRegisterTable,
  CatalogueSearchTable,
  ChannelPostTable,
  MediaAccountTable,
  StandardItemTable,
  CataloguePublicVersionTable,
  ColumnReminderTable,
  ColumnReminderNoticeTable,
} from './tables/catalogue.ts';
import type { RequestEpisodeTable, AnnualReportTable } from './tables/annual-reports.ts';
import type {
  ImportBatchTable,
  ImportedEntryTable,
  ImportedRequestTable,
  StandardItemEntryTable,
} from './tables/imports.ts';
export type * from './tables/foundation.ts';
export type * from './tables/supervision.ts';
export type * from './tables/appeals.ts';
export type * from './tables/calendar.ts';
export type * from './tables/requests.ts';
export type * from './tables/catalogue.ts';
import type {
  CheckerJobFileTable,
  CheckerJobTable,
  ReportFindingReviewTable,
  ReportUploadTable,
} from './tables/reports.ts';
export type * from './tables/reports.ts';
import type { DataUpgradeTable, LoginThrottleTable, StoredFileChunkTable, StoredFileTable } from './tables/security.ts';
export type * from './tables/security.ts';

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
  audit_chains: AuditChainTable;
  calendar_years: CalendarYearTable;
  calendar_days: CalendarDayTable;
  deadline_notices: DeadlineNoticeTable;
  requests: RequestTable;
  request_events: RequestEventTable;
  request_letters: RequestLetterTable;
  request_attachments: RequestAttachmentTable;
  outbox: OutboxTable;
  request_volume_settings: RequestVolumeSettingsTable;
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
  catalogue_channel_posts: ChannelPostTable;
  media_accounts: MediaAccountTable;
  standard_items: StandardItemTable;
  request_episodes: RequestEpisodeTable;
  annual_reports: AnnualReportTable;
  report_finding_reviews: ReportFindingReviewTable;
  report_uploads: ReportUploadTable;
  checker_jobs: CheckerJobTable;
  checker_job_files: CheckerJobFileTable;
  catalogue_public_versions: CataloguePublicVersionTable;
  column_reminders: ColumnReminderTable;
  column_reminder_notices: ColumnReminderNoticeTable;
  rate_limits: RateLimitTable;
  login_throttle: LoginThrottleTable;
  data_upgrades: DataUpgradeTable;
  stored_files: StoredFileTable;
  stored_file_chunks: StoredFileChunkTable;
  request_number_days: RequestNumberDayTable;
  import_batches: ImportBatchTable;
  imported_entries: ImportedEntryTable;
  imported_requests: ImportedRequestTable;
  standard_item_entries: StandardItemEntryTable;
}
