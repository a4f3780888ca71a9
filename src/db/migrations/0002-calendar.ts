// The official working-day calendar: one row per loaded year (with the State Council notice it comes from) and one
// row per day the arrangement names (day off or 调休 working day). Years without a row are counted on weekends alone.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calendar_years')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('notice_title', 'text')
    .addColumn('notice_date', 'text')
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('calendar_days')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().references('calendar_years.year').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('off', 'work')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('calendar_days_year').on('calendar_days').column('year').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('calendar_days').execute();
  await db.schema.dropTable('calendar_years').execute();
}
