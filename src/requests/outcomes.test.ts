import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applicationRows } from '../report/format.ts';
import { OUTCOME_CODES, OUTCOMES, REPLY_OUTCOMES, isRefusal } from './outcomes.ts';

test('the outcomes fill exactly the 表三 result rows of the 2021 format, each of them', () => {
  const results = applicationRows('2021')
    .filter((r) => r.kind === 'result')
    .map((r) => r.key);
  assert.equal(results.length, 21);
  const covered = new Set(OUTCOME_CODES.map((o) => OUTCOMES[o].row));
  assert.deepEqual([...covered].sort(), [...results].sort());
});

test('区分处理 counts only as 部分公开', () => {
  assert.equal(OUTCOMES.partial.row, 'partiallyDisclosed');
  assert.deepEqual(
    OUTCOME_CODES.filter((o) => OUTCOMES[o].row === 'partiallyDisclosed'),
    ['partial'],
  );
});

test('every outcome has a Chinese label and a legal basis; the lifecycle-only outcomes cannot be chosen at reply', () => {
  for (const o of OUTCOME_CODES) {
    assert.match(OUTCOMES[o].label, /[\u4e00-\u9fff]/);
    assert.ok(OUTCOMES[o].basis.length > 0);
  }
  for (const o of ['no_correction', 'unpaid_fee', 'withdrawn']) assert.ok(!REPLY_OUTCOMES.includes(o as never));
});

test('不予公开 and 部分公开 are the refusals that need 行政复议 first', () => {
  assert.ok(isRefusal('state_secret') && isRefusal('partial'));
  assert.ok(!isRefusal('disclosed') && !isRefusal('not_held'));
});
