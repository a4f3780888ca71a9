// Opens the configured database for a command (migrated, so every command works on a fresh data folder).
import { loadConfig, type Config } from '../config.ts';
import { type Db, openDb } from '../db/connect.ts';
import { migrate } from '../db/migrate.ts';
import { runKeyedUpgrades } from '../keyed-upgrades.ts';
import type { CliIO } from './io.ts';

export async function withDb<T>(io: CliIO, fn: (db: Db, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig(io.env);
  const db = openDb(config.database);
  try {
    await migrate(db);
    await runKeyedUpgrades(db, config); // as the server does at start (the audit chain keyed, personal data sealed)
    return await fn(db, config);
  } finally {
    await db.destroy();
  }
}
