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
  });
  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`数据库迁移失败${failed ? `（${failed.migrationName}）` : ''}：${String((error as Error)?.message ?? error)}`);
  }
  return results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
