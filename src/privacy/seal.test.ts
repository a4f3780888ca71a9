import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sealer } from './seal.ts';

const key = () => randomBytes(32).toString('hex');

test('a sealed ID number opens again, never contains the clear text, and differs each time', () => {
  const s = sealer({ secret: 'x'.repeat(32), dataKeys: { current: key(), previous: [] } });
  const a = s.seal('11010519491231002X');
  assert.equal(s.open(a), '11010519491231002X');
  assert.ok(!a.includes('110105'));
  assert.notEqual(a, s.seal('11010519491231002X'));
});

test('a value sealed under an old key opens when the old key is listed as previous, and is not current', () => {
  const old = key(),
    now = key();
  const before = sealer({ secret: 's'.repeat(32), dataKeys: { current: old, previous: [] } }).seal('13800138000');
  const after = sealer({ secret: 's'.repeat(32), dataKeys: { current: now, previous: [old] } });
  assert.equal(after.open(before), '13800138000');
  assert.equal(after.isCurrent(before), false);
  assert.throws(
    () => sealer({ secret: 's'.repeat(32), dataKeys: { current: now, previous: [] } }).open(before),
    /密钥/,
  );
});

test('tampered ciphertext is refused', () => {
  const s = sealer({ secret: 'x'.repeat(32), dataKeys: { current: key(), previous: [] } });
  const parts = s.seal('浙江省杭州市').split('.');
  parts[4] = Buffer.from('AAAA', 'base64url').toString('base64url') + parts[4]!.slice(4);
  assert.throws(() => s.open(parts.join('.')));
});
