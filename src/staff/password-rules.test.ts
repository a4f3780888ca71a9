// Passwords a guesser tries first are refused with a Chinese reason: common ones, one character or a short run
// repeated, keyboard and number runs, the login name inside; when an account is added and when a password is changed.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { buildAgency, buildStaff } from '../../test/factories.ts';
import { makeCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { addUser } from './add-user.ts';
import { changeOwnPassword } from './change-password.ts';
import { findUserByIdUnscoped } from './store.ts';

const WEAK: Array<[string, RegExp]> = [
  ['aaaaaaaaaaaa', /重复/],
  ['abcabcabcabc', /重复/],
  ['121212121212', /重复/],
  ['password123', /常见/],
  ['Password2024!', /常见/],
  ['woaini1314520', /常见/],
  ['1qaz2wsx3edc', /常见|连续/],
  ['qwertyuiop', /常见|连续/],
  ['1234567890', /常见|连续/],
  ['abcdefghijk', /连续/],
];

describe(`${DIALECT}: password rules`, () => {
  let t: TestDb;
  let code: string;
  const system = () => makeCtx(t, { kind: 'system', label: 'test' });
  before(async () => {
    t = await createTestDb();
    code = (await buildAgency(t)).code;
  });
  after(async () => {
    await t.close();
  });

  test('a new account with a common, repeated or run-of-keys password is refused, naming why', async () => {
    for (const [password, why] of WEAK) {
      const err = await addUser(system(), code, {
        username: `weak-${Math.random().toString(36).slice(2, 8)}`,
        displayName: '新人',
        password,
        roles: ['clerk'],
      }).then(
        () => undefined,
        (e: DomainError) => e,
      );
      assert.equal(err?.code, 'invalid_input', password);
      assert.match(err.fields?.password ?? '', why, password);
    }
  });

  test('a password containing the login name is refused, in any case', async () => {
    const err = await addUser(system(), code, {
      username: 'zhangwei',
      displayName: '张伟',
      password: 'ZhangWei-gov-2026',
      roles: ['clerk'],
    }).then(
      () => undefined,
      (e: DomainError) => e,
    );
    assert.match(err?.fields?.password ?? '', /登录名/);
    assert.ok(
      (
        await addUser(system(), code, {
          username: 'zhangwei',
          displayName: '张伟',
          password: '东和乡 river stone 17',
          roles: ['clerk'],
        })
      ).id,
    );
  });

  test("changing one's own password obeys the same rules and must change it", async () => {
    const u = await buildStaff(t, code, ['clerk']);
    const user = (await findUserByIdUnscoped(t.db, u.id))!;
    const ctx = makeCtx(t, {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: 'x',
      agencyId: user.agencyId,
      agencyCode: code,
      agencyPath: user.agencyPath,
      roles: ['clerk'],
    });
    for (const [next, why] of [
      ['aaaaaaaaaaaa', /重复/],
      [`${u.username}-plus-more`, /登录名/],
      [u.password, /相同/],
    ] as const) {
      const err = await changeOwnPassword(ctx, { current: u.password, next }).then(
        () => undefined,
        (e: DomainError) => e,
      );
      assert.match(err?.fields?.next ?? '', why, next);
    }
  });
});
