// The public feedback box (社会评议) and the private supervision records, through the real server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe(`${DIALECT}: the feedback box and supervision records`, () => {
  let s: TestServer;
  let a: { code: string }, b: { code: string };
  let clerkA: Client, reviewerA: Client, headA: Client, clerkB: Client;
  before(async () => {
    s = await startTestServer();
    a = await buildAgency(s);
    b = await buildAgency(s);
    const login = async (code: string, roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerkA, reviewerA, headA, clerkB] = [
      await login(a.code, ['clerk']),
      await login(a.code, ['reviewer']),
      await login(a.code, ['head']),
      await login(b.code, ['clerk']),
    ];
  });
  after(async () => {
    await s.close();
  });

  async function leave(citizen: Client, fields: Record<string, string>) {
    const page = await citizen.get(`/${a.code}/feedback`);
    const key = /name="key" value="([^"]+)"/.exec(page.text)![1]!;
    return {
      key,
      ...(await citizen.postForm(`/${a.code}/feedback`, { key, ...fields }, { from: `/${a.code}/feedback` })),
    };
  }
  const codeOf = (text: string) => /<strong>([A-Z2-9]{12})<\/strong>/.exec(text)![1]!;

  test('a citizen leaves anonymous feedback without JavaScript and gets a tracking code; a double submit makes one', async () => {
    const citizen = new Client(s.url);
    const r = await leave(citizen, { subject: '建议公开村务开支', body: '希望每季度公开各村的开支明细。' });
    assert.equal(r.status, 201);
    const code = codeOf(r.text);
    assert.match(r.text, /我们将在 <strong>\d{4}-\d{2}-\d{2}<\/strong> 前答复/);
    const again = await citizen.postForm(
      `/${a.code}/feedback`,
      { key: r.key, subject: '建议公开村务开支', body: '希望每季度公开各村的开支明细。' },
      { from: `/${a.code}/feedback` },
    );
    assert.equal(again.status, 200);
    assert.equal(codeOf(again.text), code);
    const rows = await s.db.selectFrom('feedback').select('id').where('subject', '=', '建议公开村务开支').execute();
    assert.equal(rows.length, 1);
    const track = await citizen.postForm(
      `/${a.code}/feedback/track`,
      { code: code.toLowerCase() },
      { from: `/${a.code}/feedback/track` },
    );
    assert.equal(track.status, 200);
    assert.match(track.text, /待答复/);
  });

  test('a wrong tracking code finds nothing and a malformed one is refused with a Chinese message', async () => {
    const c = new Client(s.url);
    const wrong = await c.postForm(
      `/${a.code}/feedback/track`,
      { code: 'ABCDEFGHJKLM' },
      { from: `/${a.code}/feedback/track` },
    );
    assert.equal(wrong.status, 404);
    const bad = await c.postForm(`/${a.code}/feedback/track`, { code: '123' }, { from: `/${a.code}/feedback/track` });
    assert.equal(bad.status, 400);
    assert.match(bad.text, /查询码为 12 位/);
  });

  test('hostile text is stored as written and shown escaped everywhere; oversized text is refused', async () => {
    const citizen = new Client(s.url);
    const r = await leave(citizen, {
      subject: HOSTILE.slice(0, 60),
      body: `${HOSTILE}\n第二段`,
      name: HOSTILE.slice(0, 40),
      wantsPublic: 'yes',
    });
    assert.equal(r.status, 201);
    const row = await s.db
      .selectFrom('feedback')
      .select(['id', 'body', 'version'])
      .where('body', 'like', '%第二段')
      .executeTakeFirstOrThrow();
    assert.equal(row.body, `${HOSTILE}\n第二段`);
    const track = await citizen.postForm(
      `/${a.code}/feedback/track`,
      { code: codeOf(r.text) },
      { from: `/${a.code}/feedback/track` },
    );
    assert.doesNotMatch(track.text, /<script>alert|<img src=x/);
    assert.match(track.text, /&lt;script&gt;alert/);
    const staffView = await clerkA.get(`/admin/feedback/${row.id}`);
    assert.doesNotMatch(staffView.text, /<script>alert|<img src=x/);
    // reply, then publish: the public list shows it, escaped
    const csrf = await clerkA.csrf(`/admin/feedback/${row.id}`);
    assert.equal(
      (
        await clerkA.postForm(
          `/admin/feedback/${row.id}/reply`,
          { reply: `已收到。${HOSTILE}`, version: String(row.version) },
          { csrf },
        )
      ).status,
      303,
    );
    assert.equal(
      (
        await reviewerA.postForm(
          `/admin/feedback/${row.id}/publish`,
          { publish: 'yes' },
          { from: `/admin/feedback/${row.id}` },
        )
      ).status,
      303,
    );
    const pub = await new Client(s.url).get(`/${a.code}/feedback`);
    assert.match(pub.text, /已收到。&lt;script&gt;/);
    assert.doesNotMatch(pub.text, /<script>alert|<img src=x/);
    assert.doesNotMatch(
      pub.text,
      new RegExp(HOSTILE.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
      'the name is never shown publicly',
    );
    const long = await leave(citizen, { subject: '很长的意见', body: '长'.repeat(5001) });
    assert.equal(long.status, 400);
    assert.match(long.text, /不超过 5000 字/);
  });

  test('a reply saved against an old version is refused; feedback not meant to be public cannot be published', async () => {
    const r = await leave(new Client(s.url), { subject: '不公开的意见', body: '这条意见请不要公开。' });
    assert.equal(r.status, 201);
    const row = await s.db
      .selectFrom('feedback')
      .select(['id', 'version'])
      .where('subject', '=', '不公开的意见')
      .executeTakeFirstOrThrow();
    const csrf = await clerkA.csrf(`/admin/feedback/${row.id}`);
    assert.equal(
      (
        await clerkA.postForm(
          `/admin/feedback/${row.id}/reply`,
          { reply: '第一次答复', version: String(row.version) },
          { csrf },
        )
      ).status,
      303,
    );
    const stale = await headA.postForm(
      `/admin/feedback/${row.id}/reply`,
      { reply: '覆盖', version: String(row.version) },
      { from: `/admin/feedback/${row.id}` },
    );
    assert.equal(stale.status, 409);
    assert.match(stale.text, /已被他人更新/);
    const pub = await reviewerA.postForm(
      `/admin/feedback/${row.id}/publish`,
      { publish: 'yes' },
      { from: `/admin/feedback/${row.id}` },
    );
    assert.equal(pub.status, 409);
    assert.match(pub.text, /未同意公开/);
    assert.equal(
      (
        await clerkA.postForm(
          `/admin/feedback/${row.id}/publish`,
          { publish: 'yes' },
          { from: `/admin/feedback/${row.id}` },
        )
      ).status,
      403,
      'a clerk does not moderate',
    );
  });

  test('another agency’s clerk neither sees nor answers the feedback', async () => {
    const row = await s.db.selectFrom('feedback').select(['id', 'version']).orderBy('id').executeTakeFirstOrThrow();
    assert.equal((await clerkB.get(`/admin/feedback/${row.id}`)).status, 404);
    const r = await clerkB.postForm(
      `/admin/feedback/${row.id}/reply`,
      { reply: '越权', version: String(row.version) },
      { from: '/admin/feedback' },
    );
    assert.equal(r.status, 404);
    assert.doesNotMatch((await clerkB.get('/admin/feedback')).text, /建议公开村务开支/);
  });

  test('accountability records are private to the agency’s staff; trainings are recorded for the report', async () => {
    const csrf = await headA.csrf('/admin/supervision');
    assert.equal(
      (
        await headA.postForm(
          '/admin/supervision/accountability',
          { decidedOn: '2026-05-06', person: '某站所信息员', matter: '未按期更新栏目', outcome: '通报批评' },
          { csrf },
        )
      ).status,
      303,
    );
    assert.equal(
      (
        await headA.postForm(
          '/admin/supervision/training',
          {
            heldOn: '2026-03-15',
            topic: '条例解读',
            organiser: '县政务公开办',
            attendees: '',
            attendeeUnits: '各村信息员',
          },
          { csrf },
        )
      ).status,
      303,
    );
    assert.match((await headA.get('/admin/supervision')).text, /某站所信息员[\s\S]*通报批评/);
    assert.doesNotMatch((await clerkB.get('/admin/supervision')).text, /某站所信息员/);
    assert.doesNotMatch((await new Client(s.url).get(`/${a.code}/`)).text, /某站所信息员/);
    assert.equal(
      (
        await clerkA.postForm(
          '/admin/supervision/accountability',
          { decidedOn: '2026-05-06', person: 'x', matter: 'y', outcome: 'z' },
          { from: '/admin/supervision' },
        )
      ).status,
      403,
    );
    const bad = await headA.postForm(
      '/admin/supervision/training',
      { heldOn: '2026-02-30', topic: '', organiser: 'x', attendees: '-3', attendeeUnits: 'x' },
      { csrf },
    );
    assert.equal(bad.status, 400);
    assert.ok(hasChinese(bad.text));
  });

  test('flooding the box is rate-limited', async () => {
    const flooder = new Client(s.url);
    const page = await flooder.get(`/${a.code}/feedback`);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    let limited = false;
    for (let i = 0; i < 8 && !limited; i++) {
      const r = await flooder.postForm(
        `/${a.code}/feedback`,
        { key: `flood-key-${i}-xxxxxxxxxxxx`, subject: '刷屏', body: '刷屏刷屏刷屏' },
        { csrf },
      );
      limited = r.status === 429;
      if (limited) assert.ok(hasChinese(r.text));
    }
    assert.ok(limited, 'the sixth post within ten minutes is refused');
  });
});
