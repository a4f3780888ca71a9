// Mail at every step, on a real database and the real outbox folder: the applicant with an address gets one mail at
// 补正, consultation, extension, fee notice and reply, each naming the case number and the tracking link, with the
// step's letter attached as a PDF whose text is the letter; the applicant without an address gets none.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Role } from '../auth/roles.ts';
import { makeCtx, type Ctx } from '../context.ts';
import { parseInput } from '../input.ts';
import { outboxIdle } from '../outbox/runner.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency, buildStaff } from '../../test/factories.ts';
import { outboxMails, pdfText } from '../../test/mail.ts';
import { caseView } from './case-view.ts';
import { Application } from './form.ts';
import { performStep } from './perform-step.ts';
import { submitApplication } from './submit.ts';

describe(`${DIALECT}: mail at every step, with the letter attached`, () => {
  let t: TestDb;
  let agency: { id: number; code: string; name: string; path: string };
  let clerk: Ctx, head: Ctx;
  const as = async (roles: Role[]) => {
    const u = await buildStaff(t, agency.code, roles);
    return makeCtx(
      { ...t, now: new Date('2026-04-20T02:00:00Z') },
      {
        kind: 'staff',
        userId: u.id,
        username: u.username,
        displayName: roles.includes('head') ? '王主任' : '李信息',
        agencyId: agency.id,
        agencyCode: agency.code,
        agencyPath: agency.path,
        roles,
      },
    );
  };
  const step = async (ctx: Ctx, id: number, raw: Record<string, string>) => {
    const v = (await caseView(clerk, id)).c.version;
    return performStep(ctx, id, { ...raw, version: String(v) });
  };
  const apply = async (email: string) =>
    submitApplication(
      clerk,
      agency.code,
      parseInput(Application, applicationInput({ email, formWanted: 'paper', delivery: 'pickup' })),
      { channel: 'in_person', receivedOn: '2026-03-02', evidence: '当面' },
    );

  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { parent: (await buildAgency(t, { kind: 'county', name: '示范县人民政府' })).code });
    clerk = await as(['clerk']);
    head = await as(['head']);
  });
  after(async () => {
    await t.close();
  });

  test('each step writes to the applicant once, naming the case and the tracking link, its letter attached as PDF', async () => {
    const r = await apply('wangwu@example.com');
    await step(clerk, r.id, {
      event: 'correction_requested',
      onDate: '2026-03-03',
      items: '请写明道路名称',
      replyBy: '2026-03-20',
    });
    await step(clerk, r.id, { event: 'corrected', onDate: '2026-03-05' });
    await step(clerk, r.id, {
      event: 'consultation_started',
      onDate: '2026-03-06',
      party: 'third_party',
      partyName: '示范县宏达建设工程有限公司',
    });
    await step(clerk, r.id, { event: 'consultation_ended', onDate: '2026-03-13' });
    await step(clerk, r.id, {
      event: 'extension_requested',
      onDate: '2026-03-16',
      workingDays: '10',
      reason: '需调取三个年度的档案',
    });
    await step(head, r.id, { event: 'extension_approved', onDate: '2026-03-16' });
    await step(clerk, r.id, { event: 'fee_notice_sent', onDate: '2026-03-17', method: 'pages', pages: '60' });
    await step(clerk, r.id, { event: 'fee_paid', onDate: '2026-03-18' });
    const done = await step(clerk, r.id, {
      event: 'replied',
      onDate: '2026-03-19',
      outcome: 'disclosed',
      basis: '条例第三十六条第（二）项',
    });
    assert.equal(done.letter, 'reply');
    await outboxIdle(t.db);

    const mails = outboxMails(t.dataDir).filter((m) => m.subject.includes(r.number) && m.pdfs.length);
    const expected = [
      ['请补正申请内容', '政府信息公开申请补正告知书', '请写明道路名称'],
      ['正在征求意见', '征求意见告知书', '不计算在答复期限内'],
      ['答复期限已延长', '延长答复期限告知书', '延长10个工作日'],
      ['信息处理费收费通知', '信息处理费收费通知', '300元'],
      ['已作出答复', '政府信息公开申请答复告知书', '予以公开'],
    ];
    assert.deepEqual(
      mails.map((m) => m.subject.replace(/^.*：/, '')),
      expected.map((e) => e[0]),
    );
    for (const [i, m] of mails.entries()) {
      const [, title, says] = expected[i]!;
      assert.equal(m.to, 'wangwu@example.com');
      assert.ok(m.subject.startsWith(`【${agency.name}】`));
      assert.ok(m.text.includes(`申请编号 ${r.number}`), m.text);
      assert.ok(m.text.includes(`${t.config.baseUrl}/${agency.code}/track?number=${r.number}`), m.text);
      assert.ok(!m.text.includes(r.code), 'the 查询码 is never mailed');
      assert.equal(m.pdfs.length, 1);
      assert.equal(m.pdfs[0]!.name, `${title}-${r.number}.pdf`);
      assert.equal(m.pdfs[0]!.data.subarray(0, 5).toString(), '%PDF-');
      const text = await pdfText(m.pdfs[0]!.data);
      assert.ok(text.includes(title!) && text.includes(r.number) && text.includes(says!), `${title}: ${text}`);
      if (title === '征求意见告知书') assert.ok(!text.includes('宏达'), 'the third party consulted is not named');
    }
    // The letters mailed are the case's letters, issued in the step's transaction.
    const kinds = (await caseView(clerk, r.id)).letters.map((l) => l.kind);
    assert.deepEqual(kinds, ['correction', 'consultation_notice', 'extension', 'fee', 'reply']);
  });

  test('an applicant who gave no e-mail address gets no mail, and the step issues no letter of its own', async () => {
    const before = outboxMails(t.dataDir).length;
    const r = await apply('');
    const done = await step(clerk, r.id, {
      event: 'correction_requested',
      onDate: '2026-03-03',
      items: '请写明道路名称',
      replyBy: '2026-03-20',
    });
    await outboxIdle(t.db);
    assert.equal(done.letter, undefined);
    assert.equal(outboxMails(t.dataDir).length, before);
    assert.equal(outboxMails(t.dataDir).filter((m) => m.subject.includes(r.number)).length, 0);
    assert.deepEqual((await caseView(clerk, r.id)).letters, []);
  });

  test('a letter that cannot be made yet does not hold up the step: the mail goes without it and says it will follow', async () => {
    const orphan = await buildAgency(t); // not placed under a county: no 复议机关 for the reply's remedies
    const u = await buildStaff(t, orphan.code, ['clerk']);
    const c2 = makeCtx(t, {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: '李信息',
      agencyId: orphan.id,
      agencyCode: orphan.code,
      agencyPath: orphan.path,
      roles: ['clerk'],
    });
    const r = await submitApplication(
      c2,
      orphan.code,
      parseInput(
        Application,
        applicationInput({ email: 'zhaoliu@example.com', formWanted: 'paper', delivery: 'pickup' }),
      ),
      { channel: 'in_person', receivedOn: '2026-03-02', evidence: '当面' },
    );
    await performStep(c2, r.id, { event: 'accepted', version: '1', onDate: '2026-03-02' });
    const done = await performStep(c2, r.id, {
      event: 'replied',
      version: '2',
      onDate: '2026-03-04',
      outcome: 'disclosed',
      basis: '条例第三十六条第（二）项',
    });
    assert.deepEqual(done, { state: 'replied', letter: undefined });
    await outboxIdle(t.db);
    const [mail] = outboxMails(t.dataDir).filter((m) => m.subject.includes(`${r.number}：已作出答复`));
    assert.ok(mail);
    assert.equal(mail.pdfs.length, 0);
    assert.ok(mail.text.includes('《政府信息公开申请答复告知书》将另行送达'), mail.text);
  });
});
