// Column-owner reminders on the database under test: a column about to go stale or stale is reminded once per period,
// to its owner or else the agency's clerks (never another agency's staff, never a reviewer), with a dashboard notice,
// an outbox message and an audit record; fresh columns and columns declared 本期无新增信息 are left alone; a second
// run sends nothing; `gongkai catalogue remind` does the same from cron.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runCommand } from '../../test/cli.ts';
import { columnId, draftInput, staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import type { Agency } from '../agencies/store.ts';
import { type Ctx, makeCtx } from '../context.ts';
import { createEntry } from './create-entry.ts';
import { declareNothingNew } from './declare-nothing-new.ts';
import { publishEntry } from './publish-entry.ts';
import { listColumnNotices } from './reminder-store.ts';
import { remindColumnOwners } from './remind-columns.ts';
import { reviewEntry } from './review-entry.ts';
import { seeColumnNotice } from './see-column-notice.ts';
import { setColumnOwner } from './set-column-owner.ts';
import { findEntry } from './store.ts';

type Team = { clerk: Ctx; secrecy: Ctx; reviewer: Ctx };
const team = async (t: TestDb, agency: Agency): Promise<Team> => ({
  clerk: await staffCtx(t, agency, ['clerk']),
  secrecy: await staffCtx(t, agency, ['secrecy_reviewer']),
  reviewer: await staffCtx(t, agency, ['reviewer']),
});

async function publishOn(t: TestDb, who: Team, agency: Agency, column: number, day: string): Promise<number> {
  const at = (c: Ctx) => makeCtx({ ...t, now: new Date(`${day}T02:00:00Z`) }, c.actor);
  const { id } = await createEntry(at(who.clerk), agency.code, draftInput(column, { formedOn: day }));
  const version = async () => (await findEntry(t.db, { kind: 'system' }, id))!.version;
  for (const [ctx, action] of [
    [who.clerk, 'submit'],
    [who.secrecy, 'approve'],
    [who.reviewer, 'approve'],
  ] as const)
    await reviewEntry(at(ctx), id, { action, comment: '', version: await version() });
  await publishEntry(at(who.reviewer), id, await version());
  return id;
}

const staffOf = (ctx: Ctx) => (ctx.actor as { userId: number }).userId;

describe(`${DIALECT}: column-owner reminders`, () => {
  let t: TestDb;
  let agency: Agency, other: Agency;
  let clerkA: Ctx, clerkB: Ctx, reviewer: Ctx, otherClerk: Ctx;
  let teamA: Team;
  let news: number, notice: number, policy: number;
  const run = (day: string) =>
    remindColumnOwners(makeCtx({ ...t, now: new Date(`${day}T01:00:00Z`) }, { kind: 'system', label: 'test' }));
  const outbox = async () =>
    await t.db
      .selectFrom('outbox')
      .select(['recipient', 'subject', 'dedupe_key'])
      .where('dedupe_key', 'like', 'column-reminder:%')
      .orderBy('id')
      .execute();
  const audited = async () =>
    (await t.db.selectFrom('audit_log').select('object_id').where('action', '=', 'catalogue.column_reminded').execute())
      .length;

  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township' });
    other = await buildAgency(t, { kind: 'township' });
    [news, notice, policy] = [
      await columnId(t, agency, '工作动态'),
      await columnId(t, agency, '通知公告'),
      await columnId(t, agency, '政策文件'),
    ];
    await columnId(t, other, '工作动态'); // the other agency has columns (all empty) and a clerk of its own
    teamA = await team(t, agency);
    [clerkA, reviewer] = [teamA.clerk, teamA.reviewer];
    [clerkB, otherClerk] = [await staffCtx(t, agency, ['clerk']), await staffCtx(t, other, ['clerk'])];
    for (const col of [news, notice, policy]) await publishOn(t, teamA, agency, col, '2026-03-10');
    await setColumnOwner(clerkA, agency.id, notice, staffOf(clerkA));
    await declareNothingNew(clerkA, agency.id, policy, { until: '2026-12-31', note: '本期无新增政策文件' });
  });
  after(async () => t.close());

  test('a fresh column is not reminded', async () => {
    assert.deepEqual(await run('2026-03-20'), { reminded: 0, notices: 0, queued: 0 }); // 工作动态 stale after 03-24
    assert.equal((await outbox()).length, 0);
  });

  test("a column about to go stale reminds the agency's clerks once (no owner), not the reviewer nor another agency", async () => {
    assert.deepEqual(await run('2026-03-22'), { reminded: 1, notices: 2, queued: 2 });
    const mails = await outbox();
    assert.equal(mails.length, 2);
    assert.ok(
      mails.every(
        (m) =>
          m.subject.includes('工作动态') &&
          m.subject.includes('2026-03-24') &&
          m.dedupe_key.startsWith(`column-reminder:${news}:`),
      ),
    );
    assert.equal((await listColumnNotices(t.db, staffOf(clerkA))).length, 1);
    assert.equal((await listColumnNotices(t.db, staffOf(clerkB))).length, 1);
    assert.equal((await listColumnNotices(t.db, staffOf(reviewer))).length, 0);
    assert.equal((await listColumnNotices(t.db, staffOf(otherClerk))).length, 0);
    assert.equal(await audited(), 1);
  });

  test('once overdue in the same period, and run twice, nothing more is sent; the owned column goes to its owner only; the quiet column stays silent', async () => {
    const first = await run('2026-10-01'); // 工作动态 already reminded for 03-24; 通知公告 stale after 09-10; 政策文件 declared quiet
    assert.deepEqual(first, { reminded: 1, notices: 1, queued: 1 });
    assert.deepEqual(await run('2026-10-01'), { reminded: 0, notices: 0, queued: 0 });
    const mails = await outbox();
    assert.equal(mails.length, 3);
    assert.ok(mails[2]!.subject.includes('通知公告') && mails[2]!.subject.includes('已超期'));
    assert.ok(!mails.some((m) => m.subject.includes('政策文件')));
    assert.deepEqual((await listColumnNotices(t.db, staffOf(clerkA))).map((n) => n.columnName).sort(), [
      '工作动态',
      '通知公告',
    ]);
    assert.deepEqual(
      (await listColumnNotices(t.db, staffOf(clerkB))).map((n) => n.columnName),
      ['工作动态'],
    );
    assert.equal(await audited(), 2);
  });

  test('a new publication starts a new period, reminded again when it runs out', async () => {
    await publishOn(t, teamA, agency, news, '2026-10-02');
    assert.deepEqual(await run('2026-10-05'), { reminded: 0, notices: 0, queued: 0 });
    assert.equal((await run('2026-10-20')).reminded, 1); // stale after 10-16
  });

  test("only the addressee can dismiss a notice; an owner must be the agency's own active staff", async () => {
    const [n] = await listColumnNotices(t.db, staffOf(clerkB));
    await assert.rejects(seeColumnNotice(clerkA, n!.id), { code: 'not_found' });
    await seeColumnNotice(clerkB, n!.id);
    assert.ok(!(await listColumnNotices(t.db, staffOf(clerkB))).some((x) => x.id === n!.id));
    await assert.rejects(setColumnOwner(clerkA, agency.id, news, staffOf(otherClerk)), { code: 'invalid_input' });
    await assert.rejects(setColumnOwner(otherClerk, agency.id, news, staffOf(otherClerk)), (e: { code: string }) =>
      ['forbidden', 'not_found'].includes(e.code),
    );
  });

  test('`gongkai catalogue remind` reminds from cron, once', async () => {
    const fresh = await buildAgency(t, { kind: 'township' });
    await publishOn(t, await team(t, fresh), fresh, await columnId(t, fresh, '工作动态'), '2026-03-10'); // long stale by the real clock
    const r1 = await runCommand(t.env, ['catalogue', 'remind']);
    assert.equal(r1.code, 0, r1.err);
    assert.match(r1.out, /提醒栏目 [1-9]\d* 个/);
    const r2 = await runCommand(t.env, ['catalogue', 'remind']);
    assert.match(r2.out, /提醒栏目 0 个，工作台提示 0 条，新邮件 0 封/);
  });
});
