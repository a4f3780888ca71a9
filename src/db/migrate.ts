// Runs pending migrations (on start, by `gongkai migrate`, and in tests). Throws with the failing migration's name.
import { Migrator } from 'kysely';
import type { Db } from './connect.ts';
import { MIGRATIONS } from './migrations/index.ts';

export async function migrate(db: Db): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'gk_migration',
    migrationLockTableName: 'gk_migration_lock',
    // Rooms are built in parallel and numbered when they start; a data folder that already ran a later number must
    // still take an earlier one that lands afterwards.
    allowUnorderedMigrations: true,
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(
      `数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${String((error as Error)?.message ?? error)}`,
    );
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
