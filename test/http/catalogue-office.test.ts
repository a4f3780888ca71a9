// The catalogue back office beyond review, over real HTTP: Article 20 registers (表二), the 标准目录 and its XLSX,
// 政务新媒体 figures, settings feeding the public 指南, the column monitor with 本期无新增信息, and the channel exports.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Ctx } from '../../src/context.ts';
import ExcelJS from 'exceljs';
import { extractText } from '../../src/files/extract-text.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { publishEntry } from '../../src/catalogue/publish-entry.ts';
import { reviewEntry } from '../../src/catalogue/review-entry.ts';
import { findEntry } from '../../src/catalogue/store.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: catalogue back office over HTTP`, () => {
  let s: TestServer;
  let code = '';
  let clerk: Client, reviewer: Client;
  let published = 0;
  let sec: Ctx, rev: Ctx;
  const post = (c: Client, path: string, fields: Record<string, string | string[]>) =>
    c.postForm(path, fields, { from: '/admin/catalogue' });

  before(async () => {
    s = await startTestServer();
    const agency = await buildAgency(s, { kind: 'township', name: '办公测试乡人民政府' });
    code = agency.code;
    const [c, secrecy, rev1] = await Promise.all([
      staffCtx(s, agency, ['clerk']),
      staffCtx(s, agency, ['secrecy_reviewer']),
      staffCtx(s, agency, ['reviewer']),
    ]);
    [sec, rev] = [secrecy, rev1];
    const col = await columnId(s, agency);
    const { id } = await createEntry(c, code, draftInput(col, { genre: 'normative', formedOn: '2026-02-02' }));
    const get = async () => (await findEntry(s.db, { kind: 'system' }, id))!;
    for (const [ctx, action] of [
      [c, 'submit'],
      [sec, 'approve'],
      [rev, 'approve'],
    ] as const)
      await reviewEntry(ctx, id, { action, comment: '', version: (await get()).version });
    await publishEntry(rev, id, (await get()).version);
    published = id;
    const login = async (roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const cl = new Client(s.url);
      await cl.login(u.username, u.password);
      return cl;
    };
    [clerk, reviewer] = [await login(['clerk']), await login(['reviewer'])];
  });
  after(async () => s.close());

  test('表二 counts the published 行政规范性文件 and the entered decisions and fees', async () => {
    assert.equal(
      (
        await post(clerk, '/admin/catalogue/registers', {
          year: '2026',
          kind: 'licensing',
          count: '12',
          amount: '0',
          note: '全年合计',
        })
      ).status,
      303,
    );
    assert.equal(
      (
        await post(clerk, '/admin/catalogue/registers', {
          year: '2026',
          kind: 'fees',
          count: '1',
          amount: '25000.50',
          note: '',
        })
      ).status,
      303,
    );
    const page = (await clerk.get('/admin/catalogue/registers?year=2026')).text;
    assert.match(page, /行政规范性文件<\/th><td>1<\/td><td>0<\/td><td>1<\/td>/);
    assert.match(page, /行政许可<\/th><td>12<\/td>/);
    assert.match(page, /行政事业性收费<\/th><td>2\.5001<\/td>/);
  });

  test('the 标准目录 exports as XLSX in the standard two-row column layout', async () => {
    const socialColumn = /<option value="(\d+)">社会救助<\/option>/.exec(
      (await clerk.get('/admin/catalogue/standard')).text,
    )![1]!;
    assert.equal(
      (
        await post(clerk, '/admin/catalogue/standard', {
          level1: 'x',
          level2: 'y',
          content: 'z',
          basis: 'b',
          timeLimit: 't',
          subject: 's',
          channels: '政府网站',
          audience: 'all',
          mode: 'active',
          tier: 'township',
          columnId: '999999',
        })
      ).status,
      400,
    );
    const r = await post(clerk, '/admin/catalogue/standard', {
      columnId: socialColumn,
      level1: '社会救助',
      level2: '最低生活保障',
      content: '政策文件、办理流程、救助对象',
      basis: '《社会救助暂行办法》',
      timeLimit: '信息形成或者变更之日起20个工作日内',
      subject: '乡民政办',
      channels: ['政府网站', '社区/企事业单位/村公示栏（电子屏）'],
      audience: 'all',
      mode: 'active',
      tier: 'township',
    });
    assert.equal(r.status, 303);
    const res = await clerk.request('/admin/catalogue/standard.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    const ws = wb.worksheets[0]!;
    assert.equal(ws.getCell('B2').text, '公开事项');
    assert.equal(ws.getCell('I3').text, '全社会');
    assert.equal(ws.getCell('C4').text, '最低生活保障');
    assert.match(ws.getCell('H4').text, /■政府网站 □两微一端/);
    assert.equal(ws.getCell('N4').text, '√');
  });

  test('new-media accounts keep one row per account and year', async () => {
    for (const followers of ['1200', '1350'])
      assert.equal(
        (
          await post(clerk, '/admin/catalogue/media', {
            platform: '微信公众号',
            name: '办公测试乡发布',
            year: '2026',
            followers,
            posts: '201',
          })
        ).status,
        303,
      );
    const page = (await clerk.get('/admin/catalogue/media')).text;
    assert.equal(page.match(/办公测试乡发布/g)!.length, 1);
    assert.match(page, /1350/);
  });

  test('settings feed the public 信息公开指南; 本期无新增信息 shows on the monitor', async () => {
    assert.equal(
      (
        await post(clerk, '/admin/catalogue/settings', {
          office: '党政办公室',
          address: '办公测试乡人民路1号',
          hours: '工作日 8:30-17:30',
          phone: '0371-65432109',
          email: 'gk@example.gov.cn',
        })
      ).status,
      303,
    );
    assert.match((await new Client(s.url).get(`/${code}/guide`)).text, /党政办公室[\s\S]*0371-65432109/);
    const monitor = (await clerk.get('/admin/catalogue/monitor')).text;
    assert.match(monitor, /空白栏目/);
    assert.match(monitor, /标准目录事项未按时限公开[\s\S]*社会救助 · 最低生活保障/);
    const colId = /action="\/admin\/catalogue\/columns\/(\d+)\/quiet"/.exec(monitor)![1]!;
    assert.equal(
      (await post(clerk, `/admin/catalogue/columns/${colId}/quiet`, { until: '2099-12-31', note: '本季度无人事任免' }))
        .status,
      303,
    );
    assert.match((await clerk.get('/admin/catalogue/monitor')).text, /本期无新增信息（至 2099-12-31）/);
  });

  test('a published entry exports as a WeChat article, an A4 bulletin-board PDF and a broadcast text; posts are recorded', async () => {
    const wechat = await reviewer.get(`/admin/catalogue/${published}/wechat.html`);
    assert.match(wechat.text, /<h1 style="[^"]+">关于2026年城乡低保对象复核情况的公示<\/h1>/);
    assert.doesNotMatch(wechat.text, /<script/);
    const pdf = Buffer.from(await (await reviewer.request(`/admin/catalogue/${published}/notice.pdf`)).arrayBuffer());
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.match((await extractText('pdf', pdf))!.replace(/\s/g, ''), /城乡低保对象复核情况的公示/);
    assert.match((await reviewer.get(`/admin/catalogue/${published}/broadcast.txt`)).text, /重播一遍/);
    assert.equal(
      (await post(reviewer, `/admin/catalogue/${published}/posts`, { channel: 'board', note: '和平村公开栏' })).status,
      303,
    );
    assert.match((await reviewer.get(`/admin/catalogue/${published}`)).text, /村务公开栏（和平村公开栏）/);
  });

  test('a correction through the form is a draft reviewed before it replaces the public version, then recorded as a version', async () => {
    const form = (await clerk.get(`/admin/catalogue/${published}/correct`)).text;
    const version = /name="version" value="(\d+)"/.exec(form)![1]!;
    const columnId = /<option value="(\d+)" selected>/.exec(form)![1]!;
    const fields = {
      version,
      columnId,
      title: '关于2026年城乡低保对象复核情况的公示',
      summary: '更正后的概述',
      publisher: '办公测试乡人民政府',
      formedOn: '2026-02-02',
      docNo: '',
      topic: '民政、扶贫、救灾',
      genre: 'normative',
      disclosure: 'active',
      validity: 'valid',
      body: '更正后的正文。',
    };
    assert.equal((await post(clerk, `/admin/catalogue/${published}/correct`, { ...fields, reason: '' })).status, 400);
    const created = await post(clerk, `/admin/catalogue/${published}/correct`, { ...fields, reason: '概述有误' });
    assert.equal(created.status, 303);
    const draft = Number(/\/admin\/catalogue\/(\d+)\?ok=created/.exec(created.res.headers.get('location') ?? '')![1]);
    assert.notEqual(draft, published);
    const publicPage = async () => (await new Client(s.url).get(`/${code}/catalogue/${published}`)).text;
    assert.doesNotMatch(
      await publicPage(),
      /更正后的正文|本信息已更正/,
      'the public keeps the old version while the correction is reviewed',
    );
    assert.match((await clerk.get(`/admin/catalogue/${draft}`)).text, /审查通过并发布后替换公开版本/);
    const get = async () => (await findEntry(s.db, { kind: 'system' }, draft))!;
    assert.equal(
      (
        await post(clerk, `/admin/catalogue/${draft}/review`, {
          action: 'submit',
          version: String((await get()).version),
          comment: '',
        })
      ).status,
      303,
    );
    await reviewEntry(sec, draft, { action: 'approve', comment: '', version: (await get()).version });
    await reviewEntry(rev, draft, { action: 'approve', comment: '', version: (await get()).version });
    assert.doesNotMatch(await publicPage(), /更正后的正文/);
    // A clerk may not publish it: 403, not a 409 about its state.
    assert.equal(
      (await post(clerk, `/admin/catalogue/${draft}/publish`, { version: String((await get()).version) })).status,
      403,
    );
    assert.equal(
      (await post(reviewer, `/admin/catalogue/${draft}/publish`, { version: String((await get()).version) })).status,
      303,
    );
    const page = await publicPage();
    assert.match(page, /本信息已更正/);
    assert.match(page, /更正后的正文/);
    assert.match((await reviewer.get(`/admin/catalogue/${published}`)).text, /更正：概述有误/);
  });

  test('bad input to the registers, 标准目录, new-media and exports: 4xx in Chinese, nothing written', async () => {
    const before = await s.db
      .selectFrom('catalogue_registers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    for (const [path, fields] of [
      ['/admin/catalogue/registers', { year: '20', kind: 'bribes', count: '-1', amount: '1.234' }],
      ['/admin/catalogue/registers', { year: '2026', kind: 'fees', count: '1', amount: 'abc' }],
      ['/admin/catalogue/standard', { level1: '', channels: ['卫星'], audience: 'x' }],
      ['/admin/catalogue/media', { platform: '微信', name: '号', year: 'x', followers: '-5', posts: '1.5' }],
    ] as const) {
      const r = await post(clerk, path, fields as Record<string, string | string[]>);
      assert.equal(r.status, 400, path);
      assert.ok(hasChinese(r.text), path);
    }
    assert.equal((await clerk.get('/admin/catalogue/registers?year=abc')).status, 400);
    assert.equal((await clerk.get('/admin/catalogue/99999/notice.pdf')).status, 404);
    const after = await s.db
      .selectFrom('catalogue_registers')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });
});
