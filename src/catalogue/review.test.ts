import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENTRY_STATES, nextState, REVIEW_ACTIONS, selfApprovalRefused } from './review.ts';

test('secrecy review comes before review; sign-off only where the agency requires it', () => {
  assert.deepEqual(nextState('draft', 'submit', { requireSignOff: false }), { state: 'secrecy_review' });
  assert.deepEqual(nextState('secrecy_review', 'approve', { requireSignOff: false }), { state: 'review' });
  assert.deepEqual(nextState('review', 'approve', { requireSignOff: false }), { state: 'ready' });
  assert.deepEqual(nextState('review', 'approve', { requireSignOff: true }), { state: 'sign_off' });
  assert.deepEqual(nextState('sign_off', 'approve', { requireSignOff: true }), { state: 'ready' });
});

test('a draft cannot be published or approved, and a withdrawn entry takes no action', () => {
  assert.throws(() => nextState('draft', 'publish', { requireSignOff: false }), { code: 'illegal_transition' });
  assert.throws(() => nextState('draft', 'approve', { requireSignOff: false }), { code: 'illegal_transition' });
  for (const a of REVIEW_ACTIONS)
    assert.throws(() => nextState('withdrawn', a, { requireSignOff: false }), { code: 'illegal_transition' });
});

test('only a published entry can be withdrawn; every state has a row', () => {
  for (const s of ENTRY_STATES) {
    if (s === 'published')
      assert.deepEqual(nextState(s, 'withdraw', { requireSignOff: false }), { state: 'withdrawn' });
    else assert.throws(() => nextState(s, 'withdraw', { requireSignOff: false }), { code: 'illegal_transition' }, s);
  }
});

test('the author approving their own entry is refused with a Chinese reason', () => {
  assert.match(selfApprovalRefused(7, 7)!, /本人/);
  assert.equal(selfApprovalRefused(7, 8), undefined);
});
