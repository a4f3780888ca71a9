// Natural-day windows for reminders: 行政复议 and 行政诉讼 after a reply, and the annual report's due date.
// These periods are in days and months, not working days (行政复议法第八十八条: only its 三日/五日/七日/十日 are working
// days; the rest follow the 民事诉讼法 period rules). DERIVED from those rules: the start day is not counted, a month
// period ends on the same day number (or the month's last day), and a period whose last day is a day off ends on the
// first working day after it (民事诉讼法: "期间届满的最后一日是法定休假日的，以法定休假日后的第一日为期间届满的日期").
import type { AgencyKind } from '../agencies/kinds.ts';
import { type LocalDate, addDays, addMonths, formatDay, toDay } from '../calendar/dates.ts';
import { type Calendar, addWorkingDaysN, isWorkingDayN } from '../calendar/working-days.ts';
import { BASIS, PERIODS } from './rules.ts';

export type Window = { readonly lastDay: LocalDate; readonly basis: string; readonly label: string };

/** A natural-day period whose last day is a day off ends on the next working day. */
export function rollToWorkingDay(cal: Calendar, date: LocalDate): LocalDate {
  const d = toDay(date);
  return isWorkingDayN(cal, d) ? date : formatDay(addWorkingDaysN(cal, d, 1));
}

/** 行政复议法第二十条: 60 days from the day the applicant knew (or should have known) of the reply. */
export function reconsiderationWindow(cal: Calendar, knownOn: LocalDate): Window {
  const p = PERIODS.reconsideration;
  return { lastDay: rollToWorkingDay(cal, addDays(knownOn, p.length)), basis: p.basis, label: p.label };
}

/** 行政诉讼法第四十五条: 15 days from receiving the 复议决定书. */
export function litigationAfterReconsiderationWindow(cal: Calendar, decisionReceivedOn: LocalDate): Window {
  const p = PERIODS.litigationAfterReconsideration;
  return { lastDay: rollToWorkingDay(cal, addDays(decisionReceivedOn, p.length)), basis: p.basis, label: p.label };
}

/** 行政诉讼法第四十六条: 6 months from the day the applicant knew of the act. */
export function litigationDirectWindow(cal: Calendar, knownOn: LocalDate): Window {
  const p = PERIODS.litigationDirect;
  return { lastDay: rollToWorkingDay(cal, addMonths(knownOn, p.length)), basis: p.basis, label: p.label };
}

/** 第二十六条: proactive publication within 20 working days of the day the information was formed or changed. */
export function publicationDue(cal: Calendar, formedOrChangedOn: LocalDate): { due: LocalDate; basis: string } {
  return {
    due: formatDay(addWorkingDaysN(cal, toDay(formedOrChangedOn), PERIODS.publication.length)),
    basis: PERIODS.publication.basis,
  };
}

export type MonthDay = { readonly month: number; readonly day: number };

// 第四十九条: 县级以上人民政府部门 by 1月31日; the 县级以上地方人民政府's own report by 3月31日. 乡镇 and 街道 are set by the
// county's 主管部门 (domain.md §1.6: e.g. 2月20日 in 怀化); the default is 1月31日 until the county configures it.
export const ANNUAL_REPORT_DUE = {
  department: { month: 1, day: 31 },
  vertical: { month: 1, day: 31 }, // a 部门 too (第四十九条第一款)
  province: { month: 3, day: 31 },
  city: { month: 3, day: 31 },
  county: { month: 3, day: 31 },
  township: { month: 1, day: 31 },
  street: { month: 1, day: 31 },
} as const satisfies Record<AgencyKind, MonthDay>;

/** The day the report on `reportYear` is due, from the table or an agency's configured date. */
export function annualReportDue(
  kind: AgencyKind,
  reportYear: number,
  configured?: MonthDay,
): { due: LocalDate; basis: string; configured: boolean } {
  const md = configured ?? ANNUAL_REPORT_DUE[kind];
  const due = `${reportYear + 1}-${String(md.month).padStart(2, '0')}-${String(md.day).padStart(2, '0')}`;
  toDay(due); // throws on a configured date that does not exist (e.g. 2月30日)
  return { due, basis: BASIS.annualReport, configured: configured !== undefined };
}
