// 依申请公开办理流程 (条例第四十五条: 登记、审核、办理、答复、归档) as one declarative table: which event moves a case
// from which state to which, who may cause it, and the guard each event must pass. Time-based status (overdue, due
// soon) is derived by clock.ts when reading, never stored.
import { DomainError } from '../errors.ts';
import type { Outcome } from './outcomes.ts';

export const STATES = [
  'received', // 登记
  'awaiting_correction', // 补正中 (第三十条)
  'processing', // 办理中
  'consulting', // 征求第三方 / 其他机关意见 (第三十二条, 第三十四条)
  'extension_pending', // 延期待批 (第三十三条第二款: 工作机构负责人同意)
  'awaiting_fee', // 待缴费 (信息处理费管理办法)
  'replied', // 已答复
  'delivered', // 已送达
  'archived', // 归档
  'withdrawn', // 撤回
  'deemed_abandoned', // 视为放弃
  'awaiting_reasons', // 待说明理由 (第三十五条: 数量、频次明显超过合理范围)
] as const;
export type RequestState = (typeof STATES)[number];

export const STATE_LABELS = {
  received: '已登记',
  awaiting_correction: '待补正',
  processing: '办理中',
  consulting: '征求意见中',
  extension_pending: '延期待批准',
  awaiting_fee: '待缴费',
  replied: '已答复',
  delivered: '已送达',
  archived: '已归档',
  withdrawn: '已撤回',
  deemed_abandoned: '视为放弃',
  awaiting_reasons: '待申请人说明理由',
} as const satisfies Record<RequestState, string>;

export const EVENTS = [
  'accepted',
  'correction_requested',
  'corrected',
  'correction_lapsed',
  'consultation_started',
  'consultation_ended',
  'extension_requested',
  'extension_approved',
  'extension_refused',
  'fee_notice_sent',
  'fee_paid',
  'fee_lapsed',
  'replied',
  'delivered',
  'archived',
  'withdrawn',
  'transferred',
  'reopened',
  'reasons_requested',
  'reasons_answered',
  'reply_delayed',
  'consultation_received',
  'fee_notice_received',
] as const;
export type RequestEventType = (typeof EVENTS)[number];

export const EVENT_LABELS = {
  accepted: '受理',
  correction_requested: '告知补正',
  corrected: '收到补正',
  correction_lapsed: '逾期未补正（视为放弃）',
  consultation_started: '征求意见',
  consultation_ended: '收到意见 / 意见期届满',
  extension_requested: '申请延期',
  extension_approved: '批准延期',
  extension_refused: '不批准延期',
  fee_notice_sent: '发出收费通知',
  fee_paid: '已缴费',
  fee_lapsed: '逾期未缴费（视为放弃）',
  replied: '答复',
  delivered: '送达',
  archived: '归档',
  withdrawn: '撤回申请',
  transferred: '转送其他机关',
  reopened: '复议或诉讼结果纠正，重新办理',
  reasons_requested: '要求说明理由（申请数量、频次明显超过合理范围）',
  reasons_answered: '收到理由说明 / 说明期限届满',
  reply_delayed: '确定延迟答复的合理期限',
  consultation_received: '记录对方收到征求意见书',
  fee_notice_received: '记录申请人收到收费通知',
} as const satisfies Record<RequestEventType, string>;

/** Who may cause an event: the applicant (with the 查询码), a clerk (request.handle), the head (request.approve_extension). */
export type Party = 'applicant' | 'clerk' | 'head';

const OPEN = [
  'received',
  'processing',
  'consulting',
  'extension_pending',
  'awaiting_fee',
  'awaiting_correction',
  'awaiting_reasons',
] as const;

// state × event → next state. `satisfies Record<RequestState, …>`: a state without a row does not compile.
export const NEXT = {
  received: {
    accepted: 'processing',
    correction_requested: 'awaiting_correction',
    withdrawn: 'withdrawn',
    transferred: 'received',
  },
  awaiting_correction: { corrected: 'processing', correction_lapsed: 'deemed_abandoned', withdrawn: 'withdrawn' },
  processing: {
    correction_requested: 'awaiting_correction',
    consultation_started: 'consulting',
    extension_requested: 'extension_pending',
    fee_notice_sent: 'awaiting_fee',
    replied: 'replied',
    withdrawn: 'withdrawn',
    transferred: 'received',
    // 第三十五条: an application whose number or frequency clearly exceeds a reasonable range → ask for reasons; once
    // they are weighed, reasonable reasons may get a reasonable later reply date (reply_delayed), unreasonable ones a
    // reply "不予处理" (outcome excessive, 表三 notProcessed.excessive).
    reasons_requested: 'awaiting_reasons',
    reply_delayed: 'processing',
  },
  // 第三十二条 / 第三十四条: the 15 working days run from the addressee's receipt of the request for its opinion.
  consulting: { consultation_received: 'consulting', consultation_ended: 'processing', withdrawn: 'withdrawn' },
  extension_pending: { extension_approved: 'processing', extension_refused: 'processing', withdrawn: 'withdrawn' },
  // 信息处理费: the 20 working days to pay run from the applicant's receipt of the notice.
  awaiting_fee: {
    fee_notice_received: 'awaiting_fee',
    fee_paid: 'processing',
    fee_lapsed: 'deemed_abandoned',
    withdrawn: 'withdrawn',
  },
  // A 复议 or 诉讼 decision that corrects the reply (撤销, 责令履行 …) sends the case back to be answered again.
  replied: { delivered: 'delivered', reopened: 'processing' },
  delivered: { archived: 'archived', reopened: 'processing' },
  archived: { reopened: 'processing' },
  withdrawn: { archived: 'archived' },
  deemed_abandoned: { archived: 'archived' },
  // The Regulation does not stop the count while the applicant states reasons (no pause in 第三十三条第三款); the
  // agency's remedy for a case it cannot answer in time is the delayed reply date of 第三十五条.
  awaiting_reasons: { reasons_answered: 'processing', withdrawn: 'withdrawn' },
} as const satisfies Record<RequestState, Partial<Record<RequestEventType, RequestState>>>;

// event → who may cause it. `satisfies Record<RequestEventType, …>`: an event without a row does not compile.
export const WHO = {
  accepted: ['clerk'],
  correction_requested: ['clerk'],
  corrected: ['applicant', 'clerk'],
  correction_lapsed: ['clerk'],
  consultation_started: ['clerk'],
  consultation_ended: ['clerk'],
  extension_requested: ['clerk'],
  // 第三十三条第二款: "应当经政府信息公开工作机构负责人同意"
  extension_approved: ['head'],
  extension_refused: ['head'],
  fee_notice_sent: ['clerk'],
  fee_paid: ['clerk'],
  fee_lapsed: ['clerk'],
  replied: ['clerk'],
  delivered: ['clerk'],
  archived: ['clerk'],
  withdrawn: ['applicant', 'clerk'],
  transferred: ['clerk'],
  reopened: ['clerk'],
  reasons_requested: ['clerk'],
  reasons_answered: ['clerk'],
  reply_delayed: ['clerk'],
  consultation_received: ['clerk'],
  fee_notice_received: ['clerk'],
} as const satisfies Record<RequestEventType, readonly Party[]>;

/** Closed states: the case has its outcome. */
export const CLOSED: readonly RequestState[] = ['replied', 'delivered', 'archived', 'withdrawn', 'deemed_abandoned'];
export const OPEN_STATES: readonly RequestState[] = OPEN;

/** What the guards look at: the case so far, the day of the step, the clock before it, and the event's payload. */
export type CaseFacts = {
  state: RequestState;
  outcome: Outcome | null;
  /** Event types already in the history. */
  history: readonly RequestEventType[];
  /** The day the step happens (staff may enter an earlier day, e.g. a 签收 recorded later). */
  on?: string;
  /** The case's clock before this step (clock.ts); the guards that depend on dates refuse when it is missing. */
  clock?: ClockFacts;
};
export type ClockFacts = {
  /** The reply due date as it stands; null while the 补正 has not arrived. */
  due: string | null;
  /** The last day of the 补正 period the notice gave (第三十条), while the correction is awaited. */
  correctionLapsesAfter?: string;
  /** The last day to pay the fee, counted from the applicant's receipt of the notice. */
  feeLapsesAfter?: string;
};
export type Payload = {
  appealId?: number;
  outcome?: Outcome;
  basis?: string;
  evidence?: string;
  workingDays?: number;
  toAgencyId?: number;
  fromAgencyId?: number;
  until?: string;
  reason?: string;
  holder?: string;
};

/** The outcome an event sets by itself (视为放弃, 撤回), or the one the reply records. */
export function outcomeOf(event: RequestEventType, p: Payload): Outcome | undefined {
  if (event === 'correction_lapsed') return 'no_correction';
  if (event === 'fee_lapsed') return 'unpaid_fee';
  if (event === 'withdrawn') return 'withdrawn';
  if (event === 'replied') return p.outcome;
  return undefined;
}

/** Events `party` may cause in `state` (for the buttons staff and applicants see). */
export function allowedEvents(state: RequestState, parties: readonly Party[]): RequestEventType[] {
  const row: Partial<Record<RequestEventType, RequestState>> = NEXT[state];
  return (Object.keys(row) as RequestEventType[])
    .filter((e) => e !== 'reopened') // comes from the appeal's decision, never from a button on the case
    .filter((e) => (WHO[e] as readonly Party[]).some((p) => parties.includes(p)));
}

/** Throws `forbidden` unless one of the parties may cause the event (WHO). Checked before the state and the input. */
export function checkParty(event: RequestEventType, parties: readonly Party[]): void {
  if ((WHO[event] as readonly Party[]).some((x) => parties.includes(x))) return;
  throw new DomainError(
    'forbidden',
    event === 'extension_approved' || event === 'extension_refused'
      ? '延长答复期限须经政府信息公开工作机构负责人批准（条例第三十三条第二款）。'
      : `您无权“${EVENT_LABELS[event]}”。`,
  );
}

/** The state the event leads to from `state`, or `illegal_transition`. */
export function checkState(state: RequestState, event: RequestEventType): RequestState {
  const row: Partial<Record<RequestEventType, RequestState>> = NEXT[state];
  const next = row[event];
  if (!next)
    throw new DomainError('illegal_transition', `案件当前为“${STATE_LABELS[state]}”，不能“${EVENT_LABELS[event]}”。`);
  return next;
}
