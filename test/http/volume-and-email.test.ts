// Over real HTTP: the case page's 第三十五条 panel (the applicant's counts against the agency's thresholds, what the
// article allows in its own words with the step to take, other applicants' similar requests without their names);
// the thresholds page refusing bad numbers in Chinese; and a clerk giving their e-mail address on 我的账号.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Agency } from '../../src/agencies/store.ts';
import { createApiToken } from '../../src/auth/sessions.ts';
import { makeCtx, type Ctx } from '../../src/context.ts';
import { parseInput } from '../../src/input.ts';
import { Application } from '../../src/requests/form.ts';
import { performStep } from '../../src/requests/perform-step.ts';
import { submitApplication } from '../../src/requests/submit.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: the 第三十五条 panel and the staff e-mail address`, () => {
  let s: TestServer;
  let agency: Agency;
  let clerk: Client, ctx: Ctx, userId: number;
  const apply = async (name: string, idNumber: string, receivedOn: string, infoTitle: string) =>
    submitApplication(
      ctx,
      agency.code,
      parseInput(
        Application,
        applicationInput({
          name,
          idNumber,
          infoTitle,
          infoDescription: `${infoTitle}全文`,
          email: '',
          formWanted: 'paper',
          delivery: 'pickup',
        }),
      ),
      { channel: 'in_person', receivedOn, evidence: '当面' },
    );

  before(async () => {
    s = await startTestServer();
    agency = await buildAgency(s);
    const u = await buildStaff(s, agency.code, ['clerk']);
    userId = u.id;
    clerk = new Client(s.url);
    await clerk.login(u.username, u.password);
    ctx = makeCtx(s, {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: '李信息',
      agencyId: agency.id,
      agencyCode: agency.code,
      agencyPath: agency.path,
      roles: ['clerk'],
    });
  });
  after(async () => s.close());

  test('over its thresholds, the case page says what 第三十五条 allows and offers the step; similar requests name nobody', async () => {
    const bad = await clerk.postForm(
      '/admin/requests/volume-thresholds',
      { per30Days: '0', per12Months: '两件' },
      { from: '/admin/requests/volume-thresholds' },
    );
    assert.equal(bad.status, 400);
    assert.match(bad.text, /30 日内件数至少为 1/);
    const saved = await clerk.postForm(
      '/admin/requests/volume-thresholds',
      { per30Days: '2', per12Months: '5' },
      { from: '/admin/requests/volume-thresholds' },
    );
    assert.equal(saved.status, 303);
    assert.match((await clerk.get('/admin/requests/volume-thresholds')).text, /name="per30Days"[^>]*value="2"/);

    await apply('陈大文', '110105198001010016', '2026-02-10', '乡敬老院入住老人名册');
    await apply('陈大文', '110105198001010016', '2026-02-20', '乡敬老院年度经费');
    const r = await apply('陈大文', '110105198001010016', '2026-03-02', '东和乡村道硬化工程的招标文件');
    const other = await apply('林小红', '440305199002020023', '2025-12-01', '东和乡村道硬化工程招标文件');
    await performStep(ctx, r.id, { event: 'accepted', version: '1', onDate: '2026-03-02' });

    const page = (await clerk.get(`/admin/requests/${r.id}`)).text;
    assert.match(page, /申请数量与频次（条例第三十五条）/);
    assert.match(
      page,
      /30 日内<\/dt><dd><strong>3<\/strong> 件（2026-02-01 至 2026-03-02，含本件）；提示阈值 2 件 <strong class="overdue">已超过<\/strong>/,
    );
    assert.match(page, /12 个月内<\/dt><dd><strong>3<\/strong> 件[^<]*提示阈值 5 件<\/dd>/);
    assert.ok(page.includes('可以确定延迟答复的合理期限并告知申请人'), 'the article in its own words');
    assert.ok(page.includes(`href="/admin/requests/${r.id}?step=reasons_requested#step-form">要求说明理由</a>`));
    assert.ok(page.includes(`<a href="/admin/requests/${other.id}">${other.number}</a> 2025-12-01`));
    assert.ok(!page.includes('林小红') && !page.includes('林*'), "the other applicant's name is nowhere");
  });

  test('a clerk gives their e-mail address on 我的账号; a malformed one is refused in Chinese', async () => {
    const bad = await clerk.postForm('/admin/account/email', { email: 'li at donghe' }, { from: '/admin/account' });
    assert.equal(bad.status, 400);
    assert.ok(hasChinese(bad.text) && bad.text.includes('请填写正确的电子邮箱'));
    const ok = await clerk.postForm('/admin/account/email', { email: 'li@donghe.gov.cn' }, { from: '/admin/account' });
    assert.equal(ok.status, 303);
    assert.match((await clerk.get('/admin/account')).text, /name="email"[^>]*value="li@donghe.gov.cn"/);
    const row = await s.db.selectFrom('users').select('email').where('id', '=', userId).executeTakeFirstOrThrow();
    assert.equal(row.email, 'li@donghe.gov.cn');
  });

  test('the same through the API: the panel by case number, the thresholds read and set, addresses set; a reviewer may not set thresholds', async () => {
    const { token } = await createApiToken(ctx, '测试');
    const r = await apply('陈大文', '110105198001010016', '2026-03-03', '乡敬老院入住老人名册');
    const c = new Client(s.url);
    const panel = await c.json(`/api/v1/staff/requests/${r.number}/volume`, { token });
    assert.equal(panel.status, 200);
    assert.equal(panel.body.last30Days, 4);
    assert.deepEqual(panel.body.thresholds, { per30Days: 2, per12Months: 5 });
    assert.equal(panel.body.over30, true);
    const set = await c.json('/api/v1/staff/volume-thresholds', {
      method: 'PUT',
      token,
      body: { per30Days: 20, per12Months: 100 },
    });
    assert.deepEqual([set.status, set.body], [200, { per30Days: 20, per12Months: 100 }]);
    const bad = await c.json('/api/v1/staff/volume-thresholds', { method: 'PUT', token, body: { per30Days: 0 } });
    assert.equal(bad.status, 400);
    assert.ok(hasChinese(bad.body.error.fields.per30Days) && hasChinese(bad.body.error.fields.per12Months));
    const reviewer = await buildStaff(s, agency.code, ['reviewer']);
    const rc = new Client(s.url);
    await rc.login(reviewer.username, reviewer.password);
    const refused = await rc.json('/api/v1/staff/volume-thresholds', {
      method: 'PUT',
      body: { per30Days: 1, per12Months: 1 },
      headers: { 'x-csrf-token': await rc.csrf('/admin') },
    });
    assert.equal(refused.status, 403);
    const mine = await c.json('/api/v1/account/email', { method: 'PUT', token, body: { email: 'li2@donghe.gov.cn' } });
    assert.deepEqual([mine.status, mine.body], [200, { email: 'li2@donghe.gov.cn' }]);
    const byClerk = await c.json(`/api/v1/users/${reviewer.id}/email`, { method: 'PUT', token, body: { email: '' } });
    assert.equal(byClerk.status, 403, 'only an administrator sets a colleague’s address');
  });
});
