import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SIMILAR, similarity } from './similar.ts';

test('the same request reworded slightly is similar; a different subject is not', () => {
  assert.ok(similarity('2025年东和乡道路维修经费使用情况', '2025年东和乡道路维修经费的使用情况') >= SIMILAR);
  assert.ok(similarity('2025年东和乡道路维修经费使用情况', '东和乡低保户名单及发放标准') < SIMILAR);
  assert.equal(similarity('', 'x'), 0);
});
