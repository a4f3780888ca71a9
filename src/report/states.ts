// The states an agency's annual report of a year passes through, with their labels (pure: the table types use them).
export const REPORT_STATES = ['draft', 'frozen', 'published'] as const;
export type ReportState = (typeof REPORT_STATES)[number];
export const REPORT_STATE_LABELS = {
  draft: '编制中',
  frozen: '已年终封账',
  published: '已公布',
} as const satisfies Record<ReportState, string>;
