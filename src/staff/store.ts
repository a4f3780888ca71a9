// SQL for staff accounts and their roles. Reads are scoped to the actor's agencies.
import { inScope } from '../auth/scope-store.ts';
import type { Scope } from '../auth/scope.ts';
import type { Role } from '../auth/roles.ts';
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable' | 'deleteFrom'>;

export type StaffUser = {
  id: number;
  agencyId: number;
  agencyCode: string;
  agencyPath: string;
  username: string;
  displayName: string;
  roles: Role[];
  failedLogins: number;
  lockedUntil: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
  /** Where reminders are mailed (null: to the outbox folder under the name). */
  email: string | null;
};

export type StaffUserWithHash = StaffUser & { passwordHash: string };

function base(db: Q) {
  return db
    .selectFrom('users')
    .innerJoin('agencies', 'agencies.id', 'users.agency_id')
    .select([
      'users.id',
      'users.agency_id',
      'agencies.code as agency_code',
      'agencies.path as agency_path',
      'users.username',
      'users.display_name',
      'users.password_hash',
      'users.failed_logins',
      'users.locked_until',
      'users.disabled',
      'users.must_change_password',
      'users.email',
    ]);
}

async function withRoles(
  db: Q,
  rows: Awaited<ReturnType<ReturnType<typeof base>['execute']>>,
): Promise<StaffUserWithHash[]> {
  if (!rows.length) return [];
  const roles = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where(
      'user_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    agencyCode: r.agency_code,
    agencyPath: r.agency_path,
    username: r.username,
    displayName: r.display_name,
    passwordHash: r.password_hash,
    roles: roles
      .filter((x) => Number(x.user_id) === Number(r.id))
      .map((x) => x.role as Role)
      .sort(),
    failedLogins: Number(r.failed_logins),
    lockedUntil: r.locked_until,
    disabled: Number(r.disabled) === 1,
    mustChangePassword: Number(r.must_change_password) === 1,
    email: r.email,
  }));
}

/** For login and token checks only: not scoped, since the actor is not known yet. */
export async function findUserForLogin(db: Q, username: string): Promise<StaffUserWithHash | undefined> {
  return (await withRoles(db, await base(db).where('users.username', '=', username).execute()))[0];
}

export async function findUserByIdUnscoped(db: Q, id: number): Promise<StaffUserWithHash | undefined> {
  return (await withRoles(db, await base(db).where('users.id', '=', id).execute()))[0];
}

export async function findUser(db: Q, scope: Scope, id: number): Promise<StaffUser | undefined> {
  return (
    await withRoles(db, await base(db).where('users.id', '=', id).where(inScope(scope, 'users.agency_id')).execute())
  )[0];
}

export async function listUsers(db: Q, scope: Scope, agencyId: number): Promise<StaffUser[]> {
  const rows = await base(db)
    .where('users.agency_id', '=', agencyId)
    .where(inScope(scope, 'users.agency_id'))
    .orderBy('users.username')
    .execute();
  return withRoles(db, rows);
}

export async function usernameTaken(db: Q, username: string): Promise<boolean> {
  return !!(await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst());
}

export async function insertUser(
  db: Q,
  u: {
    agencyId: number;
    username: string;
    displayName: string;
    passwordHash: string;
    roles: readonly Role[];
    now: string;
    email?: string | null;
  },
): Promise<number> {
  const row = await db
    .insertInto('users')
    .values({
      agency_id: u.agencyId,
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      created_at: u.now,
      email: u.email ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await setRoles(db, Number(row.id), u.roles);
  return Number(row.id);
}

export async function setRoles(db: Q, userId: number, roles: readonly Role[]): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (roles.length)
    await db
      .insertInto('user_roles')
      .values(roles.map((role) => ({ user_id: userId, role })))
      .execute();
}

export async function setLoginState(
  db: Q,
  userId: number,
  state: { failedLogins: number; lockedUntil: string | null },
): Promise<void> {
  await db
    .updateTable('users')
    .set({ failed_logins: state.failedLogins, locked_until: state.lockedUntil })
    .where('id', '=', userId)
    .execute();
}

/**
 * One wrong password, counted in a single statement (both engines), so parallel attempts cannot all read the same old
 * count. A lock that has run out starts the count again at 1; reaching `max` locks until `lockUntil`; a running lock stays.
 */
export async function countLoginFailure(
  db: Q,
  userId: number,
  at: { now: string; lockUntil: string; max: number },
): Promise<{ failures: number; lockedUntil: string | null }> {
  const expired = sql<boolean>`locked_until is not null and locked_until <= ${at.now}`;
  const next = sql<number>`case when ${expired} then 1 else failed_logins + 1 end`;
  const r = await db
    .updateTable('users')
    .set({
      failed_logins: next,
      locked_until: sql<
        string | null
      >`case when locked_until > ${at.now} then locked_until when ${next} >= ${at.max} then ${at.lockUntil} else null end`,
    })
    .where('id', '=', userId)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirstOrThrow();
  return { failures: Number(r.failed_logins), lockedUntil: r.locked_until };
}

/** A successful login clears the count, unless a lock is running (then nothing changes and false comes back). */
export async function clearLoginFailures(db: Q, userId: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable('users')
    .set({ failed_logins: 0, locked_until: null })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** A new password also ends any requirement to change it. */
export async function setPasswordHash(db: Q, userId: number, passwordHash: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: passwordHash, must_change_password: 0 })
    .where('id', '=', userId)
    .execute();
}

export async function setMustChangePassword(db: Q, userId: number): Promise<void> {
  await db.updateTable('users').set({ must_change_password: 1 }).where('id', '=', userId).execute();
}

export async function setDisabled(db: Q, userId: number, disabled: boolean): Promise<void> {
  await db
    .updateTable('users')
    .set({ disabled: disabled ? 1 : 0 })
    .where('id', '=', userId)
    .execute();
}

export async function setEmail(db: Q, userId: number, email: string | null): Promise<void> {
  await db.updateTable('users').set({ email }).where('id', '=', userId).execute();
}
