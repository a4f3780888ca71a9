// A data folder from before 0024 holds e-mail addresses and the feedback box's names and contacts in clear: the first
// start seals them (once), and the application reads them as before.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { DIALECT, createTestDb, type TestDb } from '../test/db.ts';
import { applicationInput, buildAgency } from '../test/factories.ts';
import { makeCtx } from './context.ts';
import { withContact } from './feedback/contact.ts';
import { findFeedback } from './feedback/store.ts';
import { submitFeedback } from './feedback/submit.ts';
import { parseInput } from './input.ts';
import { runKeyedUpgrades } from './keyed-upgrades.ts';
import { sealer } from './privacy/seal.ts';
import { Application } from './requests/form.ts';
import { submitApplication } from './requests/submit.ts';

describe(`${DIALECT}: sealing personal data stored in clear by an older version`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  test('addresses, names and contacts in clear are sealed at the first start, and read back the same', async () => {
    const agency = await buildAgency(t);
    const ctx = makeCtx(t, { kind: 'public', ip: '127.0.0.1' });
    const r = await submitApplication(
      ctx,
      agency.code,
      parseInput(Application, applicationInput({ email: 'old.style@example.com' })),
    );
    await submitFeedback(ctx, agency.code, {
      key: 'legacy-feedback-key-0001',
      name: '旧版留言人',
      contact: '13900001111',
      subject: '旧',
      body: '旧版本的留言',
      wantsPublic: false,
    });
    // As an older version left them: in clear, no sealed copy.
    await t.db
      .updateTable('requests')
      .set({ email: 'old.style@example.com', email_sealed: null })
      .where('id', '=', r.id)
      .execute();
    await t.db
      .updateTable('feedback')
      .set({ name: '旧版留言人', contact: '13900001111', name_sealed: null, contact_sealed: null })
      .execute();
    await t.db.updateTable('outbox').set({ recipient: 'old.style@example.com', recipient_sealed: null }).execute();
    await t.db.deleteFrom('data_upgrades').execute();

    await runKeyedUpgrades(t.db, t.config);
    const dump = JSON.stringify([
      (await sql`select * from requests`.execute(t.db)).rows,
      (await sql`select * from feedback`.execute(t.db)).rows,
      (await sql`select * from outbox`.execute(t.db)).rows,
    ]);
    for (const clear of ['old.style@example.com', '旧版留言人', '13900001111']) assert.ok(!dump.includes(clear), clear);
    const s = sealer(t.config);
    const row = await t.db
      .selectFrom('requests')
      .select('email_sealed')
      .where('id', '=', r.id)
      .executeTakeFirstOrThrow();
    assert.equal(s.open(row.email_sealed!), 'old.style@example.com');
    const out = await t.db.selectFrom('outbox').select(['recipient', 'recipient_sealed']).executeTakeFirstOrThrow();
    assert.equal(out.recipient, 'o***@example.com');
    assert.equal(s.open(out.recipient_sealed!), 'old.style@example.com');
    const f = (await t.db.selectFrom('feedback').select('id').executeTakeFirstOrThrow()).id;
    const item = withContact(t.config, (await findFeedback(t.db, { kind: 'system' }, Number(f)))!, true);
    assert.deepEqual([item.name, item.contact], ['旧版留言人', '13900001111']);
    assert.ok(
      await t.db.selectFrom('data_upgrades').select('name').where('name', '=', '0024-seal-contacts').executeTakeFirst(),
    );
  });
});
