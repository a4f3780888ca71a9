// Why a day counts or not, in words, for the deadline trace staff see on demand.
import { WEEKDAY_NAMES, weekday } from './dates.ts';
import { type Calendar, isLoadedDayN, isWorkingDayN } from './working-days.ts';

export type DayNote = { readonly working: boolean; readonly why: string };

export function describeDay(cal: Calendar, day: number): DayNote {
  const working = isWorkingDayN(cal, day);
  const mark = cal.marks.get(day);
  if (mark) return { working, why: mark.kind === 'work' ? `调休上班（${mark.name}）` : mark.name };
  const provisional = !isLoadedDayN(cal, day);
  if (!working) return { working, why: WEEKDAY_NAMES[weekday(day)]! };
  return { working, why: provisional ? '工作日（该年放假安排未公布，暂定）' : '工作日' };
}
