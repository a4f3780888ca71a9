// A second process writing to a SQLite file (src/db/connect.test.ts): `count` transactions, each reading a counter and
// writing it back one higher, the shape of a use case that checks a state and then changes it.
import { sql } from 'kysely';
import { openDb } from '../src/db/connect.ts';

const [file, count] = [process.argv[2]!, Number(process.argv[3])];
const db = openDb({ kind: 'sqlite', file });
let failed = 0;
for (let i = 0; i < count; i++) {
  try {
    await db.transaction().execute(async (tx) => {
      const { rows } = await sql<{ n: number }>`select n from counter`.execute(tx);
      await new Promise((r) => setTimeout(r, Math.random() < 0.1 ? 1 : 0));
      await sql`update counter set n = ${rows[0]!.n + 1}`.execute(tx);
    });
  } catch (err) {
    failed++;
    process.stderr.write(`${(err as Error).message}\n`);
  }
}
await db.destroy();
process.stdout.write(JSON.stringify({ failed }));
