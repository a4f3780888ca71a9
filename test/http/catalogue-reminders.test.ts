// Column reminders in the back office over real HTTP: the reminded clerk sees the notice on the dashboard and dismisses
// it; another agency's clerk neither sees nor dismisses it; a column's owner is set on the monitor, and a bad owner
// (another agency's staff, not a number) is refused in Chinese with nothing written.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Agency } from '../../src/agencies/store.ts';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { publishEntry } from '../../src/catalogue/publish-entry.ts';
import { remindColumnOwners } from '../../src/catalogue/remind-columns.ts';
import { reviewEntry } from '../../src/catalogue/review-entry.ts';
import { findEntry } from '../../src/catalogue/store.ts';
import { makeCtx } from '../../src/context.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: column reminders in the back office`, () => {
  let s: TestServer;
  let agency: Agency, other: Agency;
  let clerk: Client, otherClerk: Client;
  let otherClerkId: number;
  let news: number;
  const owner = async () =>
    (
      await s.db
        .selectFrom('catalogue_columns')
        .select('owner_user_id')
        .where('id', '=', news)
        .executeTakeFirstOrThrow()
    ).owner_user_id;

  before(async () => {
    s = await startTestServer();
    [agency, other] = [await buildAgency(s, { kind: 'township' }), await buildAgency(s, { kind: 'township' })];
    news = await columnId(s, agency, '工作动态');
    const past = new Date('2026-03-10T02:00:00Z');
    const [author, secrecy, reviewer] = [
      await staffCtx(s, agency, ['clerk'], past),
      await staffCtx(s, agency, ['secrecy_reviewer'], past),
      await staffCtx(s, agency, ['reviewer'], past),
    ];
    const { id } = await createEntry(author, agency.code, draftInput(news));
    const version = async () => (await findEntry(s.db, { kind: 'system' }, id))!.version;
    for (const [ctx, action] of [
      [author, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, id, { action, comment: '', version: await version() });
    await publishEntry(reviewer, id, await version());
    const u = await buildStaff(s, agency.code, ['clerk']);
    const o = await buildStaff(s, other.code, ['clerk']);
    otherClerkId = o.id;
    await columnId(s, other, '工作动态');
    [clerk, otherClerk] = [new Client(s.url), new Client(s.url)];
    await clerk.login(u.username, u.password);
    await otherClerk.login(o.username, o.password);
    await remindColumnOwners(makeCtx(s, { kind: 'system', label: 'test' })); // by the real clock, 2026-03-10 is long stale
  });
  after(async () => s.close());

  test("the reminded clerk sees the notice on the dashboard and dismisses it; another agency's clerk cannot", async () => {
    const board = await clerk.get('/admin');
    assert.match(board.text, /“工作动态”已超期/);
    const noticeId = /action="\/admin\/column-notices\/(\d+)\/seen"/.exec(board.text)![1]!;
    assert.doesNotMatch((await otherClerk.get('/admin')).text, /工作动态”已超期/);
    const refused = await otherClerk.postForm(`/admin/column-notices/${noticeId}/seen`, {}, { from: '/admin' });
    assert.equal(refused.status, 404);
    assert.ok(hasChinese(refused.text));
    const seen = await clerk.postForm(`/admin/column-notices/${noticeId}/seen`, {}, { from: '/admin' });
    assert.equal(seen.status, 303);
    assert.doesNotMatch((await clerk.get('/admin')).text, /“工作动态”已超期/);
  });

  test('a column owner is set on the monitor; a bad owner is refused in Chinese and nothing is written', async () => {
    const monitor = await clerk.get('/admin/catalogue/monitor');
    assert.match(monitor.text, /负责人（到期前提醒）/);
    for (const ownerUserId of [String(otherClerkId), 'abc', '-3']) {
      const r = await clerk.postForm(
        `/admin/catalogue/columns/${news}/owner`,
        { ownerUserId },
        { from: '/admin/catalogue/monitor' },
      );
      assert.equal(r.status, 400, ownerUserId);
      assert.match(r.text, /本机关/);
      assert.equal(await owner(), null);
    }
    const me = /<option value="(\d+)">测试clerk<\/option>/.exec(monitor.text)![1]!;
    const ok = await clerk.postForm(
      `/admin/catalogue/columns/${news}/owner`,
      { ownerUserId: me },
      { from: '/admin/catalogue/monitor' },
    );
    assert.equal(ok.status, 303);
    assert.equal(Number(await owner()), Number(me));
    assert.equal(
      (
        await clerk.postForm(
          `/admin/catalogue/columns/${news}/owner`,
          { ownerUserId: '' },
          { from: '/admin/catalogue/monitor' },
        )
      ).status,
      303,
    );
    assert.equal(await owner(), null);
  });
});
