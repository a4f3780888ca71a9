// Failed logins counted per client address (auth/login.ts), beside the per-account count on users: one address that
// sprays passwords over many accounts is locked out too. The key is a keyed hash of the address, never the address.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('failures', 'integer', (c) => c.notNull())
    .addColumn('window_until', 'text', (c) => c.notNull()) // ISO instant: failures before it count together
    .addColumn('locked_until', 'text') // ISO instant, or null
    .execute();
  await db.schema.createIndex('login_throttle_window').on('login_throttle').column('window_until').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_throttle').execute();
}
