// The case page leads with what to do next: the allowed workflow steps as buttons above the case's details (the
// first one prominent; 查看完整个人信息, for the handler, a secondary button in the details); a step that needs a letter offers it, checked,
// and issues it with the step.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Application } from '../../src/requests/form.ts';
import { submitApplication } from '../../src/requests/submit.ts';
import { staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: the case page's next steps`, () => {
  let s: TestServer;
  let clerk: Client;
  let id = 0;
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county' });
    const a = await buildAgency(s, { parent: county.code });
    const ctx = await staffCtx(s, a, ['clerk'], new Date());
    id = (await submitApplication(ctx, a.code, Application.parse(applicationInput()) as never)).id;
    const u = await buildStaff(s, a.code, ['clerk']);
    clerk = new Client(s.url);
    await clerk.login(u.username, u.password);
  });
  after(async () => {
    await s.close();
  });

  test('the next steps come first, as buttons, above the case details; the first one prominent', async () => {
    const page = (await clerk.get(`/admin/requests/${id}`)).text;
    const steps = page.indexOf('<h2 id="next-steps">下一步办理</h2>');
    assert.ok(steps > 0 && steps < page.indexOf('<h2>申请详情</h2>'));
    assert.match(page, /<a class="button" href="\/admin\/requests\/\d+\?step=accepted#step-form">受理<\/a>/);
    assert.match(
      page,
      /<a class="button secondary" href="\/admin\/requests\/\d+\?step=correction_requested#step-form">告知补正<\/a>/,
    );
  });

  test('告知补正 offers its letter, checked, and issues it with the step', async () => {
    const form = (await clerk.get(`/admin/requests/${id}?step=correction_requested`)).text;
    assert.match(
      form,
      /<input type="checkbox" id="f-withLetter" name="withLetter" value="yes" checked> <label for="f-withLetter">同时出具政府信息公开申请补正告知书<\/label>/,
    );
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const replyBy = new Date(Date.now() + 8 * 3600_000 + 15 * 86400_000).toISOString().slice(0, 10);
    const r = await clerk.postForm(
      `/admin/requests/${id}/steps`,
      {
        event: 'correction_requested',
        version,
        onDate: today,
        items: '请写明所需信息的年度。',
        replyBy,
        note: '',
        withLetter: 'yes',
      },
      { from: `/admin/requests/${id}` },
    );
    assert.equal(r.status, 303, r.text.slice(0, 400));
    const page = (await clerk.get(`/admin/requests/${id}`)).text;
    assert.match(page, /政府信息公开申请补正告知书：<a href="\/admin\/requests\/\d+\/letters\/\d+\.docx">DOCX<\/a>/);
    assert.doesNotMatch(
      page,
      /<button type="submit" class="secondary">出具政府信息公开申请补正告知书<\/button>/,
      'not offered twice',
    );
  });
});
