// A case's event history folded into the deadline engine's input (src/clock/), and the status derived from the result
// when reading: due date, working days left, overdue. Nothing here is stored: every due date shown comes from the
// engine, with its trace and legal basis.
import { type Calendar, workingDaysLeft } from '../calendar/working-days.ts';
import { type DeadlineResult, computeDeadline } from '../clock/deadline.ts';
import type { DeadlineEvent, DeadlineInput } from '../clock/input.ts';
import type { Channel } from '../clock/rules.ts';
import type { ClockFacts, RequestEventType, RequestState } from './lifecycle.ts';

/** How an application came in (条例第二十九条): the portal, or registered by a clerk. */
export const INTAKE_CHANNELS = ['portal', 'in_person', 'registered_mail', 'letter', 'fax', 'email'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const INTAKE_LABELS = {
  portal: '网上申请（本平台）',
  in_person: '当面提交',
  registered_mail: '邮寄（需签收，如挂号信、EMS）',
  letter: '平常信函',
  fax: '传真',
  email: '电子邮件',
} as const satisfies Record<IntakeChannel, string>;

// 第三十一条 and 国办公开办函〔2015〕207号: the portal and e-mail are 互联网渠道 (双方确认之日).
const CLOCK_CHANNEL = {
  portal: 'online',
  in_person: 'in_person',
  registered_mail: 'registered_mail',
  letter: 'letter',
  fax: 'fax',
  email: 'online',
} as const satisfies Record<IntakeChannel, Channel>;

export type HistoryEvent = { type: RequestEventType; onDate: string; data: Record<string, unknown> };

type Fold = (e: HistoryEvent) => DeadlineEvent | undefined;

// One line per event type that moves the count; the others do not touch the clock.
const FOLD: Partial<Record<RequestEventType, Fold>> = {
  correction_requested: (e) => ({
    type: 'correctionRequested',
    date: e.onDate,
    ...(typeof e.data.replyBy === 'string' ? { replyBy: e.data.replyBy } : {}),
  }),
  corrected: (e) => ({ type: 'correctionReceived', date: e.onDate }),
  consultation_started: (e) => ({
    type: 'consultationStarted',
    date: e.onDate,
    party: e.data.party === 'agency' ? 'agency' : 'third_party',
  }),
  consultation_ended: (e) => ({
    type: 'consultationEnded',
    date: e.onDate,
    party: e.data.party === 'agency' ? 'agency' : 'third_party',
  }),
  fee_notice_sent: (e) => ({ type: 'feeNoticeSent', date: e.onDate }),
  fee_paid: (e) => ({ type: 'feePaid', date: e.onDate }),
  // 第三十三条第二款: the extension counts from the head's approval, never from the request for it.
  extension_approved: (e) => ({ type: 'extended', date: e.onDate, workingDays: Number(e.data.workingDays) }),
  // 第三十五条: the reasonable later date the agency set replaces the due date of 第三十三条 (the engine keeps both).
  reply_delayed: (e) => ({
    type: 'delayedReply',
    date: e.onDate,
    until: String(e.data.until),
    reason: String(e.data.reason),
  }),
};

export function deadlineInput(
  c: { receivedOn: string; channel: IntakeChannel },
  history: readonly HistoryEvent[],
): DeadlineInput {
  // A 复议/诉讼 decision correcting the reply (行政复议法第六十四条 责令重新作出) reopens the case: the 20 working days
  // of 第三十三条 are counted afresh from the day the decision was received, and earlier steps no longer count (DERIVED:
  // the decision may set its own period; staff then record it as the case goes on).
  let reopenedAt = -1;
  history.forEach((e, i) => {
    if (e.type === 'reopened') reopenedAt = i;
  });
  if (reopenedAt >= 0) {
    return deadlineInput(
      { receivedOn: history[reopenedAt]!.onDate, channel: 'in_person' },
      history.slice(reopenedAt + 1),
    );
  }
  const events: DeadlineEvent[] = [];
  for (const e of history) {
    const d = FOLD[e.type]?.(e);
    if (d) events.push(d);
    // A recorded receipt belongs to the notice it acknowledges: the engine counts that notice's period from it.
    const notice = RECEIPT_OF[e.type];
    if (notice) {
      const last = [...events].reverse().find((x) => x.type === notice);
      if (last && (last.type === 'consultationStarted' || last.type === 'feeNoticeSent')) last.receivedOn = e.onDate;
    }
  }
  return { received: c.receivedOn, channel: CLOCK_CHANNEL[c.channel], events };
}

// 第三十二条 / 第三十四条 "自收到征求意见书之日起15个工作日内"; 信息处理费 "收到收费通知次日起20个工作日内".
const RECEIPT_OF: Partial<Record<RequestEventType, 'consultationStarted' | 'feeNoticeSent'>> = {
  consultation_received: 'consultationStarted',
  fee_notice_received: 'feeNoticeSent',
};

/** What the workflow's guards need of the clock before a step (lifecycle.ts ClockFacts). */
export function clockFacts(
  cal: Calendar,
  c: { receivedOn: string; channel: IntakeChannel },
  history: readonly HistoryEvent[],
): ClockFacts {
  const d = computeDeadline(cal, deadlineInput(c, history), { trace: false });
  return {
    due: d.due,
    ...(d.correctionLapsesAfter ? { correctionLapsesAfter: d.correctionLapsesAfter } : {}),
    ...(d.feeLapsesAfter ? { feeLapsesAfter: d.feeLapsesAfter } : {}),
  };
}

const STOPS: readonly RequestEventType[] = ['delivered', 'withdrawn', 'correction_lapsed', 'fee_lapsed'];
const STOPPED: readonly RequestState[] = ['delivered', 'archived', 'withdrawn', 'deemed_abandoned'];

export type CaseClock = {
  deadline: DeadlineResult;
  /** Working days from today to the due date (negative when overdue); null once the case is closed or not started. */
  daysLeft: number | null;
  overdue: boolean;
  /** Delivered or closed: the clock has stopped. */
  stopped: boolean;
  stoppedOn?: string;
};

export function caseClock(
  cal: Calendar,
  c: { receivedOn: string; channel: IntakeChannel; state: RequestState },
  history: readonly HistoryEvent[],
  today: string,
  trace = false,
): CaseClock {
  const deadline = computeDeadline(cal, deadlineInput(c, history), { trace });
  // The reply is due to reach the applicant: the clock stops at 送达 (or when the case ends without a reply).
  const closing = [...history].reverse().find((e) => STOPS.includes(e.type));
  const stopped = STOPPED.includes(c.state);
  if (stopped || !deadline.due) {
    const late = stopped && deadline.due !== null && closing !== undefined && closing.onDate > deadline.due;
    return { deadline, daysLeft: null, overdue: late, stopped, ...(closing ? { stoppedOn: closing.onDate } : {}) };
  }
  const daysLeft = workingDaysLeft(cal, today, deadline.due);
  return { deadline, daysLeft, overdue: today > deadline.due, stopped: false };
}
