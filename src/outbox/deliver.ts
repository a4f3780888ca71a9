// Sends queued messages. The default transport drops each message as a file under <data>/outbox/ (an operator or a
// mail relay picks them up); SMTP is not built yet. Each message is claimed before it is written, so two senders never
// both send it.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config.ts';
import type { Db } from '../db/connect.ts';
import { claim, listUnsent, release } from './store.ts';

export async function deliverOutbox(db: Db, config: Pick<Config, 'dataDir'>, now: Date): Promise<number> {
  const dir = path.join(config.dataDir, 'outbox');
  let sent = 0;
  for (const m of await listUnsent(db)) {
    if (!(await claim(db, m.id, now.toISOString()))) continue;
    try {
      mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `${String(m.id).padStart(8, '0')}-${m.dedupeKey.replace(/[^\w-]/g, '_')}.eml`);
      const subject = `=?UTF-8?B?${Buffer.from(m.subject).toString('base64')}?=`;
      writeFileSync(file, `To: ${m.recipient}\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${m.body}\r\n`, { flag: 'wx' });
      sent++;
    } catch (err) {
      await release(db, m.id, String(err));
    }
  }
  return sent;
}
