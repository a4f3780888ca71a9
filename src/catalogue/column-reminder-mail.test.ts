// A column reminder is mailed to the owner's own address once they gave one (我的账号); without one it stays in the
// outbox folder under their name.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { columnId, draftInput, staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import { outboxMails } from '../../test/mail.ts';
import { type Ctx, makeCtx } from '../context.ts';
import { deliverOutbox } from '../outbox/deliver.ts';
import { setStaffEmail } from '../staff/set-email.ts';
import { createEntry } from './create-entry.ts';
import { publishEntry } from './publish-entry.ts';
import { remindColumnOwners } from './remind-columns.ts';
import { reviewEntry } from './review-entry.ts';
import { setColumnOwner } from './set-column-owner.ts';
import { findEntry } from './store.ts';

describe(`${DIALECT}: column reminders by e-mail`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  test("a stale column's reminder goes to its owner's address, or to the folder under their name", async () => {
    const agency = await buildAgency(t);
    const day = '2026-01-05';
    const at = (c: Ctx) => makeCtx({ ...t, now: new Date(`${day}T02:00:00Z`) }, c.actor);
    const [clerk, secrecy, reviewer] = [
      await staffCtx(t, agency, ['clerk']),
      await staffCtx(t, agency, ['secrecy_reviewer']),
      await staffCtx(t, agency, ['reviewer']),
    ];
    const owner = await staffCtx(t, agency, ['clerk']);
    const [news, notices] = [await columnId(t, agency, '工作动态'), await columnId(t, agency, '通知公告')];
    for (const column of [news, notices]) {
      const { id } = await createEntry(at(clerk), agency.code, draftInput(column, { formedOn: day }));
      const version = async () => (await findEntry(t.db, { kind: 'system' }, id))!.version;
      for (const [ctx, action] of [
        [clerk, 'submit'],
        [secrecy, 'approve'],
        [reviewer, 'approve'],
      ] as const)
        await reviewEntry(at(ctx), id, { action, comment: '', version: await version() });
      await publishEntry(at(reviewer), id, await version());
    }
    const ownerId = (owner.actor as { userId: number }).userId;
    await setColumnOwner(clerk, agency.id, news, ownerId);
    await setStaffEmail(owner, ownerId, { email: 'owner@donghe.gov.cn' });
    const system = makeCtx({ ...t, now: new Date('2026-11-30T01:00:00Z') }, { kind: 'system', label: 'test' });
    await remindColumnOwners(system);
    await deliverOutbox(t.db, t.config, system.now);
    const mails = outboxMails(t.dataDir).filter((m) => m.file.includes('column-reminder'));
    const toOwner = mails.filter((m) => m.subject.includes('工作动态'));
    assert.deepEqual(
      toOwner.map((m) => m.to),
      ['owner@donghe.gov.cn'],
    );
    // A column without an owner reminds every clerk: the owner (a clerk) by mail, the other under their name.
    const toClerks = mails.filter((m) => m.subject.includes('通知公告')).map((m) => m.to);
    assert.equal(toClerks.length, 2);
    assert.ok(toClerks.includes('owner@donghe.gov.cn'));
    assert.ok(
      toClerks.some((to) => /^测试clerk（u-[0-9a-f]+）$/.test(to)),
      toClerks.join(' '),
    );
  });
});
