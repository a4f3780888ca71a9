import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENTRY_STATES, nextState, REVIEW_ACTIONS, selfApprovalRefused } from './review.ts';

test('secrecy review comes before review; sign-off only where the agency requires it', () => {
  assert.deepEqual(nextState('draft', 'submit', { requireSignOff: false }), { ok: true, to: 'secrecy_review' });
  assert.deepEqual(nextState('secrecy_review', 'approve', { requireSignOff: false }), { ok: true, to: 'review' });
  assert.deepEqual(nextState('review', 'approve', { requireSignOff: false }), { ok: true, to: 'ready' });
  assert.deepEqual(nextState('review', 'approve', { requireSignOff: true }), { ok: true, to: 'sign_off' });
  assert.deepEqual(nextState('sign_off', 'approve', { requireSignOff: true }), { ok: true, to: 'ready' });
});

test('a draft cannot be published or approved, and a withdrawn entry takes no action', () => {
  assert.equal(nextState('draft', 'publish', { requireSignOff: false }).ok, false);
  assert.equal(nextState('draft', 'approve', { requireSignOff: false }).ok, false);
  for (const a of REVIEW_ACTIONS) assert.equal(nextState('withdrawn', a, { requireSignOff: false }).ok, false);
});

test('only a published entry can be withdrawn; every state has a row', () => {
  for (const s of ENTRY_STATES) assert.equal(nextState(s, 'withdraw', { requireSignOff: false }).ok, s === 'published', s);
});

test('the author approving their own entry is refused with a Chinese reason', () => {
  assert.match(selfApprovalRefused(7, 7)!, /本人/);
  assert.equal(selfApprovalRefused(7, 8), undefined);
});
