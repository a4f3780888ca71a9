import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkResidentId, residentIdCheckChar } from './resident-id.ts';

test('GB 11643 check character: the standard example 11010519491231002X', () => {
  assert.equal(residentIdCheckChar('11010519491231002'), 'X');
  assert.equal(checkResidentId('11010519491231002X'), 'ok');
  assert.equal(checkResidentId('11010519491231002x'), 'ok');
  assert.equal(checkResidentId('110105194912310021'), 'check');
  assert.equal(checkResidentId('11010519491331002X'), 'birth');
  assert.equal(checkResidentId('1101051949123100'), 'format');
});
