// Decisions of a 复议机关 or a court, and the 表四 column each counts in. Data, shown to staff as it is.
// domain.md §5: 维持 (行政复议法第六十八条); 变更 (63), 撤销 (64), 确认违法 (65), 责令履行 (66), 确认无效 (67) correct the act;
// 驳回 (69), 终止 (41), 调解 (73), 和解 (74) are other results. The national format gives no official mapping of the last
// group (UNVERIFIED there); it is the one most reports use.

export const APPEAL_COLUMNS = ['upheld', 'corrected', 'other', 'pending'] as const;
export type AppealColumn = (typeof APPEAL_COLUMNS)[number];
export const APPEAL_COLUMN_LABELS = {
  upheld: '结果维持',
  corrected: '结果纠正',
  other: '其他结果',
  pending: '尚未审结',
} as const satisfies Record<AppealColumn, string>;

export const DECISIONS = {
  upheld: { label: '维持', column: 'upheld', basis: '行政复议法第六十八条' },
  changed: { label: '变更', column: 'corrected', basis: '行政复议法第六十三条' },
  revoked: { label: '撤销或部分撤销', column: 'corrected', basis: '行政复议法第六十四条' },
  confirmed_illegal: { label: '确认违法', column: 'corrected', basis: '行政复议法第六十五条' },
  ordered_to_perform: { label: '责令履行', column: 'corrected', basis: '行政复议法第六十六条' },
  confirmed_void: { label: '确认无效', column: 'corrected', basis: '行政复议法第六十七条' },
  rejected: { label: '驳回', column: 'other', basis: '行政复议法第六十九条' },
  terminated: { label: '终止', column: 'other', basis: '行政复议法第四十一条' },
  mediated: { label: '调解', column: 'other', basis: '行政复议法第七十三条' },
  settled: { label: '和解', column: 'other', basis: '行政复议法第七十四条' },
} as const satisfies Record<string, { label: string; column: Exclude<AppealColumn, 'pending'>; basis: string }>;
export type Decision = keyof typeof DECISIONS;

export function isDecision(v: string): v is Decision {
  return Object.hasOwn(DECISIONS, v);
}

/** 表四's three rows. */
export const APPEAL_KINDS = {
  reconsideration: { label: '行政复议', row: 'reconsideration' },
  litigation_direct: { label: '行政诉讼（未经复议直接起诉）', row: 'litigationDirect' },
  litigation_after_reconsideration: { label: '行政诉讼（复议后起诉）', row: 'litigationAfterReconsideration' },
} as const;
export type AppealKind = keyof typeof APPEAL_KINDS;

/** A decision that corrects the agency's act orders the request back into the workflow for a new reply. */
export function reopensRequest(decision: Decision): boolean {
  return DECISIONS[decision].column === 'corrected';
}
