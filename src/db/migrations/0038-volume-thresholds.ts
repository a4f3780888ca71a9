// 第三十五条 in practice: each agency sets how many applications by one applicant in 30 days and in 12 months it treats
// as worth a look (数量、频次明显超过合理范围 is the agency's judgement; the thresholds only draw the clerk's attention).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('request_volume_settings')
    .addColumn('agency_id', 'integer', (c) => c.primaryKey().references('agencies.id'))
    .addColumn('per_30_days', 'integer', (c) => c.notNull())
    .addColumn('per_12_months', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('request_volume_settings').execute();
}
