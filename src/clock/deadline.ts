// The deadline engine: folds a case's events into its reply due date, with the trace of every day examined and the
// articles applied. Pure: the calendar comes in as data, nothing is read from the clock or the database.
//
// Counting conventions (issue 3, fixed so every part of the system agrees):
// - the due date is the 20th counted working day strictly after the receipt date (期间开始之日不计算在内; a receipt
//   on a holiday changes nothing: the first counted day is still the first working day after it);
// - 补正: the notice is due on the 7th working day strictly after receipt; the 20 days are counted afresh strictly
//   after the day the corrected application was received (第三十条); until it arrives there is no due date;
// - consultation and fee periods: every day from the start event's date through the end event's date, both
//   included, is not counted (第三十三条第三款); the 15-working-day answer period of a consultation and the
//   20-working-day payment period of a fee notice run from the addressee's receipt (`receivedOn`) when recorded, else
//   from sending;
// - an extension of W working days continues the count for W more counted days after the current due date; one
//   decided after that due date extends nothing (第三十三条第二款 extends a period still running: an overdue case stays
//   overdue);
// - provisional when any day examined lies in a year whose arrangement is not loaded.
import { type LocalDate, toDay } from '../calendar/dates.ts';
import { type Calendar, addWorkingDaysN, coversN, dateText, workingDaysBetweenN } from '../calendar/working-days.ts';
import type { DeadlineEvent, DeadlineInput } from './input.ts';
import { BASIS, PERIODS, RECEIPT_RULES } from './rules.ts';
import { type Pause, type PauseKind, type TraceDay, buildTrace } from './trace.ts';

export type DeadlineResult = {
  /** The reply due date; null while the applicant has not sent the 补正 (the 20 days have not started). */
  due: LocalDate | null;
  /** The due date under 第三十三条 before a 第三十五条 delayed-reply date replaced it. */
  statutoryDue?: LocalDate;
  provisional: boolean;
  /** 第三十条: the last day to send the one-time 补正 notice. */
  correctionNoticeDue: LocalDate;
  correctionNoticeLate?: boolean;
  /** 视为放弃 if the correction has not arrived by the end of this day (the period the notice gave). */
  correctionLapsesAfter?: LocalDate;
  /** 视为放弃 if the fee is not paid by the end of this day. */
  feeLapsesAfter?: LocalDate;
  /** The day the count starts after: the receipt, or the receipt of the 补正. */
  countedFrom: LocalDate;
  /** Working days counted: 20 plus extensions. */
  workingDays: number;
  pauses: { kind: PauseKind; from: LocalDate; to: LocalDate; assumed: boolean }[];
  /** Things staff should know about this result, in Chinese. */
  notes: string[];
  basis: string[];
  trace?: TraceDay[];
};

type Party = 'third_party' | 'agency';
type State = {
  R: number;
  correctionAt?: number;
  replyBy?: number;
  correctionReceived?: number;
  open: Partial<Record<Party, { sent: number; received?: number }>>;
  pauses: Pause[];
  feeSent?: number;
  feeReceived?: number;
  feePaid?: number;
  extensions: { day: number; workingDays: number }[];
  delayed?: { until: number; reason: string };
  basis: string[];
  notes: string[];
};

/** `day` is the event's date as a day number, parsed once. */
type Apply<K extends DeadlineEvent['type']> = (
  s: State,
  e: Extract<DeadlineEvent, { type: K }>,
  day: number,
  cal: Calendar,
) => void;

// One line per event type: what it does to the count.
const APPLY: { [K in DeadlineEvent['type']]: Apply<K> } = {
  correctionRequested: (s, e, day) => {
    s.correctionAt = day;
    if (e.replyBy) s.replyBy = toDay(e.replyBy);
    cite(s, PERIODS.correctionNotice.basis);
  },
  correctionReceived: (s, _e, day) => {
    s.correctionReceived = day;
    cite(s, BASIS.correctionRestart);
  },
  consultationStarted: (s, e, day) => {
    s.open[e.party] = { sent: day, ...(e.receivedOn ? { received: toDay(e.receivedOn) } : {}) };
  },
  // The pause ends on the answer's date, or when the 15-working-day answer period ends if that comes first: after
  // it the agency decides itself (第三十二条 "第三方逾期未提出意见的，由行政机关…决定"; 第三十四条 "逾期…视为同意公开").
  // Both articles count the period "自收到征求意见书之日起": from the recorded receipt, else from sending.
  consultationEnded: (s, e, day, cal) => {
    const { sent: from, received } = s.open[e.party]!;
    s.open[e.party] = undefined;
    const period = answerPeriod(e.party);
    const answerDue = addWorkingDaysN(cal, received ?? from, period.length);
    const to = Math.min(day, answerDue);
    if (to < day)
      s.notes.push(`${e.date} 收到的意见晚于15个工作日答复期（${dateText(cal, answerDue)}），暂停只计算到答复期届满`);
    s.pauses.push({ from, to, kind: e.party, assumed: false });
    cite(s, period.basis);
    cite(s, BASIS.consultationExcluded);
  },
  feeNoticeSent: (s, e, day) => {
    s.feeSent = day;
    if (e.receivedOn) s.feeReceived = toDay(e.receivedOn);
    cite(s, BASIS.feeExcluded);
  },
  feePaid: (s, _e, day) => {
    s.feePaid = day;
  },
  extended: (s, e, day) => {
    s.extensions.push({ day, workingDays: e.workingDays });
  },
  delayedReply: (s, e) => {
    s.delayed = { until: toDay(e.until), reason: e.reason };
    cite(s, BASIS.delayedReply);
  },
};

function cite(s: State, basis: string): void {
  if (!s.basis.includes(basis)) s.basis.push(basis);
}

function answerPeriod(party: 'third_party' | 'agency') {
  return party === 'third_party' ? PERIODS.thirdPartyAnswer : PERIODS.agencyAnswer;
}

export function computeDeadline(
  cal: Calendar,
  input: DeadlineInput,
  options: { trace?: boolean } = {},
): DeadlineResult {
  const R = toDay(input.received);
  const receipt = RECEIPT_RULES[input.channel];
  const s: State = {
    R,
    open: {},
    pauses: [],
    extensions: [],
    basis: [receipt.basis, BASIS.counting, PERIODS.reply.basis],
    notes: [],
  };
  let lastEvent = R;
  for (const e of input.events) {
    const day = toDay(e.date);
    if (day > lastEvent) lastEvent = day;
    (APPLY[e.type] as Apply<typeof e.type>)(s, e as never, day, cal);
  }
  closeOpenPeriods(s, cal);

  const correctionNoticeDue = addWorkingDaysN(cal, R, PERIODS.correctionNotice.length);
  const awaitingCorrection = s.correctionAt !== undefined && s.correctionReceived === undefined;
  const anchor = s.correctionReceived ?? R;
  const pauses = s.pauses.length > 1 ? mergePauses(s.pauses) : s.pauses;
  const workingDays = PERIODS.reply.length + (awaitingCorrection ? 0 : extensionDays(s, cal, anchor, pauses));
  const statutoryDue = awaitingCorrection ? undefined : countWithPauses(cal, anchor, workingDays, pauses);
  if (awaitingCorrection) s.notes.push('等待申请人补正：答复期限自收到补正申请之日起重新计算（条例第三十条）');

  // The last day examined: provisional if any day from the receipt to it lies in a year not loaded.
  let last = Math.max(correctionNoticeDue, lastEvent, statutoryDue ?? 0, s.replyBy ?? 0);
  for (const p of pauses) if (p.to > last) last = p.to;
  let due = statutoryDue;
  if (s.delayed && statutoryDue !== undefined) {
    s.notes.push(`延迟答复（条例第三十五条）：${s.delayed.reason}`);
    due = s.delayed.until;
    if (due > last) last = due;
  }
  const provisional = !coversN(cal, R, last);
  if (provisional)
    s.notes.push(
      '所涉年份的放假安排尚未公布：暂按《全国年节及纪念日放假办法》规定的法定节假日和周一至周五计算，调休安排公布后将重新计算',
    );

  const result: DeadlineResult = {
    due: due === undefined ? null : dateText(cal, due),
    provisional,
    correctionNoticeDue: dateText(cal, correctionNoticeDue),
    countedFrom: dateText(cal, anchor),
    workingDays,
    pauses: pauses.map((p) => ({
      kind: p.kind,
      from: dateText(cal, p.from),
      to: dateText(cal, p.to),
      assumed: p.assumed,
    })),
    notes: s.notes,
    basis: s.basis,
  };
  if (s.delayed && statutoryDue !== undefined) result.statutoryDue = dateText(cal, statutoryDue);
  if (s.correctionAt !== undefined) result.correctionNoticeLate = s.correctionAt > correctionNoticeDue;
  if (awaitingCorrection && s.replyBy !== undefined) result.correctionLapsesAfter = dateText(cal, s.replyBy);
  const feeLapse = pauses.find((p) => p.kind === 'fee' && p.assumed);
  if (feeLapse) result.feeLapsesAfter = dateText(cal, feeLapse.to);
  if (options.trace !== false) {
    const end = statutoryDue ?? Math.max(correctionNoticeDue, s.replyBy ?? 0, lastEvent);
    result.trace = buildTrace(cal, { R, anchor, awaitingCorrection, end, pauses, receivedIs: receipt.receivedIs });
  }
  return result;
}

// A consultation without its end event pauses the count until its 15-working-day answer period ends (第三十二条,
// 第三十四条); an unpaid fee pauses it until the 20-working-day payment period ends, after which the application
// is 视为放弃. Both are marked `assumed` and said in the notes, so staff see the due date is conditional.
function closeOpenPeriods(s: State, cal: Calendar): void {
  for (const party of ['third_party', 'agency'] as const) {
    const open = s.open[party];
    if (open === undefined) continue;
    const from = open.sent;
    const period = answerPeriod(party);
    const to = addWorkingDaysN(cal, open.received ?? from, period.length);
    s.pauses.push({ from, to, kind: party, assumed: true });
    s.notes.push(
      `征求意见尚未收到答复：按${period.length}个工作日答复期届满（${dateText(cal, to)}）计算暂停期间（${period.basis}）`,
    );
    cite(s, period.basis);
    cite(s, BASIS.consultationExcluded);
  }
  if (s.feeSent !== undefined) {
    // "申请人应当在收到收费通知次日起20个工作日内缴纳费用": from the applicant's receipt of the notice, not its sending.
    const lapse = addWorkingDaysN(cal, s.feeReceived ?? s.feeSent, PERIODS.feePayment.length);
    const paid = s.feePaid !== undefined;
    s.pauses.push({ from: s.feeSent, to: s.feePaid ?? lapse, kind: 'fee', assumed: !paid });
    if (!paid && s.feeReceived === undefined)
      s.notes.push(
        `收费通知的送达日期尚未记录：缴费期限自申请人收到通知次日起20个工作日，暂按发出之日计至 ${dateText(cal, lapse)}；记录送达后重新计算`,
      );
    else if (!paid)
      s.notes.push(
        `尚未缴纳信息处理费：截至 ${dateText(cal, lapse)} 仍未缴纳的，视为放弃申请；答复期限暂按该日缴费计算`,
      );
  }
}

function mergePauses(pauses: Pause[]): Pause[] {
  const sorted = [...pauses].sort((a, b) => a.from - b.from);
  const out: Pause[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (prev && p.from <= prev.to + 1) {
      if (p.to > prev.to) out[out.length - 1] = { ...prev, to: p.to, assumed: prev.assumed || p.assumed };
    } else out.push(p);
  }
  return out;
}

/** The n-th counted working day strictly after `anchor`, skipping the paused days. Pauses sorted and disjoint. */
export function countWithPauses(cal: Calendar, anchor: number, n: number, pauses: readonly Pause[]): number {
  let pos = anchor;
  let remaining = n;
  for (const p of pauses) {
    if (p.to <= pos) continue;
    const from = Math.max(p.from, pos + 1);
    const candidate = addWorkingDaysN(cal, pos, remaining);
    if (candidate < from) return candidate;
    remaining -= workingDaysBetweenN(cal, pos, from - 1);
    pos = p.to;
  }
  return addWorkingDaysN(cal, pos, remaining);
}

// 第三十三条第二款 allows extending the period, not reviving one that has run out: each extension counts only when
// decided on or before the due date as it stood then; a later one is noted and extends nothing.
function extensionDays(s: State, cal: Calendar, anchor: number, pauses: readonly Pause[]): number {
  let days = 0;
  for (const e of s.extensions) {
    const standing = countWithPauses(cal, anchor, PERIODS.reply.length + days, pauses);
    if (e.day > standing) {
      s.notes.push(
        `延长决定（${dateText(cal, e.day)}）晚于当时的答复期限 ${dateText(cal, standing)}：期限已届满，不能再延长，本案仍按逾期计算（条例第三十三条第二款）`,
      );
      continue;
    }
    days += e.workingDays;
    cite(s, PERIODS.extension.basis);
  }
  return days;
}
