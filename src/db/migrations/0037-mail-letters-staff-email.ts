// Mail at every step: a queued message may carry an attachment (a letter of the case, rendered as PDF when it is sent,
// from the letter's stored snapshot), and staff accounts get an e-mail address that their reminders go to.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('attachment', 'text').execute();
  await db.schema.alterTable('users').addColumn('email', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('email').execute();
  await db.schema.alterTable('outbox').dropColumn('attachment').execute();
}
