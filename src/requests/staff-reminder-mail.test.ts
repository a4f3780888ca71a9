// Deadline reminders reach the handler's own e-mail address once they gave one; without one the note stays in the
// outbox folder under their name; a bad address is refused in Chinese.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx, type Ctx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import { StaffEmail } from '../staff/form.ts';
import { setStaffEmail } from '../staff/set-email.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { outboxMails } from '../../test/mail.ts';
import { Application } from './form.ts';
import { performStep } from './perform-step.ts';
import { queueReminders } from './remind.ts';
import { submitApplication } from './submit.ts';

describe(`${DIALECT}: staff reminders by e-mail`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  const handledOverdueCase = async (name: string) => {
    const agency = await buildAgency(t);
    const u = await buildStaff(t, agency.code, ['clerk']);
    const clerk: Ctx = makeCtx(t, {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: name,
      agencyId: agency.id,
      agencyCode: agency.code,
      agencyPath: agency.path,
      roles: ['clerk'],
    });
    const r = await submitApplication(
      clerk,
      agency.code,
      parseInput(Application, applicationInput({ email: '', formWanted: 'paper', delivery: 'pickup' })),
      { channel: 'in_person', receivedOn: '2026-01-05', evidence: '当面' },
    );
    await performStep(clerk, r.id, { event: 'accepted', version: '1', onDate: '2026-01-05' }); // the clerk handles it
    return { clerk, userId: u.id, number: r.number };
  };

  test("an overdue case's reminder goes to the handler's own address", async () => {
    const { clerk, userId, number } = await handledOverdueCase('李信息');
    await setStaffEmail(clerk, userId, { email: ' li.xinxi@donghe.gov.cn ' });
    await queueReminders(makeCtx(t, { kind: 'system', label: 'test' }));
    const mail = outboxMails(t.dataDir).find((m) => m.file.includes(`reminder_${number}`));
    assert.ok(mail, 'the reminder was written');
    assert.equal(mail.to, 'li.xinxi@donghe.gov.cn');
    assert.match(mail.subject, new RegExp(`【已逾期】申请 ${number}`));
    assert.ok(mail.text.includes(`${t.config.baseUrl}/admin/requests/`));
  });

  test('without an address the reminder stays in the folder under the handler’s name', async () => {
    const { number } = await handledOverdueCase('赵承办');
    await queueReminders(makeCtx(t, { kind: 'system', label: 'test' }));
    const mail = outboxMails(t.dataDir).find((m) => m.file.includes(`reminder_${number}`));
    assert.match(mail?.to ?? '', /^承办人 测试clerk$/); // buildStaff's display name
  });

  test('a malformed address is refused with a Chinese message naming the field', () => {
    assert.throws(
      () => parseInput(StaffEmail, { email: 'li at donghe' }),
      (e: DomainError) => e.code === 'invalid_input' && /电子邮箱/.test(e.fields?.email ?? ''),
    );
    assert.equal(parseInput(StaffEmail, { email: '' }).email, null);
  });
});
