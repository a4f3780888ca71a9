// Sends queued messages after the change that queued them has committed. Each message is claimed before it is sent, so
// two senders (two app processes) never both send it; a failed attempt is recorded with its error and retried later
// with a growing pause, so a message is never lost and a mail server that is down never holds up the citizen.
import type { Config } from '../config.ts';
import type { Log } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { maskText } from '../privacy/mask.ts';
import { sealer } from '../privacy/seal.ts';
import { renderAttachment } from './attachments.ts';
import { attemptsOf, claimAll, listDue, markFailed, markSent } from './store.ts';
import { PermanentMailError, openTransport } from './transports.ts';

/** After this many failed attempts a message stays failed (shown on the dashboard) instead of being retried. */
export const MAX_ATTEMPTS = 8;
/** A claim older than this belongs to a sender that died: the message is taken over (sent at least once). */
const STALE_CLAIM_MS = 10 * 60_000;
const PAUSES_MINUTES = [1, 5, 15, 60, 180, 360, 720];

/** The pause before the next attempt after `attempts` failed ones. */
export function retryPauseMs(attempts: number): number {
  return PAUSES_MINUTES[Math.min(attempts, PAUSES_MINUTES.length) - 1]! * 60_000;
}

export async function deliverOutbox(
  db: Db,
  config: Pick<Config, 'dataDir' | 'mail' | 'dataKeys' | 'secret' | 'clock'>,
  now: Date,
  log?: Log,
): Promise<number> {
  const at = now.toISOString();
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS).toISOString();
  const due = await listDue(db, at, staleBefore);
  if (!due.length) return 0;
  const transport = openTransport(config);
  const open = (v: string) => sealer(config).open(v);
  const sent: number[] = [];
  // One claim and one "sent" for the whole batch: two writes per run instead of two per message.
  const mine = await claimAll(
    db,
    due.map((m) => m.id),
    at,
    staleBefore,
  );
  try {
    for (const m of due) {
      if (!mine.has(m.id)) continue;
      try {
        const files = m.attachment ? [await renderAttachment(db, m.attachment)] : [];
        await transport.send({ ...m, recipient: m.recipientSealed ? open(m.recipientSealed) : m.recipient }, files);
        sent.push(m.id);
      } catch (err) {
        const attempts = (await attemptsOf(db, m.id)) + 1;
        const final = err instanceof PermanentMailError || attempts >= MAX_ATTEMPTS;
        const error = maskText(errorText(err)); // an SMTP reply may quote the address: masked like any log line
        await markFailed(db, m.id, {
          error,
          final,
          nextAttemptAt: new Date(now.getTime() + retryPauseMs(attempts)).toISOString(),
        });
        log?.warn({ outboxId: m.id, attempts, final, error }, '邮件发送失败，已记录并将重试');
      }
    }
  } finally {
    await markSent(db, sent, new Date().toISOString());
    transport.close();
  }
  return sent.length;
}

function errorText(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const code = (err as { code?: string }).code;
  return code ? `${code}: ${err.message}` : err.message;
}
