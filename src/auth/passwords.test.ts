import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, verifyPassword } from './passwords.ts';

test('passwords are stored as argon2id hashes and verify only with the same password', async () => {
  const stored = await hashPassword('正确的密码 correct horse');
  assert.match(stored, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.equal(await verifyPassword(stored, '正确的密码 correct horse'), true);
  assert.equal(await verifyPassword(stored, '正确的密码 correct horse '), false);
  assert.equal(await verifyPassword('not-a-hash', 'x'), false);
});
