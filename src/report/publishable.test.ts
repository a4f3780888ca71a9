import assert from 'node:assert/strict';
import { test } from 'node:test';
import { finding } from './finding.ts';
import { checkPublishable } from './publish-report.ts';
import type { ReviewedFinding } from './reviews.ts';

const dismissed = (f: ReviewedFinding): ReviewedFinding => ({
  ...f,
  review: { decision: 'dismissed', reason: '已核实', by: '主任', at: '2026-01-10T00:00:00Z' },
});
const carry = finding('CROSS_YEAR.CARRY', '上年结转不符', {
  table: 'applications',
  row: 'carriedIn',
  column: 'total',
  expected: 1,
  actual: 2,
});
const moved = finding('SNAPSHOT.CHANGED', '封账后数据已变动', {
  table: 'applications',
  row: 'received',
  column: 'natural',
});
const prompt = finding('TEXT.PLACEHOLDER', '「五、存在的主要问题及改进情况」尚未填写', { actual: 'problems' });

test('an error blocks publishing until a human dismisses it with a reason', () => {
  assert.throws(() => checkPublishable([carry], null), /1 个错误，改正后才能公布/);
  assert.equal(checkPublishable([dismissed(carry)], null), 0);
});

test('a confirmed error still blocks; a text block left as a prompt blocks even when dismissed', () => {
  assert.throws(
    () =>
      checkPublishable([{ ...carry, review: { decision: 'confirmed', reason: '确有错误', by: '主任', at: '' } }], null),
    /改正后才能公布/,
  );
  assert.throws(() => checkPublishable([dismissed(prompt)], null), /尚未填写/);
});

test('a warning needs a written justification of at least ten characters, unless it was dismissed', () => {
  assert.throws(
    () => checkPublishable([moved], '理由太短'),
    (e: Error & { fields?: Record<string, string> }) => /须|写明理由/.test(e.message) && !!e.fields?.justification,
  );
  assert.equal(checkPublishable([moved], '补登的申请已计入下一年度报告说明'), 1);
  assert.equal(checkPublishable([dismissed(moved)], null), 0);
  assert.equal(checkPublishable([], null), 0);
});
