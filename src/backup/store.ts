// SQL of backups: whether a PostgreSQL database is still empty (a restore goes only into an empty one), and the
// integrity check of a restored SQLite file.
import { sql } from 'kysely';
import type { Db } from '../db/connect.ts';

export async function tableCount(db: Db): Promise<number> {
  if (db.dialect === 'sqlite')
    return Number(
      (db.sqlite!.prepare("select count(*) as n from sqlite_master where type = 'table'").get() as { n: number }).n,
    );
  const { rows } = await sql<{
    n: number;
  }>`select count(*) as n from information_schema.tables where table_schema = current_schema()`.execute(db);
  return Number(rows[0]!.n);
}

/** SQLite's own check of every page and index; PostgreSQL checks its pages as it reads them ('ok'). */
export async function integrityCheck(db: Db): Promise<string> {
  if (db.dialect !== 'sqlite') return 'ok';
  return (db.sqlite!.pragma('integrity_check') as Array<{ integrity_check: string }>)
    .map((r) => r.integrity_check)
    .join('; ');
}
