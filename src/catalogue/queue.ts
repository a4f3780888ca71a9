// The review queue: the states whose entries wait for a staff member, by the steps their roles may take.
import type { StaffActor } from '../auth/actor.ts';
import { can } from '../auth/authorize.ts';
import { type EntryState, STEP_PERMISSION } from './review.ts';

/** The states whose entries wait for this actor (their own entries excepted: nobody reviews what they drafted). */
export function queueStates(actor: StaffActor): EntryState[] {
  const steps = (Object.keys(STEP_PERMISSION) as Array<keyof typeof STEP_PERMISSION>).filter(
    (s) => can(actor, STEP_PERMISSION[s]).allowed,
  );
  return [...steps, ...(can(actor, 'catalogue.publish').allowed ? (['ready'] as const) : [])];
}
