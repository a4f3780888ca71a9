// Outgoing mail gets an explicit delivery state, so a message is never lost: queued → sending → sent, or back to
// queued with its error and a later attempt time; after too many failures it stays visible as failed.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('outbox')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('queued'))
    .execute();
  await db.schema.alterTable('outbox').addColumn('claimed_at', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('next_attempt_at', 'text').execute();
  await db.updateTable('outbox').set({ state: 'sent' }).where('sent_at', 'is not', null).execute();
  await db.schema.createIndex('outbox_state').on('outbox').columns(['state', 'next_attempt_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('outbox_state').execute();
  for (const c of ['next_attempt_at', 'claimed_at', 'state'])
    await db.schema.alterTable('outbox').dropColumn(c).execute();
}
