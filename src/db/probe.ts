// The health check's probe: one cheap read that fails when the database is unreachable.
import type { Db } from './connect.ts';

export async function probeDb(db: Pick<Db, 'selectFrom'>): Promise<void> {
  await db.selectFrom('audit_head').select('seq').executeTakeFirst();
}
