import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countFee, pageFee } from './fees.ts';

test('count-based fee: the worked example of 35 applications in a month is 3,000元', () => {
  assert.equal(countFee(0, 35), 3000);
  assert.equal(countFee(0, 10), 0);
  assert.equal(countFee(10, 1), 100);
  assert.equal(countFee(30, 1), 200);
  assert.equal(countFee(40, 1), 300);
  assert.equal(countFee(34, 1), 200, 'the 35th piece alone');
});

test('page-based fee: 250 pages is 4,700元; 30 pages free', () => {
  assert.equal(pageFee(250), 4700);
  assert.equal(pageFee(30), 0);
  assert.equal(pageFee(31), 10);
  assert.equal(pageFee(100), 700);
  assert.equal(pageFee(101), 720);
});
