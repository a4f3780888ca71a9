// The catalogue API's list, its refusals and its other rooms: the entry list paged by cursor (no entry skipped or
// repeated, even when one changes between pages) and filtered as the back office's list and queue are; a role without
// the permission gets 403 and another agency's objects are not found; bad input is a Chinese 400 naming the field;
// columns (owner, 本期无新增信息, reminders), the Article 20 registers, the 标准目录 and 政务新媒体.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Agency } from '../../src/agencies/store.ts';
import { entryIn, draftInput, pdfFile } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';
import { apiUpload, tokenFor } from './catalogue-api.ts';

const BASE = '/api/v1/staff/catalogue';
const E = `${BASE}/entries`;

describe(`${DIALECT}: the catalogue API's lists, refusals and registers`, () => {
  let s: TestServer;
  let a: Agency;
  let api: Client;
  const tok = { clerk: '', clerk2: '', secrecy: '', reviewer: '', admin: '', supervisor: '', otherClerk: '' };
  let clerkId = 0;
  let column = 0;
  let otherColumn = 0;
  let otherEntry = 0;

  before(async () => {
    s = await startTestServer();
    a = await buildAgency(s, { kind: 'township' });
    const b = await buildAgency(s, { kind: 'township' });
    api = new Client(s.url);
    const clerk = await buildStaff(s, a.code, ['clerk']);
    clerkId = clerk.id;
    tok.clerk = await tokenFor(s, clerk);
    tok.clerk2 = await tokenFor(s, await buildStaff(s, a.code, ['clerk']));
    tok.secrecy = await tokenFor(s, await buildStaff(s, a.code, ['secrecy_reviewer']));
    tok.reviewer = await tokenFor(s, await buildStaff(s, a.code, ['reviewer']));
    tok.admin = await tokenFor(s, await buildStaff(s, a.code, ['admin']));
    tok.supervisor = await tokenFor(s, await buildStaff(s, a.code, ['supervisor']));
    tok.otherClerk = await tokenFor(s, await buildStaff(s, b.code, ['clerk']));
    const cols = await api.json(`${BASE}/columns`, { token: tok.clerk });
    column = cols.body.columns.find((c: { name: string }) => c.name === '通知公告').id;
    otherColumn = (await api.json(`${BASE}/columns`, { token: tok.otherClerk })).body.columns[0].id;
    otherEntry = await entryIn(s, b, {}, { state: 'draft' });
  });
  after(async () => {
    await s.close();
  });

  const call = (token: string, path: string, method = 'GET', body?: unknown) =>
    api.json(path, { method, token, ...(body === undefined ? {} : { body }) });
  const draft = async (token: string, title: string, col = column) => {
    const r = await call(token, E, 'POST', draftInput(col, { title }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    return r.body as { id: number; version: number };
  };
  /** Every page of the list, following nextCursor. */
  const allPages = async (token: string, query: string, limit = 2) => {
    const pages: Array<Array<{ id: number; title: string; state: string; updatedAt: string }>> = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const r = await call(token, `${E}?limit=${limit}${query}${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      assert.ok(r.body.items.length <= limit);
      pages.push(r.body.items);
      cursor = r.body.nextCursor;
    }
    return pages;
  };

  test('the list pages by cursor, newest change first, without skipping or repeating an entry changed meanwhile', async () => {
    const made = [];
    for (let i = 1; i <= 5; i++) made.push(await draft(tok.clerk, `分页测试信息第${i}条`));
    const first = await call(tok.clerk, `${E}?limit=2`);
    assert.equal(first.body.items.length, 2);
    // An entry not yet seen changes between two pages: it moves to the top, and the later pages neither repeat nor
    // lose any of the others.
    const seen = new Set(first.body.items.map((e: { id: number }) => e.id));
    const moved = made.find((m) => !seen.has(m.id))!;
    await call(tok.clerk, `${E}/${moved.id}`, 'PUT', {
      ...draftInput(column, { title: '分页测试信息（已修改）' }),
      version: moved.version,
    });
    let cursor = first.body.nextCursor;
    const rest: number[] = [];
    while (cursor) {
      const r = await call(tok.clerk, `${E}?limit=2&cursor=${cursor}`);
      rest.push(...r.body.items.map((e: { id: number }) => e.id));
      cursor = r.body.nextCursor;
    }
    const ids = [...seen, ...rest];
    assert.equal(new Set(ids).size, ids.length, 'no entry twice');
    assert.deepEqual(new Set(ids), new Set(made.map((m) => m.id).filter((id) => id !== moved.id)));

    const pages = await allPages(tok.clerk, '');
    const flat = pages.flat();
    assert.equal(flat.length, 5);
    assert.equal(flat[0]!.id, moved.id, 'the entry changed last comes first');
    for (let i = 1; i < flat.length; i++) assert.ok(flat[i - 1]!.updatedAt >= flat[i]!.updatedAt);
  });

  test('the list filters by state and column, and queue=mine is the back office’s 待我处理', async () => {
    const other = (await call(tok.clerk, `${BASE}/columns`)).body.columns.find(
      (c: { name: string }) => c.name === '政策文件',
    ).id;
    const policy = await draft(tok.clerk, '政策文件栏目的信息', other);
    const submitted = await call(tok.clerk, `${E}/${policy.id}/review`, 'POST', {
      action: 'submit',
      version: policy.version,
    });
    assert.equal(submitted.body.state, 'secrecy_review');
    const mine = await draft(tok.clerk2, '另一信息员提交的信息');
    await call(tok.clerk2, `${E}/${mine.id}/review`, 'POST', { action: 'submit', version: mine.version });

    const byColumn = (await allPages(tok.clerk, `&column=${other}`)).flat();
    assert.deepEqual(
      byColumn.map((e) => e.id),
      [policy.id],
    );
    const inReview = (await allPages(tok.clerk, '&state=secrecy_review')).flat();
    assert.deepEqual(new Set(inReview.map((e) => e.id)), new Set([policy.id, mine.id]));
    const drafts = (await allPages(tok.clerk, '&state=draft', 100)).flat();
    assert.ok(drafts.every((e) => e.state === 'draft'));
    assert.ok(drafts.length >= 5);

    const queue = (await allPages(tok.secrecy, '&queue=mine')).flat();
    assert.deepEqual(
      new Set(queue.map((e) => e.id)),
      new Set([policy.id, mine.id]),
      '保密审查员: what waits for 保密审查',
    );
    assert.deepEqual((await allPages(tok.clerk2, '&queue=mine')).flat(), [], 'a clerk reviews nothing');
    assert.deepEqual((await allPages(tok.reviewer, '&queue=mine')).flat(), [], '审核人: nothing at 审核 yet');
    const otherAgency = (await allPages(tok.otherClerk, '', 100)).flat();
    assert.ok(!otherAgency.some((e) => e.id === policy.id), 'another agency never lists these');
  });

  test('a role without the permission gets 403; another agency’s entry and column are not found', async () => {
    const e = await draft(tok.clerk, '权限测试信息');
    const forbidden: Array<[string, string, string, unknown]> = [
      [tok.secrecy, 'POST', E, draftInput(column)],
      [tok.supervisor, 'PUT', `${E}/${e.id}`, { ...draftInput(column), version: e.version }],
      [tok.admin, 'POST', `${E}/${e.id}/publish`, { version: e.version }],
      [tok.clerk, 'POST', `${E}/${e.id}/withdraw`, { reason: '测试撤下理由', version: e.version }],
      [tok.secrecy, 'PUT', `${BASE}/settings`, {}],
      [tok.reviewer, 'POST', `${BASE}/registers`, { year: 2026, kind: 'licensing', count: 1 }],
      [tok.supervisor, 'POST', `${BASE}/columns/${column}/quiet`, { until: '2026-12-31', note: '本期无新增' }],
    ];
    for (const [token, method, path, body] of forbidden) {
      const r = await call(token, path, method, body);
      assert.equal(r.status, 403, `${method} ${path}`);
      assert.ok(hasChinese(r.body.error.message));
    }
    const absent: Array<[string, string, unknown]> = [
      ['GET', `${E}/${otherEntry}`, undefined],
      ['PUT', `${E}/${otherEntry}`, { ...draftInput(otherColumn), version: 1 }],
      ['POST', `${E}/${otherEntry}/review`, { action: 'submit', version: 1 }],
      ['DELETE', `${E}/${otherEntry}/attachments/1`, undefined],
      ['POST', `${BASE}/columns/${otherColumn}/quiet`, { until: '2026-12-31', note: '本期无新增' }],
      ['PUT', `${BASE}/columns/${otherColumn}/owner`, { ownerUserId: null }],
      ['GET', `${E}/99999999999`, undefined],
      ['GET', `${E}/abc`, undefined],
    ];
    for (const [method, path, body] of absent) {
      const r = await call(tok.clerk, path, method, body);
      assert.equal(r.status, 404, `${method} ${path}: ${JSON.stringify(r.body)}`);
      assert.ok(hasChinese(r.body.error.message));
    }
    const upload = await apiUpload(
      s.url,
      tok.clerk,
      `${E}/${otherEntry}/attachments`,
      'a.pdf',
      Buffer.from('%PDF-1.4'),
    );
    assert.equal(upload.status, 404);
    assert.equal((await call('', E)).status, 401, 'no token, no list');
  });

  test('bad input is a Chinese 400 naming the field', async () => {
    const e = await draft(tok.clerk, '输入校验信息');
    const cases: Array<[string, string, string, unknown, string]> = [
      [tok.clerk, 'POST', E, {}, 'title'],
      [tok.clerk, 'POST', E, { ...draftInput(column), formedOn: '2026-02-30' }, 'formedOn'],
      [tok.clerk, 'POST', E, { ...draftInput(column), disclosure: 'withheld' }, 'withheldReason'],
      [tok.clerk, 'POST', E, draftInput(otherColumn), 'columnId'],
      [tok.clerk, 'PUT', `${E}/${e.id}`, draftInput(column), 'version'],
      [tok.clerk, 'POST', `${E}/${e.id}/review`, { action: 'fly', version: e.version }, 'action'],
      [tok.clerk, 'GET', `${E}?limit=0`, undefined, 'limit'],
      [tok.clerk, 'GET', `${E}?cursor=not-a-cursor`, undefined, 'cursor'],
      [tok.clerk, 'GET', `${E}?state=lost`, undefined, 'state'],
      [tok.admin, 'PUT', `${BASE}/settings`, { requireSignOff: 'yes' }, 'requireSignOff'],
      [tok.admin, 'PUT', `${BASE}/columns/${column}/owner`, { ownerUserId: 'x' }, 'ownerUserId'],
      [tok.admin, 'POST', `${BASE}/columns/${column}/quiet`, { until: '明年', note: '本期无新增' }, 'until'],
      [tok.admin, 'POST', `${BASE}/registers`, { year: 2026, kind: 'fees', count: 1, amount: '1.234' }, 'amount'],
      [tok.admin, 'POST', `${BASE}/media`, { platform: '微信', name: '', year: 2026, followers: 1, posts: 1 }, 'name'],
    ];
    for (const [token, method, path, body, field] of cases) {
      const r = await call(token, path, method, body);
      assert.equal(r.status, 400, `${method} ${path}: ${JSON.stringify(r.body)}`);
      assert.ok(hasChinese(r.body.error.message), r.body.error.message);
      assert.ok(r.body.error.fields?.[field] && hasChinese(r.body.error.fields[field]), `${path}: ${field}`);
    }
    const returned = await call(tok.clerk, `${E}/${e.id}/review`, 'POST', { action: 'submit', version: e.version });
    const noComment = await call(tok.secrecy, `${E}/${e.id}/review`, 'POST', {
      action: 'return',
      version: returned.body.version,
    });
    assert.equal(noComment.status, 400);
    assert.ok(hasChinese(noComment.body.error.fields.comment));

    const d = await draft(tok.clerk, '附件校验信息');
    const asJson = await call(tok.clerk, `${E}/${d.id}/attachments`, 'POST', { file: 'x' });
    assert.equal(asJson.status, 400);
    assert.ok(hasChinese(asJson.body.error.fields.file));
    const text = await apiUpload(s.url, tok.clerk, `${E}/${d.id}/attachments`, '说明.txt', Buffer.from('纯文本文件'));
    assert.equal(text.status, 400);
    assert.ok(hasChinese(text.body.error.fields.file));
    const owner = await call(tok.admin, `${BASE}/columns/${column}/owner`, 'PUT', { ownerUserId: 2_000_000 });
    assert.equal(owner.status, 400);
    assert.ok(hasChinese(owner.body.error.fields.ownerUserId));
  });

  test('columns, reminders, settings, registers, the 标准目录 and 政务新媒体 through the API', async () => {
    let cols = await call(tok.admin, `${BASE}/columns/${column}/owner`, 'PUT', { ownerUserId: clerkId });
    assert.equal(cols.status, 200);
    assert.equal(cols.body.columns.find((c: { id: number }) => c.id === column).ownerUserId, clerkId);
    const quiet = (await call(tok.clerk, `${BASE}/columns`)).body.columns.find(
      (c: { lastPublished: string | null }) => c.lastPublished === null,
    );
    cols = await call(tok.admin, `${BASE}/columns/${quiet.id}/quiet`, 'POST', {
      until: '2099-12-31',
      note: '本期无新增信息',
    });
    const q = cols.body.columns.find((c: { id: number }) => c.id === quiet.id);
    assert.equal(q.flag, 'quiet');
    assert.equal(q.nothingNewUntil, '2099-12-31');
    assert.deepEqual((await call(tok.clerk, `${BASE}/column-notices`)).body, { items: [] });
    assert.equal((await call(tok.clerk, `${BASE}/column-notices/1/seen`, 'POST')).status, 404);

    const year = 2026;
    const before = (await call(tok.supervisor, `${BASE}/registers?year=${year}`)).body;
    const reg = await call(tok.admin, `${BASE}/registers`, 'POST', {
      year,
      kind: 'licensing',
      count: 12,
      note: '一季度',
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    assert.equal(reg.body.table.licensing.decisions, before.table.licensing.decisions + 12);
    assert.equal(reg.body.decisions.at(-1).count, 12);
    const fees = await call(tok.admin, `${BASE}/registers`, 'POST', { year, kind: 'fees', count: 1, amount: '25000' });
    assert.equal(fees.body.table.fees.amountWanYuan, 2.5);

    const item = {
      level1: '社会救助',
      level2: '低保',
      content: '低保对象名单',
      basis: '《社会救助暂行办法》',
      timeLimit: '信息形成之日起20个工作日内',
      subject: '乡人民政府',
      channels: ['政府网站', '社区/企事业单位/村公示栏（电子屏）'],
      columnId: column,
      audience: 'all',
      mode: 'active',
      tier: 'township',
    };
    const std = await call(tok.clerk, `${BASE}/standard`, 'POST', item);
    assert.equal(std.status, 201, JSON.stringify(std.body));
    assert.deepEqual(
      std.body.items.map((i: { level2: string; columnId: number }) => [i.level2, i.columnId]),
      [['低保', column]],
    );
    const wrong = await call(tok.clerk, `${BASE}/standard`, 'POST', { ...item, columnId: otherColumn });
    assert.equal(wrong.status, 400);
    assert.ok(hasChinese(wrong.body.error.fields.columnId));
    assert.equal((await call(tok.supervisor, `${BASE}/standard`)).body.items.length, 1);

    const media = await call(tok.admin, `${BASE}/media`, 'POST', {
      platform: '微信公众号',
      name: '接口测试乡发布',
      year,
      followers: 1200,
      posts: 85,
    });
    assert.equal(media.status, 201);
    assert.deepEqual(media.body.accounts, [
      { platform: '微信公众号', name: '接口测试乡发布', year, followers: 1200, posts: 85 },
    ]);
    const settings = (await call(tok.reviewer, `${BASE}/settings`)).body;
    assert.equal(typeof settings.requireSignOff, 'boolean');
    assert.ok(settings.guide.office.includes('党政办公室'));
  });

  test('the back office removes a draft’s attachment too (the API’s twin)', async () => {
    const u = await buildStaff(s, a.code, ['clerk']);
    const c = new Client(s.url);
    await c.login(u.username, u.password);
    const e = await draft(tok.clerk, '后台删除附件的信息');
    const up = await apiUpload(s.url, tok.clerk, `${E}/${e.id}/attachments`, '名单.pdf', await pdfFile(['名单']));
    const aid = up.body.attachments[0].id;
    const page = await c.get(`/admin/catalogue/${e.id}`);
    assert.ok(page.text.includes(`/admin/catalogue/${e.id}/attachments/${aid}/remove`));
    const r = await c.postForm(`/admin/catalogue/${e.id}/attachments/${aid}/remove`, {}, { from: '/admin/account' });
    assert.equal(r.status, 303);
    assert.deepEqual((await call(tok.clerk, `${E}/${e.id}`)).body.attachments, []);
  });
});
