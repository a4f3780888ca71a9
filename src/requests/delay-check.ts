// 第三十五条: a delayed reply date is for a case that "无法在本条例第三十三条规定的期限内答复", so it must fall after the
// due date the clock gives under 第三十三条 (with its extension and pauses); an earlier date would only shorten the period.
import { loadCalendar } from '../calendar/store.ts';
import { computeDeadline } from '../clock/deadline.ts';
import { invalidInput } from '../errors.ts';
import { type IntakeChannel, deadlineInput } from './clock.ts';
import type { EventRow, RequestRow } from './store.ts';

export async function checkDelayLater(
  db: Parameters<typeof loadCalendar>[0],
  c: RequestRow,
  history: readonly EventRow[],
  until: string,
): Promise<void> {
  const cal = await loadCalendar(db);
  const due = computeDeadline(
    cal,
    deadlineInput({ receivedOn: c.received_on, channel: c.channel as IntakeChannel }, history),
    { trace: false },
  ).due;
  if (due && until <= due)
    throw invalidInput(`延迟答复的日期应晚于条例第三十三条规定的答复期限 ${due}；在该期限内能够答复的，无需延迟。`, {
      until: `应晚于 ${due}`,
    });
}
