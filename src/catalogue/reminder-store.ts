// SQL for the column-owner reminders: one reminder per column and stale-after date (the unique key makes a second run
// a no-op), a dashboard notice per recipient, and who the recipients are (the column's owner, else the agency's clerks;
// never anyone outside the agency, never a disabled account).
import type { Db } from '../db/connect.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

/** `email`: where the reminder is mailed; null, it goes to the outbox folder under the name. */
export type Recipient = { id: number; username: string; displayName: string; email: string | null };
export type ColumnNotice = { id: number; columnId: number; columnName: string; staleAfter: string; flag: string };

export async function agenciesWithColumns(db: Q): Promise<number[]> {
  const rows = await db.selectFrom('catalogue_columns').select('agency_id').distinct().orderBy('agency_id').execute();
  return rows.map((r) => Number(r.agency_id));
}

const activeStaff = (db: Q, agencyId: number) =>
  db
    .selectFrom('users')
    .select(['users.id', 'users.username', 'users.display_name', 'users.email'])
    .where('users.agency_id', '=', agencyId)
    .where('users.disabled', '=', 0);

export async function reminderRecipients(db: Q, agencyId: number, ownerUserId: number | null): Promise<Recipient[]> {
  const toRecipient = (r: { id: number; username: string; display_name: string; email: string | null }) => ({
    id: Number(r.id),
    username: r.username,
    displayName: r.display_name,
    email: r.email,
  });
  if (ownerUserId !== null) {
    const owner = await activeStaff(db, agencyId).where('users.id', '=', ownerUserId).executeTakeFirst();
    if (owner) return [toRecipient(owner)];
  }
  const clerks = await activeStaff(db, agencyId)
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .where('user_roles.role', '=', 'clerk')
    .orderBy('users.id')
    .execute();
  return clerks.map(toRecipient);
}

/** The agency's active staff, who can own a column. */
export async function listAgencyStaff(db: Q, agencyId: number): Promise<Recipient[]> {
  return (await activeStaff(db, agencyId).orderBy('users.display_name').execute()).map((r) => ({
    id: Number(r.id),
    username: r.username,
    displayName: r.display_name,
    email: r.email,
  }));
}

/** The reminder's id, or undefined when this column was already reminded for this stale-after date. */
export async function insertReminder(
  db: Q,
  r: { agencyId: number; columnId: number; staleAfter: string; flag: string; now: string },
): Promise<number | undefined> {
  const row = await db
    .insertInto('column_reminders')
    .values({
      agency_id: r.agencyId,
      column_id: r.columnId,
      stale_after: r.staleAfter,
      flag: r.flag,
      created_at: r.now,
    })
    .onConflict((oc) => oc.columns(['column_id', 'stale_after']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

export async function insertNotices(
  db: Q,
  reminderId: number,
  agencyId: number,
  userIds: readonly number[],
): Promise<void> {
  if (userIds.length)
    await db
      .insertInto('column_reminder_notices')
      .values(userIds.map((user_id) => ({ reminder_id: reminderId, agency_id: agencyId, user_id, seen_at: null })))
      .execute();
}

function notices(db: Q, userId: number) {
  return db
    .selectFrom('column_reminder_notices as n')
    .innerJoin('column_reminders as r', 'r.id', 'n.reminder_id')
    .innerJoin('catalogue_columns as c', 'c.id', 'r.column_id')
    .select(['n.id', 'r.column_id', 'c.name', 'r.stale_after', 'r.flag'])
    .where('n.user_id', '=', userId)
    .where('n.seen_at', 'is', null);
}

const toNotice = (r: {
  id: number;
  column_id: number;
  name: string;
  stale_after: string;
  flag: string;
}): ColumnNotice => ({
  id: Number(r.id),
  columnId: Number(r.column_id),
  columnName: r.name,
  staleAfter: r.stale_after,
  flag: r.flag,
});

/** The staff member's unseen column reminders (their own only). */
export async function listColumnNotices(db: Q, userId: number): Promise<ColumnNotice[]> {
  return (await notices(db, userId).orderBy('r.stale_after').execute()).map(toNotice);
}

export async function findColumnNotice(db: Q, userId: number, id: number): Promise<ColumnNotice | undefined> {
  const r = await notices(db, userId).where('n.id', '=', id).executeTakeFirst();
  return r && toNotice(r);
}

export async function markNoticeSeen(db: Q, userId: number, id: number, now: string): Promise<boolean> {
  const r = await db
    .updateTable('column_reminder_notices')
    .set({ seen_at: now })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('seen_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setColumnOwner(
  db: Q,
  agencyId: number,
  columnId: number,
  ownerUserId: number | null,
): Promise<boolean> {
  const r = await db
    .updateTable('catalogue_columns')
    .set({ owner_user_id: ownerUserId })
    .where('id', '=', columnId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
