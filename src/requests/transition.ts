// One step of a case: who may (WHO), whether the state allows it (NEXT), then the guards — lifecycle.ts's table and
// guards.ts's articles put together. Its own module because guards.ts reads lifecycle.ts's vocabulary.
import { DomainError } from '../errors.ts';
import { guardProblem } from './guards.ts';
import {
  type CaseFacts,
  type Party,
  type Payload,
  type RequestEventType,
  type RequestState,
  checkParty,
  checkState,
  outcomeOf,
} from './lifecycle.ts';
import type { Outcome } from './outcomes.ts';

/**
 * Applies one event: who may (forbidden), then whether the state allows it (illegal_transition), then the guards of
 * guards.ts — the articles the step must satisfy (illegal_transition). Returns the next state and outcome.
 */
export function transition(
  c: CaseFacts,
  event: RequestEventType,
  parties: readonly Party[],
  p: Payload = {},
): { state: RequestState; outcome: Outcome | null } {
  checkParty(event, parties);
  const next = checkState(c.state, event);
  const problem = guardProblem(event, c, p);
  if (problem) throw new DomainError('illegal_transition', problem);
  // Reopening clears the corrected outcome: the case needs a new reply with its own outcome.
  return { state: next, outcome: event === 'reopened' ? null : (outcomeOf(event, p) ?? c.outcome) };
}
