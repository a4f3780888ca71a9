// 申请编号 from a counter per receipt day (requests/store.ts nextRequestNumber) instead of 4 random digits retried until
// free: no two simultaneous applications draw the same number, and a day holds up to 999,999 of them.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_number_days')
    .addColumn('day', 'text', (c) => c.primaryKey()) // 'YYYY-MM-DD', the receipt date in the number
    .addColumn('last', 'integer', (c) => c.notNull()) // the day's last serial handed out
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_number_days').execute();
}
