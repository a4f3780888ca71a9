// Re-runs the scanner on an entry inside the caller's transaction and stores its open findings. A finding already
// resolved (masked or overridden with a reason) is not re-opened when the same text is found again.
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import type { Entry } from './entry.ts';
import { screenEntry } from './screening.ts';
import { listAttachments, listFindings, type Q, replaceOpenFindings } from './store.ts';

export async function scanEntry(tx: Q, ctx: Ctx, entry: Entry): Promise<number> {
  const [attachments, existing] = await Promise.all([listAttachments(tx, entry.id), listFindings(tx, entry.id)]);
  const resolved = new Set(existing.filter((f) => f.state !== 'open').map((f) => f.fingerprint));
  const open = screenEntry(entry, attachments).filter((f) => !resolved.has(f.fingerprint));
  await replaceOpenFindings(tx, entry.id, open, ctx.now.toISOString());
  await record(tx as never, ctx, {
    action: 'catalogue.scanned',
    objectType: 'catalogue_entry',
    objectId: entry.id,
    agencyId: entry.agencyId,
    summary: { indexNo: entry.indexNo, open: open.length },
  });
  return open.length;
}
