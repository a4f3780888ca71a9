// Every kind of change the audit log records, with its payload. A closed union: an unknown action does not compile.

type Ev<A extends string, O extends string, S extends object = Record<string, never>> = {
  readonly action: A;
  readonly objectType: O;
  readonly objectId?: string | number | null;
  readonly agencyId?: number | null;
  readonly summary: S;
};

export type AuditEvent =
  | Ev<'agency.created', 'agency', { code: string; name: string; kind: string; parent: string | null }>
  | Ev<'agency.updated', 'agency', { code: string; before: Record<string, unknown>; after: Record<string, unknown> }>
  | Ev<'user.created', 'user', { username: string; roles: readonly string[] }>
  | Ev<'user.roles_changed', 'user', { username: string; before: readonly string[]; after: readonly string[] }>
  | Ev<'user.password_changed', 'user', { username: string }>
  | Ev<'user.disabled', 'user', { username: string; disabled: boolean }>
  | Ev<'user.unlocked', 'user', { username: string }>
  | Ev<'user.password_change_required', 'user', { username: string }>
  | Ev<'user.locked', 'user', { username: string; until: string; failures: number }>
  | Ev<'user.login', 'user', { username: string }>
  | Ev<'user.login_failed', 'user', { username: string; failures: number }>
  | Ev<'user.logout', 'user', { username: string }>
  | Ev<'user.email_changed', 'user', { username: string; hasEmail: boolean }>
  | Ev<'token.created', 'api_token', { name: string; prefix: string }>
  | Ev<'token.revoked', 'api_token', { name: string; prefix: string }>
  | Ev<'access.denied', 'access', { what: string; reason: string }>
  | Ev<
      'calendar.year_loaded',
      'calendar_year',
      { year: number; source: string; holidays: number; workdays: number; notice?: string | null }
    >
  | Ev<'calendar.deadlines_moved', 'calendar_year', { year: number; moved: number }>
  | Ev<'demo.seeded', 'agency', { code: string }>
  | Ev<'feedback.received', 'feedback', { subject: string; anonymous: boolean }>
  | Ev<'feedback.replied', 'feedback', { subject: string }>
  | Ev<'feedback.published', 'feedback', { subject: string; published: boolean }>
  | Ev<'training.recorded', 'training', { heldOn: string; topic: string }>
  | Ev<'accountability.recorded', 'accountability', { decidedOn: string }>
  | Ev<'responsibility.assigned', 'responsibility', { duty: string; person: string; since: string }>
  | Ev<'rule.adopted', 'rule_document', { series: string; version: number; title: string }>
  | Ev<'assessment.opened', 'assessment_round', { year: number; title: string; items: number }>
  | Ev<'assessment.scored', 'assessment_round', { unit: string; total: number }>
  | Ev<'key_task.added', 'key_task', { year: number; task: string }>
  | Ev<'key_task.completed', 'key_task', { task: string; doneOn: string }>
  | Ev<'appeal.recorded', 'appeal', { kind: string; body: string; filedOn: string }>
  | Ev<'appeal.updated', 'appeal', { step: string; before: Record<string, unknown>; after: Record<string, unknown> }>
  | Ev<'appeal.document_added', 'appeal', { kind: string; title: string }>
  | Ev<'catalogue.columns_created', 'agency', { columns: number; kind: string }>
  | Ev<'catalogue.column_quiet', 'catalogue_column', { name: string; until: string; note: string }>
  | Ev<'catalogue.settings_changed', 'agency', { requireSignOff: boolean }>
  | Ev<'catalogue.entry_created', 'catalogue_entry', { indexNo: string; title: string; legacy: boolean }>
  | Ev<'catalogue.entry_updated', 'catalogue_entry', { indexNo: string; version: number }>
  | Ev<
      'catalogue.reviewed',
      'catalogue_entry',
      { indexNo: string; action: string; from: string; to: string; comment: string; version: number }
    >
  | Ev<'catalogue.published', 'catalogue_entry', { indexNo: string; publishedOn: string; due: string; late: boolean }>
  | Ev<'catalogue.withdrawn', 'catalogue_entry', { indexNo: string; reason: string }>
  | Ev<
      'catalogue.corrected',
      'catalogue_entry',
      { indexNo: string; version: number; reason: string; correctionId?: number }
    >
  | Ev<'catalogue.correction_drafted', 'catalogue_entry', { indexNo: string; correctionId: number; reason: string }>
  | Ev<
      'catalogue.attachment_added',
      'catalogue_entry',
      { indexNo: string; filename: string; type: string; readable: boolean; sha256: string }
    >
  | Ev<'catalogue.attachment_removed', 'catalogue_entry', { indexNo: string; attachmentId: number }>
  | Ev<'catalogue.scanned', 'catalogue_entry', { indexNo: string; open: number }>
  | Ev<'catalogue.decisions_recorded', 'agency', { year: number; kind: string; count: number; amountFen: number }>
  | Ev<'catalogue.standard_item_saved', 'agency', { level1: string; level2: string }>
  | Ev<
      'catalogue.imported',
      'import_batch',
      { file: string; sha256: string; rows: number; published: number; stopped: number }
    >
  | Ev<'requests.imported', 'import_batch', { file: string; sha256: string; rows: number; years: number[] }>
  | Ev<'catalogue.standard_imported', 'agency', { file: string; items: number; replaced: number }>
  | Ev<'catalogue.standard_item_updated', 'standard_item', { level1: string; level2: string }>
  | Ev<'catalogue.standard_item_deleted', 'standard_item', { level1: string; level2: string }>
  | Ev<'catalogue.standard_items_reordered', 'agency', { items: number }>
  | Ev<'catalogue.standard_gaps_reminded', 'agency', { items: number; recipients: number }>
  | Ev<'catalogue.standard_item_linked', 'standard_item', { entryId: number; indexNo: string; linked: boolean }>
  | Ev<
      'catalogue.media_account_saved',
      'agency',
      { platform: string; name: string; year: number; followers: number; posts: number }
    >
  | Ev<'catalogue.channel_posted', 'catalogue_entry', { indexNo: string; channel: string }>
  | Ev<
      'catalogue.finding_resolved',
      'catalogue_entry',
      { indexNo: string; findingId: number; kind: string; how: string; reason: string | null }
    >
  | Ev<'request.submitted', 'request', { number: string; channel: string; receivedOn: string }>
  | Ev<
      'request.step',
      'request',
      { number: string; event: string; from: string; to: string; outcome?: string | null; onDate: string }
    >
  | Ev<'request.transferred', 'request', { number: string; from: string; to: string }>
  | Ev<'request.assigned', 'request', { number: string; handler: string }>
  | Ev<'request.personal_viewed', 'request', { number: string }>
  | Ev<'request.attachment_viewed', 'request', { number: string; kind: string }>
  | Ev<'request.lookup_refused', 'request', { number: string }>
  | Ev<'request.letter_issued', 'request', { number: string; kind: string }>
  | Ev<'data.rekeyed', 'request', { rows: number }>
  | Ev<'request.reminders_queued', 'request', { queued: number }>
  | Ev<
      'request.exported',
      'request',
      { format: string; filters: Record<string, string>; rows: number; unmasked: number }
    >
  | Ev<'catalogue.exported', 'catalogue_entry', { format: string; filters: Record<string, string>; rows: number }>
  | Ev<'request.volume_settings_changed', 'agency', { per30Days: number; per12Months: number }>
  | Ev<'request.deadline_notice_seen', 'request', { number: string; newDue: string | null }>
  | Ev<'report.texts_saved', 'annual_report', { year: number; blocks: readonly string[] }>
  | Ev<'report.frozen', 'annual_report', { year: number; refreeze: boolean; received: number; proactive: number }>
  | Ev<
      'report.published',
      'annual_report',
      { year: number; indexNo: string; warnings: number; justification: string | null }
    >
  | Ev<
      'report.finding_reviewed',
      'report_finding_review',
      { subject: string; fingerprint: string; decision: string; reason: string; replaced: string | null }
    >
  | Ev<'report.uploaded', 'report_upload', { batch: string; files: number }>
  | Ev<'report.rechecked', 'report_upload', { batch: string; from: string; files: number }>
  | Ev<'report.checked', 'report_upload', { batch: string; files: number; unread: number; errors: number }>
  | Ev<
      'catalogue.column_reminded',
      'catalogue_column',
      { name: string; flag: string; staleAfter: string; recipients: number }
    >
  | Ev<'catalogue.column_owner_set', 'catalogue_column', { name: string; owner: string | null }>
  | Ev<'catalogue.column_notice_seen', 'catalogue_column', { name: string; staleAfter: string }>
  | Ev<'outbox.retry', 'outbox', { recipient: string; subject: string; attempts: number }>;
