import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isValidUscc, usccCheckChar } from './uscc.ts';

test('a published 统一社会信用代码 passes its GB 32100 check character', () => {
  // 国务院办公厅's code as printed on its public documents.
  assert.equal(isValidUscc('11100000000013127D'), true);
  assert.equal(usccCheckChar('11100000000013127'), 'D');
});

test('a changed character or a letter outside the GB 32100 set is rejected', () => {
  assert.equal(isValidUscc('11100000000013128D'), false);
  assert.equal(isValidUscc('11100000000013127I'), false);
  assert.equal(isValidUscc('1110000000001312'), false);
  assert.equal(isValidUscc(''), false);
});
