// The case list finds a case by its 申请编号, the applicant's name or the title of the information sought; a search
// that finds nothing says so; `%` and `_` are searched as themselves, not as wildcards.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Application } from '../../src/requests/form.ts';
import { submitApplication } from '../../src/requests/submit.ts';
import { staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: searching the case list`, () => {
  let s: TestServer;
  let clerk: Client;
  const numbers: string[] = [];
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const ctx = await staffCtx(s, a, ['clerk'], new Date('2026-11-20T02:00:00Z'));
    for (const [name, infoTitle] of [
      ['王小明', '东和乡道路维修经费'],
      ['李大华', '低保对象名单'],
      ['赵六', '100%完成率的考核表'],
    ] as const) {
      numbers.push(
        (
          await submitApplication(
            ctx,
            a.code,
            Application.parse(applicationInput({ name, infoTitle })) as never,
            { channel: 'in_person', receivedOn: '2026-11-20', evidence: '窗口' } as never,
          )
        ).number,
      );
    }
    const u = await buildStaff(s, a.code, ['clerk']);
    clerk = new Client(s.url);
    await clerk.login(u.username, u.password);
  });
  after(async () => {
    await s.close();
  });

  const listed = async (q: string) =>
    [
      ...(await clerk.get(`/admin/requests?q=${encodeURIComponent(q)}`)).text.matchAll(
        /<a href="\/admin\/requests\/\d+">([A-Z0-9]+)<\/a>/g,
      ),
    ].map((m) => m[1]);

  test('by number (in part, any case), by applicant name and by title', async () => {
    assert.deepEqual(await listed(numbers[1]!), [numbers[1]]);
    assert.deepEqual(await listed(numbers[2]!.slice(-6).toLowerCase()), [numbers[2]]);
    assert.deepEqual(await listed('李大华'), [numbers[1]]);
    assert.deepEqual(await listed('道路 经费'), [numbers[0]]);
    assert.deepEqual(await listed('100%'), [numbers[2]]);
    assert.deepEqual(await listed('%'), [numbers[2]]);
  });

  test('a search that finds nothing says so, and the box keeps the words', async () => {
    const page = (await clerk.get('/admin/requests?q=%E6%97%A0%E6%AD%A4%E7%94%B3%E8%AF%B7')).text;
    assert.match(page, /没有符合条件的申请（查找“无此申请”）/);
    assert.match(page, /<input id="f-q" name="q" type="search" value="无此申请"/);
  });
});
