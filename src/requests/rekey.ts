// Key rotation for personal data at rest (cases, attachments, the feedback box, queued mail): every sealed value not under the current key is opened with the older key
// it names (GONGKAI_DATA_KEY_PREVIOUS) and sealed again under GONGKAI_DATA_KEY. Idempotent; audited once per run.
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import { forbidden } from '../errors.ts';
import { sealer } from '../privacy/seal.ts';
import { listSealedContacts, setSealedContacts } from '../feedback/store.ts';
import { listSealedRecipients, setSealedRecipient } from '../outbox/store.ts';
import { resealFile } from './attachments.ts';
import { listAttachmentFiles } from './attachment-store.ts';
import { listSealed, SEALED_COLUMNS, type SealedColumns, setSealed } from './sealed-store.ts';

export async function rekeyPersonalData(ctx: Ctx): Promise<{ rows: number; values: number }> {
  if (ctx.actor.kind !== 'system') throw forbidden('密钥轮换只能由运维人员在命令行执行（gongkai keys rotate）。');
  const s = sealer(ctx.config);
  const again = (v: string | null) => (v === null || s.isCurrent(v) ? v : s.seal(s.open(v)));
  return ctx.db.transaction().execute(async (tx) => {
    let rows = 0,
      values = 0;
    for (const r of await listSealed(tx)) {
      const next = Object.fromEntries(SEALED_COLUMNS.map((k) => [k, again(r[k])])) as SealedColumns;
      const changed = SEALED_COLUMNS.filter((k) => next[k] !== r[k]).length;
      if (changed === 0) continue;
      await setSealed(tx, r.id, next);
      rows++;
      values += changed;
    }
    for (const f of await listAttachmentFiles(tx)) if (await resealFile(tx, ctx.config, f)) values++;
    // The feedback box's names and contacts, and applicants' addresses on queued mail, are sealed the same way.
    for (const f of await listSealedContacts(tx)) {
      const next = { nameSealed: again(f.nameSealed), contactSealed: again(f.contactSealed) };
      const changed = Number(next.nameSealed !== f.nameSealed) + Number(next.contactSealed !== f.contactSealed);
      if (changed) await setSealedContacts(tx, f.id, next);
      values += changed;
    }
    for (const m of await listSealedRecipients(tx)) {
      const next = again(m.recipientSealed)!;
      if (next !== m.recipientSealed) {
        await setSealedRecipient(tx, m.id, next);
        values++;
      }
    }
    await record(tx, ctx, { action: 'data.rekeyed', objectType: 'request', summary: { rows } });
    return { rows, values };
  });
}
