import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatIndexNo, INDEX_NO, isIndexNo, orgPrefix } from './item.ts';

test('an index number is the organisation code, the year and a 5-digit serial: 20 characters', () => {
  const n = formatIndexNo(orgPrefix('11000000MB00000027', 5), 2025, 16);
  assert.equal(n, 'MB0000002/2025-00016');
  assert.equal(n.length, 20);
  assert.match(n, INDEX_NO);
});

test('the prefix comes from a 9-character organisation code with its hyphen removed, or a stand-in from the id', () => {
  assert.equal(orgPrefix('12345678-9', 1), '123456789');
  assert.equal(orgPrefix('035210000', 1), '035210000');
  assert.equal(orgPrefix(null, 42), 'Z00000042');
});

test('legacy index numbers in other shapes are accepted on import', () => {
  for (const n of [
    '0142768-8/2022-00185',
    '006494558/2024-1546375',
    '11341702486344515H/202110-00013',
    '01526084-1-02_Z/2018-0311001',
  ]) {
    assert.ok(isIndexNo(n), n);
  }
  assert.equal(isIndexNo('<script>'), false);
});

test('a serial above 99999 is refused rather than silently widened', () => {
  assert.throws(() => formatIndexNo('035210000', 2025, 100_000), RangeError);
});
