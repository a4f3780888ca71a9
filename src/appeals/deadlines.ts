// The deadlines a 复议 or 诉讼 case puts on the agency, from the statutory clock's calendar (pure).
// 行政复议法第八十八条: its 三日、五日、七日、十日 are working days; other periods are natural days (民事诉讼法 rules),
// and one ending on a day off ends on the next working day (as in src/clock/windows.ts).
import { addDays, addMonths } from '../calendar/dates.ts';
import { addWorkingDays, type Calendar } from '../calendar/working-days.ts';
import { rollToWorkingDay } from '../clock/windows.ts';
import type { AppealKind } from './outcomes.ts';

export type Procedure = 'ordinary' | 'simplified';

export const APPEAL_PERIODS = {
  // 第四十八条: 普通程序 — the respondent answers within 10 days of receiving the copy (working days, 第八十八条)
  answerOrdinary: { days: 10, unit: 'working_days', basis: '行政复议法第四十八条、第八十八条' },
  // 第五十四条: 简易程序 — within 5 days (working days); 政府信息公开案件 may use it (第五十三条（四）)
  answerSimplified: { days: 5, unit: 'working_days', basis: '行政复议法第五十四条、第八十八条' },
  // 行政诉讼法第六十七条: "被告应当在收到起诉状副本之日起十五日内向人民法院提交作出行政行为的有关材料，并提出答辩状" —
  // natural days (民事诉讼法 period rules), in either procedure; not the 复议 answer period.
  answerLitigation: { days: 15, unit: 'days', basis: '行政诉讼法第六十七条' },
  // 第六十二条: 普通程序 decided within 60 days of acceptance (extendable by ≤30 days); 简易程序 within 30 days
  decisionOrdinary: { days: 60, unit: 'days', basis: '行政复议法第六十二条' },
  decisionSimplified: { days: 30, unit: 'days', basis: '行政复议法第六十二条' },
  // 行政诉讼法第八十一条 (ordinary first instance 6 months), 第八十三条 (简易程序 45 days)
  judgmentOrdinary: { months: 6, basis: '行政诉讼法第八十一条' },
  judgmentSimplified: { days: 45, unit: 'days', basis: '行政诉讼法第八十三条' },
} as const;

export type AppealDates = {
  kind: AppealKind;
  procedure: Procedure;
  acceptedOn: string | null;
  copyReceivedOn: string | null;
  extendedDays: number;
};
export type AppealDeadlines = {
  answerDue: { date: string; basis: string } | null;
  decisionDue: { date: string; basis: string } | null;
};

export function appealDeadlines(cal: Calendar, a: AppealDates): AppealDeadlines {
  const simplified = a.procedure === 'simplified';
  const answerDue = a.copyReceivedOn ? answerDueOf(cal, a.kind, simplified, a.copyReceivedOn) : null;
  if (!a.acceptedOn) return { answerDue, decisionDue: null };
  if (a.kind === 'reconsideration') {
    const p = simplified ? APPEAL_PERIODS.decisionSimplified : APPEAL_PERIODS.decisionOrdinary;
    return {
      answerDue,
      decisionDue: { date: rollToWorkingDay(cal, addDays(a.acceptedOn, p.days + a.extendedDays)), basis: p.basis },
    };
  }
  const decisionDue = simplified
    ? {
        date: rollToWorkingDay(cal, addDays(a.acceptedOn, APPEAL_PERIODS.judgmentSimplified.days)),
        basis: APPEAL_PERIODS.judgmentSimplified.basis,
      }
    : {
        date: rollToWorkingDay(cal, addMonths(a.acceptedOn, APPEAL_PERIODS.judgmentOrdinary.months)),
        basis: APPEAL_PERIODS.judgmentOrdinary.basis,
      };
  return { answerDue, decisionDue };
}

/** The respondent's (复议) or defendant's (诉讼) answer, counted from the day the copy of the application arrived. */
function answerDueOf(
  cal: Calendar,
  kind: AppealKind,
  simplified: boolean,
  copyReceivedOn: string,
): { date: string; basis: string } {
  if (kind !== 'reconsideration') {
    const p = APPEAL_PERIODS.answerLitigation;
    return { date: rollToWorkingDay(cal, addDays(copyReceivedOn, p.days)), basis: p.basis };
  }
  const p = simplified ? APPEAL_PERIODS.answerSimplified : APPEAL_PERIODS.answerOrdinary;
  return { date: addWorkingDays(cal, copyReceivedOn, p.days), basis: p.basis };
}
