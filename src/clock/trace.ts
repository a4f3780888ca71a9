// The day-by-day trace of a deadline, shown to staff on demand: every day examined, whether it counted, and why.
import type { LocalDate } from '../calendar/dates.ts';
import { describeDay } from '../calendar/day-names.ts';
import { type Calendar, dateText } from '../calendar/working-days.ts';
import { BASIS, PERIODS } from './rules.ts';

export type PauseKind = 'third_party' | 'agency' | 'fee';
/** Days from..to (day numbers, both included) that do not count; `assumed` when the end event has not happened yet. */
export type Pause = { from: number; to: number; kind: PauseKind; assumed: boolean };

export type TraceDay = { date: LocalDate; counted: boolean /** ordinal of a counted day */; n?: number; why: string };

const PAUSE_WHY = {
  third_party: `征求第三方意见，不计入期限（${BASIS.consultationExcluded}）`,
  agency: `征求其他机关意见，不计入期限（${BASIS.consultationExcluded}）`,
  fee: `收费通知至缴费期间，不计入期限（${BASIS.feeExcluded}）`,
} as const satisfies Record<PauseKind, string>;

export type TraceInput = {
  R: number;
  anchor: number;
  awaitingCorrection: boolean;
  end: number;
  pauses: readonly Pause[];
  receivedIs: string;
};

export function buildTrace(cal: Calendar, t: TraceInput): TraceDay[] {
  const out: TraceDay[] = [
    { date: dateText(cal, t.R), counted: false, why: `收到申请之日（${t.receivedIs}），${BASIS.counting}` },
  ];
  let n = 0;
  for (let d = t.R + 1; d <= t.end; d++) {
    const date = dateText(cal, d);
    const day = describeDay(cal, d);
    if (t.awaitingCorrection) out.push({ date, counted: false, why: `等待补正，答复期限尚未起算；${day.why}` });
    else if (d < t.anchor)
      out.push({ date, counted: false, why: `补正前的期间不计入（${BASIS.correctionRestart}）；${day.why}` });
    else if (d === t.anchor && t.anchor !== t.R)
      out.push({ date, counted: false, why: `收到补正申请之日，答复期限自次日重新计算（${BASIS.correctionRestart}）` });
    else {
      const pause = t.pauses.find((p) => d >= p.from && d <= p.to);
      if (pause) out.push({ date, counted: false, why: `${PAUSE_WHY[pause.kind]}；${day.why}` });
      else if (!day.working) out.push({ date, counted: false, why: day.why });
      else {
        n++;
        out.push({ date, counted: true, n, why: n > PERIODS.reply.length ? `${day.why}（延长期限）` : day.why });
      }
    }
  }
  return out;
}
