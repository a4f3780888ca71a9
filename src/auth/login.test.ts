import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency, buildStaff } from '../../test/factories.ts';
import { makeCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { unlockUser } from '../staff/manage-user.ts';
import { ADDRESS_MAX_FAILURES, LOCK_MINUTES, login, MAX_FAILURES } from './login.ts';
import { resolveSession } from './sessions.ts';

describe(`${DIALECT}: login, lockout and sessions`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });
  const at = (iso: string, ip = '127.0.0.1') => makeCtx({ ...t, now: new Date(iso) }, { kind: 'public', ip });
  const codeOf = (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: DomainError) => e.code,
    );

  test(`the account locks after ${MAX_FAILURES} wrong passwords and refuses even the right one until unlocked`, async () => {
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, ['clerk']);
    for (let i = 1; i <= MAX_FAILURES; i++) {
      await assert.rejects(
        login(at('2026-03-02T01:00:00Z'), { username: u.username, password: 'wrong' }),
        (e: DomainError) => e.code === (i < MAX_FAILURES ? 'unauthenticated' : 'locked'),
      );
    }
    await assert.rejects(
      login(at('2026-03-02T01:05:00Z'), { username: u.username, password: u.password }),
      (e: DomainError) => e.code === 'locked',
    );
    const later = new Date(Date.parse('2026-03-02T01:00:00Z') + (LOCK_MINUTES + 1) * 60_000).toISOString();
    assert.ok((await login(at(later), { username: u.username, password: u.password })).token);
    const audit = await t.db.selectFrom('audit_log').select('action').where('object_id', '=', String(u.id)).execute();
    assert.equal(audit.filter((a) => a.action === 'user.login_failed').length, MAX_FAILURES);
    assert.equal(audit.filter((a) => a.action === 'user.locked').length, 1);
  });

  test('an administrator can unlock a locked colleague at once', async () => {
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, ['clerk']);
    const admin = await buildStaff(t, agency.code, ['admin']);
    for (let i = 0; i < MAX_FAILURES; i++)
      await login(at('2026-03-02T02:00:00Z'), { username: u.username, password: 'wrong' }).catch(() => {});
    const adminCtx = makeCtx(
      { ...t, now: new Date('2026-03-02T02:01:00Z') },
      {
        kind: 'staff',
        userId: admin.id,
        username: admin.username,
        displayName: 'a',
        agencyId: agency.id,
        agencyCode: agency.code,
        agencyPath: agency.path,
        roles: ['admin'],
      },
    );
    await unlockUser(adminCtx, u.id);
    assert.ok((await login(at('2026-03-02T02:02:00Z'), { username: u.username, password: u.password })).token);
  });

  test('an unknown user and a wrong password get the same answer', async () => {
    const e1 = await login(at('2026-03-02T03:00:00Z'), { username: 'nobody-here', password: 'x' }).catch(
      (e: DomainError) => e,
    );
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, ['clerk']);
    const e2 = await login(at('2026-03-02T03:00:00Z'), { username: u.username, password: 'x' }).catch(
      (e: DomainError) => e,
    );
    assert.equal((e1 as DomainError).message, (e2 as DomainError).message);
  });

  test('a session expires after the idle timeout, and logging in again replaces the previous session', async () => {
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, ['clerk']);
    const first = await login(at('2026-03-02T04:00:00Z'), { username: u.username, password: u.password });
    assert.ok(await resolveSession(t.db, first.token, new Date('2026-03-02T04:20:00Z'), 30));
    assert.equal(await resolveSession(t.db, first.token, new Date('2026-03-02T05:00:00Z'), 30), undefined);
    const second = await login(at('2026-03-02T05:00:00Z'), { username: u.username, password: u.password });
    const { sha256 } = await import('./secrets.ts');
    const third = await login(at('2026-03-02T05:01:00Z'), {
      username: u.username,
      password: u.password,
      previousSessionId: sha256(second.token),
    });
    assert.equal(await resolveSession(t.db, second.token, new Date('2026-03-02T05:02:00Z'), 30), undefined);
    assert.ok(await resolveSession(t.db, third.token, new Date('2026-03-02T05:02:00Z'), 30));
  });

  test(`40 wrong passwords at once get at most ${MAX_FAILURES - 1} plain refusals: the count is atomic and the account locks`, async () => {
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, ['clerk']);
    const codes = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        codeOf(login(at('2026-03-02T06:00:00Z', `10.1.0.${i}`), { username: u.username, password: `wrong-${i}` })),
      ),
    );
    assert.equal(codes.filter((c) => c === 'unauthenticated').length, MAX_FAILURES - 1);
    assert.equal(codes.filter((c) => c === 'locked').length, 40 - (MAX_FAILURES - 1));
    const row = await t.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('id', '=', u.id)
      .executeTakeFirstOrThrow();
    assert.ok(row.locked_until && row.locked_until > '2026-03-02T06:00:00');
    assert.equal(
      await codeOf(login(at('2026-03-02T06:01:00Z', '10.1.1.1'), { username: u.username, password: u.password })),
      'locked',
    );
    const locked = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', String(u.id))
      .where('action', '=', 'user.locked')
      .execute();
    assert.equal(locked.length, 1);
  });

  test(`an address that gets ${ADDRESS_MAX_FAILURES} passwords wrong over many accounts is locked out, other addresses are not`, async () => {
    const agency = await buildAgency(t);
    const attempts = ADDRESS_MAX_FAILURES + 10;
    const users = await Promise.all(
      Array.from({ length: Math.ceil(attempts / (MAX_FAILURES - 1)) }, () => buildStaff(t, agency.code, ['clerk'])),
    );
    const spray = Array.from({ length: attempts }, (_, i) => users[i % users.length]!);
    const codes = await Promise.all(
      spray.map((u, i) =>
        codeOf(login(at('2026-03-02T07:00:00Z', '10.2.0.9'), { username: u.username, password: `spray-${i}` })),
      ),
    );
    assert.ok(codes.filter((c) => c === 'unauthenticated').length <= ADDRESS_MAX_FAILURES - 1, codes.join(','));
    assert.equal(codes.filter((c) => c === 'ok').length, 0);
    // Every account stays below its own limit, yet the address may not log in, not even with a right password.
    const victim = users[0]!;
    assert.equal(
      await codeOf(
        login(at('2026-03-02T07:01:00Z', '10.2.0.9'), { username: victim.username, password: victim.password }),
      ),
      'locked',
    );
    assert.equal(
      await codeOf(
        login(at('2026-03-02T07:01:00Z', '10.2.0.10'), { username: victim.username, password: victim.password }),
      ),
      'ok',
    );
    const later = new Date(Date.parse('2026-03-02T07:00:00Z') + (LOCK_MINUTES + 1) * 60_000).toISOString();
    assert.equal(
      await codeOf(login(at(later, '10.2.0.9'), { username: victim.username, password: victim.password })),
      'ok',
    );
  });
});
