// Moving in through the back office: the template downloads, a check writes nothing and lists problems by line, the
// import makes the entries public (the portal page says they were imported) and the cases count in the report, whose
// page marks the figures that include them. A ZIP brings the attachments along.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { pdfFile } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { CASE_HEADER, ENTRY_HEADER, legacyCase, legacyEntry, sheetCsv, sheetXlsx } from '../import-files.ts';
import { Client, postMultipart, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: moving in through the back office`, () => {
  let s: TestServer;
  let code: string;
  let head: Client;
  let clerk: Client;
  before(async () => {
    s = await startTestServer();
    code = (await buildAgency(s, { kind: 'township' })).code;
    const login = async (roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [head, clerk] = [await login(['head']), await login(['clerk'])];
  });
  after(async () => s.close());
  const upload = (c: Client, kind: string, filename: string, data: Buffer, mode: 'check' | 'import') =>
    postMultipart(c, `/admin/${kind}/import`, { mode }, [{ field: 'file', filename, data }], {
      from: `/admin/${kind}/import`,
    });

  test('the catalogue template downloads with its Chinese header', async () => {
    const res = await head.request('/admin/catalogue/import/template.xlsx');
    assert.equal(res.status, 200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    assert.deepEqual((wb.worksheets[0]!.getRow(1).values as string[]).slice(1, 7), [
      '标题',
      '索引号',
      '文号',
      '成文日期',
      '发布日期',
      '栏目',
    ]);
    assert.equal((await clerk.request('/admin/catalogue/import')).status, 403, 'a clerk may not publish');
  });

  test('check, then import a ZIP with its attachment; the portal shows the entry as imported', async () => {
    const bad = await upload(
      head,
      'catalogue',
      'bad.csv',
      sheetCsv(ENTRY_HEADER, [legacyEntry(1, 'WEB', { 发布日期: '2023-13-01' })]),
      'check',
    );
    assert.equal(bad.status, 400);
    assert.match(bad.text, /第 2 行：发布日期“2023-13-01”不是有效日期/);
    const zip = new JSZip();
    zip.file('导出/信息.xlsx', await sheetXlsx(ENTRY_HEADER, [legacyEntry(1, 'WEB', { 附件: '附件/名单.pdf' })]));
    zip.file('导出/附件/名单.pdf', await pdfFile(['道路养护名单']));
    const data = await zip.generateAsync({ type: 'nodebuffer' });
    const checked = await upload(head, 'catalogue', '迁移.zip', data, 'check');
    assert.equal(checked.status, 200, checked.text.slice(0, 500));
    assert.match(checked.text, /检查通过（未写入任何数据）：共 1 行，可公开 1 条/);
    assert.equal((await new Client(s.url).get(`/${code}/catalogue`)).text.includes('WEB-2021-00001'), false);
    const done = await upload(head, 'catalogue', '迁移.zip', data, 'import');
    assert.match(done.text, /导入完成：共 1 行，已公开 1 条/);
    const list = await new Client(s.url).get(`/${code}/search?q=${encodeURIComponent('道路养护')}`);
    const id = new RegExp(`/${code}/catalogue/(\\d+)`).exec(list.text)?.[1];
    assert.ok(id, 'found by the attachment text');
    const page = await new Client(s.url).get(`/${code}/catalogue/${id}`);
    assert.match(page.text, /WEB-2021-00001/);
    assert.match(page.text, /迁移导入/);
    assert.match(page.text, /2021-04-03/);
  });

  test('cases imported in the back office count in the report, whose page marks the figures', async () => {
    const data = await sheetXlsx(CASE_HEADER, [
      legacyCase(1, 'WEBC'),
      legacyCase(2, 'WEBC', { 办理结果: '不予公开：属于国家秘密' }),
    ]);
    const r = await upload(clerk, 'requests', 'cases.xlsx', data, 'import');
    assert.equal(r.status, 200, r.text.slice(0, 500));
    assert.match(r.text, /导入完成：共 2 件申请/);
    const report = await clerk.get('/admin/reports/2026');
    assert.equal(report.status, 200);
    assert.match(report.text, /表三中标有 ※ 的数字含迁移前办理、导入本系统的申请（本年新收 2 件）/);
    assert.match(report.text, /含迁移导入的办件 2 件/);
    assert.match(report.text, /含迁移导入的办件 1 件/);
  });

  test('the API: a dry run, the import, 表三 marks, and the 标准目录 edited and linked', async () => {
    const u = await buildStaff(s, code, ['head', 'clerk']);
    const c = new Client(s.url);
    await c.login(u.username, u.password);
    const page = await c.postForm('/admin/account/tokens', { name: '迁移' }, { from: '/admin/account' });
    const token = /gk_[\w-]+/.exec(page.text)![0];
    const content = (await sheetXlsx(ENTRY_HEADER, [legacyEntry(1, 'API')])).toString('base64');
    const path = `/api/v1/agencies/${code}/catalogue/import`;
    const dry = await c.json(path, { method: 'POST', token, body: { filename: 'a.xlsx', content } });
    assert.equal(dry.status, 200, JSON.stringify(dry.body));
    assert.deepEqual([dry.body.written, dry.body.published], [false, 1]);
    const real = await c.json(path, { method: 'POST', token, body: { filename: 'a.xlsx', content, dryRun: false } });
    assert.equal(real.body.written, true);
    const bad = await c.json(`/api/v1/agencies/${code}/requests/import`, {
      method: 'POST',
      token,
      body: {
        filename: 'c.csv',
        content: sheetCsv(CASE_HEADER, [legacyCase(9, 'APIC', { 答复日期: 'x' })]).toString('base64'),
        dryRun: false,
      },
    });
    assert.deepEqual(bad.body.problems, ['第 2 行：答复日期“x”不是有效日期']);
    const marks = await c.json(`/api/v1/agencies/${code}/reports/2026/imported`, { token });
    assert.ok(
      marks.body.cells.some((x: { row: string; column: string }) => x.row === 'received' && x.column === 'total'),
    );
    const std = await c.json(`/api/v1/agencies/${code}/standard-items/import`, {
      method: 'POST',
      token,
      body: {
        filename: 's.xlsx',
        dryRun: false,
        content: (
          await sheetXlsx(
            ['序号', '一级事项', '二级事项', '公开内容（要素）'],
            [
              ['1', '社会救助', '最低生活保障', '低保对象名单'],
              ['2', '社会救助', '临时救助', '救助结果'],
            ],
          )
        ).toString('base64'),
      },
    });
    assert.deepEqual([std.status, std.body.items], [200, 2]);
    const items = (await c.json(`/api/v1/agencies/${code}/standard-items`, { token })).body.items;
    assert.deepEqual(
      items.map((i: { current: boolean }) => i.current),
      [false, false],
    );
    const entryId = (
      await s.db
        .selectFrom('catalogue_entries')
        .select('id')
        .where('index_no', '=', 'API-2021-00001')
        .executeTakeFirstOrThrow()
    ).id;
    const link = await c.json(`/api/v1/agencies/${code}/standard-items/${items[1].id}/entries/${entryId}`, {
      method: 'PUT',
      token,
    });
    assert.equal(link.status, 200, JSON.stringify(link.body));
    const order = await c.json(`/api/v1/agencies/${code}/standard-items/order`, {
      method: 'PUT',
      token,
      body: { ids: [items[1].id, items[0].id] },
    });
    assert.equal(order.status, 200);
    const after = (await c.json(`/api/v1/agencies/${code}/standard-items`, { token })).body.items;
    assert.deepEqual(
      after.map((i: { level2: string; current: boolean }) => [i.level2, i.current]),
      [
        ['临时救助', true],
        ['最低生活保障', false],
      ],
    );
    const del = await c.json(`/api/v1/agencies/${code}/standard-items/${items[0].id}`, { method: 'DELETE', token });
    assert.equal(del.status, 200);
    const monitor = await head.get('/admin/catalogue/monitor');
    assert.doesNotMatch(monitor.text, /标准目录事项尚无现行信息/, 'the one item left is covered');
    const entryPage = await c.get(`/admin/catalogue/${entryId}`);
    assert.match(entryPage.text, /社会救助 · 临时救助/, 'the entry page names the item it fulfils');
  });
});
