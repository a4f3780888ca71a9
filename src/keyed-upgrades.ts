// Upgrades of stored data that need the keys, which migrations (db/migrations/, given only the database) do not have:
// run after the migrations at every start and before every CLI command, each doing its work once.
import { keyAuditChain } from './audit/upgrade.ts';
import type { Config } from './config.ts';
import type { Log } from './context.ts';
import type { Db } from './db/connect.ts';
import { markUpgradeDone, upgradeDone } from './db/data-upgrades.ts';
import { listClearContacts, sealContact } from './feedback/store.ts';
import { listClearRecipients, sealRecipient } from './outbox/store.ts';
import { maskText } from './privacy/mask.ts';
import { sealer } from './privacy/seal.ts';
import { listClearEmails, sealEmail } from './requests/sealed-store.ts';

type Keyed = Pick<Config, 'secret' | 'dataKeys'>;
const BATCH = 500;

export async function runKeyedUpgrades(db: Db, config: Keyed, log?: Log): Promise<void> {
  await keyAuditChain(db, config, log); // keeps its own mark (audit_head.keyed): the log of before the per-agency chains, re-chained
  await once(db, '0024-seal-contacts', () => sealClearContacts(db, config));
}

async function once(db: Db, name: string, work: () => Promise<void>): Promise<void> {
  if (await upgradeDone(db, name)) return;
  await work();
  await markUpgradeDone(db, name, new Date().toISOString());
}

/** E-mail addresses of applicants (cases and queued mail) and the feedback box's names and contacts stored in clear. */
async function sealClearContacts(db: Db, config: Keyed): Promise<void> {
  const s = sealer(config);
  for (let rows = await listClearEmails(db, BATCH); rows.length; rows = await listClearEmails(db, BATCH)) {
    await db.transaction().execute(async (tx) => {
      for (const r of rows) await sealEmail(tx, r.id, s.seal(r.email));
    });
  }
  for (let rows = await listClearContacts(db, BATCH); rows.length; rows = await listClearContacts(db, BATCH)) {
    await db.transaction().execute(async (tx) => {
      for (const r of rows)
        await sealContact(tx, r.id, {
          nameSealed: r.name === null ? null : s.seal(r.name),
          contactSealed: r.contact === null ? null : s.seal(r.contact),
        });
    });
  }
  let after = 0;
  for (
    let rows = await listClearRecipients(db, after, BATCH);
    rows.length;
    rows = await listClearRecipients(db, after, BATCH)
  ) {
    await db.transaction().execute(async (tx) => {
      for (const r of rows) await sealRecipient(tx, r.id, maskText(r.recipient), s.seal(r.recipient));
    });
    after = rows.at(-1)!.id;
  }
}
