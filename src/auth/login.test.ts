import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency, buildStaff } from '../../test/factories.ts';
import { makeCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { unlockUser } from '../staff/manage-user.ts';
import { LOCK_MINUTES, login, MAX_FAILURES } from './login.ts';
import { resolveSession } from './sessions.ts';

describe(`${DIALECT}: login, lockout and sessions`, () => {
  let t: TestDb;
  before(async () => { t = await createTestDb(); });
  after(async () => { await t.close(); });
  const at = (iso: string) => makeCtx({ ...t, now: new Date(iso) }, { kind: 'public', ip: '127.0.0.1' });

  test(`the account locks after ${MAX_FAILURES} wrong passwords and refuses even the right one until unlocked`, async () => {
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, ['clerk']);
    for (let i = 1; i <= MAX_FAILURES; i++) {
      await assert.rejects(login(at('2026-03-02T01:00:00Z'), { username: u.username, password: 'wrong' }), (e: DomainError) => e.code === (i < MAX_FAILURES ? 'unauthenticated' : 'locked'));
    }
    await assert.rejects(login(at('2026-03-02T01:05:00Z'), { username: u.username, password: u.password }), (e: DomainError) => e.code === 'locked');
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
    for (let i = 0; i < MAX_FAILURES; i++) await login(at('2026-03-02T02:00:00Z'), { username: u.username, password: 'wrong' }).catch(() => {});
    const adminCtx = makeCtx({ ...t, now: new Date('2026-03-02T02:01:00Z') }, { kind: 'staff', userId: admin.id, username: admin.username, displayName: 'a', agencyId: agency.id, agencyCode: agency.code, agencyPath: agency.path, roles: ['admin'] });
    await unlockUser(adminCtx, u.id);
    assert.ok((await login(at('2026-03-02T02:02:00Z'), { username: u.username, password: u.password })).token);
  });

  test('an unknown user and a wrong password get the same answer', async () => {
    const e1 = await login(at('2026-03-02T03:00:00Z'), { username: 'nobody-here', password: 'x' }).catch((e: DomainError) => e);
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, ['clerk']);
    const e2 = await login(at('2026-03-02T03:00:00Z'), { username: u.username, password: 'x' }).catch((e: DomainError) => e);
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
    const third = await login(at('2026-03-02T05:01:00Z'), { username: u.username, password: u.password, previousSessionId: sha256(second.token) });
    assert.equal(await resolveSession(t.db, second.token, new Date('2026-03-02T05:02:00Z'), 30), undefined);
    assert.ok(await resolveSession(t.db, third.token, new Date('2026-03-02T05:02:00Z'), 30));
  });
});
