// 工作机制, 工作考核 and 重点工作任务 through the back office.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: supervision work records`, () => {
  let s: TestServer;
  let head: Client, clerk: Client, other: Client;
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const b = await buildAgency(s);
    const as = async (code: string, roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [head, clerk, other] = [await as(a.code, ['head']), await as(a.code, ['clerk']), await as(b.code, ['head'])];
  });
  after(async () => {
    await s.close();
  });
  const from = (path: string) => ({ from: path });

  test('a new holder of a duty ends the previous one; a revised rule becomes its next version and the old stays on file', async () => {
    const m = '/admin/supervision/mechanism';
    assert.equal(
      (
        await head.postForm(
          `${m}/people`,
          { duty: 'principal', person: '张书记', post: '党委书记', since: '2024-01-01' },
          from(m),
        )
      ).status,
      303,
    );
    assert.equal(
      (
        await head.postForm(
          `${m}/people`,
          { duty: 'principal', person: '李书记', post: '党委书记', since: '2026-03-01' },
          from(m),
        )
      ).status,
      303,
    );
    const page = await head.get(m);
    assert.match(page.text, /张书记[\s\S]*?2024-01-01 至 2026-03-01/);
    assert.match(page.text, /李书记[\s\S]*?2026-03-01 至 今/);
    assert.equal(
      (
        await head.postForm(
          `${m}/rules`,
          {
            series: '',
            title: '网站信息发布审核制度',
            docNumber: '',
            adoptedOn: '2023-02-01',
            summary: '先审后发，三审三校',
          },
          from(m),
        )
      ).status,
      303,
    );
    const series = /<option value="([^"]+)">修订：网站信息发布审核制度/.exec((await head.get(m)).text)![1]!;
    assert.equal(
      (
        await head.postForm(
          `${m}/rules`,
          {
            series,
            title: '网站信息发布审核制度（修订）',
            docNumber: '东政办〔2026〕3号',
            adoptedOn: '2026-04-01',
            summary: '增加保密审查环节',
          },
          from(m),
        )
      ).status,
      303,
    );
    const rules = (await head.get(m)).text;
    assert.match(rules, /网站信息发布审核制度（修订）<\/td><td>第 2 版（现行）/);
    assert.match(rules, /网站信息发布审核制度<\/td><td>第 1 版<\/td>/);
  });

  test('an assessment round scores each unit against its sheet and ranks the totals', async () => {
    const r = await head.postForm(
      '/admin/supervision/assessments',
      {
        year: '2026',
        title: '2026年度各村政务公开考核',
        items: '栏目按时更新 40\n依申请按期答复 40\n培训参与 20',
        useAnnual: 'yes',
      },
      from('/admin/supervision/assessments'),
    );
    assert.equal(r.status, 303);
    const url = r.location!.split('?')[0]!;
    assert.equal(
      (await head.postForm(`${url}/results`, { unit: '东和村', scores: ['35', '40', '18.5'] }, from(url))).status,
      303,
    );
    assert.equal(
      (await head.postForm(`${url}/results`, { unit: '西和村', scores: ['40', '40', '20'] }, from(url))).status,
      303,
    );
    const over = await head.postForm(`${url}/results`, { unit: '南和村', scores: ['41', '40', '20'] }, from(url));
    assert.equal(over.status, 400);
    assert.match(over.text, /栏目按时更新.*0–40/);
    const page = (await head.get(url)).text;
    assert.match(page, /西和村[\s\S]*<strong>100<\/strong>[\s\S]*东和村[\s\S]*<strong>93.5<\/strong>/);
    assert.doesNotMatch(page, /南和村/);
    assert.equal((await other.get(url)).status, 404, 'another agency does not see the round');
    assert.equal(
      (await clerk.postForm(`${url}/results`, { unit: '东和村', scores: ['1', '1', '1'] }, from(url))).status,
      403,
    );
  });

  test('a key task shows as overdue past its date and as done once completed', async () => {
    const t = '/admin/supervision/tasks';
    assert.equal(
      (
        await head.postForm(
          t,
          {
            year: '2026',
            source: '县政务公开重点工作任务分工',
            task: '完善基层政务公开标准目录',
            owner: '党政办',
            dueOn: '2026-06-30',
          },
          from(t),
        )
      ).status,
      303,
    );
    assert.equal(
      (
        await head.postForm(
          t,
          {
            year: '2026',
            source: '县政务公开重点工作任务分工',
            task: '开展政府开放日活动',
            owner: '党政办',
            dueOn: '2099-06-30',
          },
          from(t),
        )
      ).status,
      303,
    );
    const page = (await head.get(t)).text;
    assert.match(page, /完善基层政务公开标准目录[\s\S]*?已逾期/);
    assert.match(page, /开展政府开放日活动[\s\S]*?推进中/);
    const id = /action="\/admin\/supervision\/tasks\/(\d+)\/done"/.exec(page)![1]!;
    assert.equal(
      (await head.postForm(`${t}/${id}/done`, { doneOn: '2026-07-03', note: '已印发' }, from(t))).status,
      303,
    );
    assert.match((await head.get(t)).text, /完善基层政务公开标准目录[\s\S]*?逾期完成（2026-07-03）/);
    assert.equal((await other.postForm(`${t}/${id}/done`, { doneOn: '2026-07-03' }, from(t))).status, 404);
  });

  test('bad input to every supervision form gets a Chinese 400 and writes nothing', async () => {
    const rows = async () =>
      Number(
        (
          await s.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await rows();
    const cases: Array<[string, Record<string, string | string[]>]> = [
      ['/admin/supervision/mechanism/people', { duty: 'king', person: '', post: 'x', since: '2026-13-01' }],
      [
        '/admin/supervision/mechanism/rules',
        { series: '', title: '', adoptedOn: 'yesterday', summary: 'x'.repeat(3000) },
      ],
      ['/admin/supervision/assessments', { year: 'abc', title: 'x', items: '没有分值' }],
      ['/admin/supervision/tasks', { year: '2026', source: '', task: '', owner: '', dueOn: '' }],
    ];
    for (const [path, fields] of cases) {
      const r = await head.postForm(path, fields, from('/admin/supervision'));
      assert.equal(r.status, 400, path);
      assert.ok(hasChinese(r.text));
    }
    assert.equal(await rows(), before);
  });
});
