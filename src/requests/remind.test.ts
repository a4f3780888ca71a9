// The outbox on a real database: the receipt e-mail is dropped as a file once; reminders for overdue cases are sent
// once, however often the reminder run repeats.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../context.ts';
import { parseInput } from '../input.ts';
import { outboxIdle } from '../outbox/runner.ts';
import { outboxCounts } from '../outbox/store.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { Application } from './form.ts';
import { queueReminders } from './remind.ts';
import { submitApplication } from './submit.ts';

describe(`${DIALECT}: outbox, receipts and reminders`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });
  const files = () => {
    const d = path.join(t.dataDir, 'outbox');
    return existsSync(d) ? readdirSync(d) : [];
  };

  test('a receipt e-mail is written once to the outbox folder, with the 编号 and without the 查询码', async () => {
    const agency = await buildAgency(t);
    const input = parseInput(Application, applicationInput({ nonce: 'receipt-nonce-0123456789' }));
    const r = await submitApplication(makeCtx(t, { kind: 'public' }), agency.code, input);
    await submitApplication(makeCtx(t, { kind: 'public' }), agency.code, input);
    await outboxIdle(t.db); // the receipt leaves in the background, after the commit
    const receipts = files().filter((f) => f.includes(`receipt_${r.number}`));
    assert.equal(receipts.length, 1);
    const text = readFileSync(path.join(t.dataDir, 'outbox', receipts[0]!), 'utf8');
    assert.match(text, /To: zhangsan@example.com/);
    assert.ok(text.includes(r.number) && !text.includes(r.code));
  });

  test('an overdue case gets one reminder, however often the run repeats; the dashboard counts it', async () => {
    const agency = await buildAgency(t);
    const clerk = await buildStaff(t, agency.code, ['clerk']);
    const staff = makeCtx(t, {
      kind: 'staff',
      userId: clerk.id,
      username: clerk.username,
      displayName: '李信息',
      agencyId: agency.id,
      agencyCode: agency.code,
      agencyPath: agency.path,
      roles: ['clerk'],
    });
    const r = await submitApplication(
      staff,
      agency.code,
      parseInput(Application, applicationInput({ email: '', formWanted: 'paper', delivery: 'pickup' })),
      { channel: 'in_person', receivedOn: '2026-01-05', evidence: '当面' },
    );
    const system = makeCtx(t, { kind: 'system', label: 'test' });
    const first = await queueReminders(system);
    const second = await queueReminders(system);
    assert.ok(first.queued >= 1);
    assert.equal(second.queued, 0);
    const reminders = files().filter((f) => f.includes(`reminder_${r.number}`));
    assert.equal(reminders.length, 1);
    const counts = await outboxCounts(t.db, staff.scope);
    assert.equal(counts.queued, 0);
    assert.ok(counts.sent >= 1);
  });
});
