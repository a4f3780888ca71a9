// Issue 3: when a year's holiday arrangement is loaded or corrected, every open case's due date is computed again with
// the calendar before and after; each one that moved gets a notice its clerk sees until they acknowledge it.
import type { Kysely } from 'kysely';
import type { Calendar } from '../calendar/working-days.ts';
import type { DB } from '../db/tables.ts';
import { computeDeadline } from '../clock/deadline.ts';
import { deadlineInput, type IntakeChannel } from './clock.ts';
import { OPEN_STATES } from './lifecycle.ts';
import { listEvents, listOpenForRecompute } from './store.ts';
import { insertDeadlineNotice } from './notice-store.ts';

export function recomputeOpenDeadlines(now: Date) {
  return async (tx: Kysely<DB>, change: { year: number; before: Calendar; after: Calendar }): Promise<number> => {
    let moved = 0;
    for (const c of await listOpenForRecompute(tx, OPEN_STATES)) {
      const input = deadlineInput(
        { receivedOn: c.receivedOn, channel: c.channel as IntakeChannel },
        await listEvents(tx, c.id),
      );
      const oldDue = computeDeadline(change.before, input).due;
      const newDue = computeDeadline(change.after, input).due;
      if (oldDue === newDue) continue;
      await insertDeadlineNotice(tx, {
        agencyId: c.agencyId,
        requestId: c.id,
        year: change.year,
        oldDue,
        newDue,
        now: now.toISOString(),
      });
      moved++;
    }
    return moved;
  };
}
