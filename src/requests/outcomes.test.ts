import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APPLICANT_COLUMNS, OUTCOME_CODES, OUTCOMES, REPLY_OUTCOMES, REPORT_ROWS, isRefusal } from './outcomes.ts';

// The 2021 format's result rows, as report-schema.md lists them.
const SCHEMA_ROWS = [
  'disclosed', 'partiallyDisclosed', 'withheld.stateSecret', 'withheld.prohibitedByLaw', 'withheld.endangersSecurity',
  'withheld.thirdPartyRights', 'withheld.internalAffairs', 'withheld.processInformation', 'withheld.enforcementFile',
  'withheld.administrativeQuery', 'unavailable.notHeld', 'unavailable.needsCreation', 'unavailable.unclearAfterCorrection',
  'notProcessed.petition', 'notProcessed.duplicate', 'notProcessed.publication', 'notProcessed.excessive',
  'notProcessed.confirmation', 'other.noCorrection', 'other.unpaidFee', 'other.other',
];

test('the outcome rows are exactly the 表三 result rows of the 2021 format, in order', () => {
  assert.deepEqual([...REPORT_ROWS], SCHEMA_ROWS);
  const covered = new Set(OUTCOME_CODES.map((o) => OUTCOMES[o].row));
  assert.deepEqual([...covered].sort(), [...SCHEMA_ROWS].sort());
});

test('区分处理 counts only as 部分公开', () => {
  assert.equal(OUTCOMES.partial.row, 'partiallyDisclosed');
  assert.deepEqual(OUTCOME_CODES.filter((o) => OUTCOMES[o].row === 'partiallyDisclosed'), ['partial']);
});

test('every outcome has a Chinese label and a legal basis; the lifecycle-only outcomes cannot be chosen at reply', () => {
  for (const o of OUTCOME_CODES) {
    assert.match(OUTCOMES[o].label, /[\u4e00-\u9fff]/);
    assert.ok(OUTCOMES[o].basis.length > 0);
  }
  for (const o of ['no_correction', 'unpaid_fee', 'withdrawn']) assert.ok(!REPLY_OUTCOMES.includes(o as never));
});

test('the applicant columns are the 表三 columns; 不予公开 and 部分公开 are the refusals that need 行政复议 first', () => {
  assert.deepEqual([...APPLICANT_COLUMNS], ['natural', 'commercial', 'research', 'social', 'legal', 'otherOrg']);
  assert.ok(isRefusal('state_secret') && isRefusal('partial'));
  assert.ok(!isRefusal('disclosed') && !isRefusal('not_held'));
});
