// The report checker in the back office, over real HTTP: upload files and zips, hostile files reported per file,
// findings beside the marked tables, reviews that stick across re-uploads, the XLSX export, and isolation.
import { checkerIdle } from '../../src/report/checker-jobs.ts';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Report } from '../../src/report/model.ts';
import { renderText } from '../../src/report/render/text.ts';
import { sampleReport } from '../support/report-sample.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { makeZip } from '../zip.ts';
import { Client, postMultipart, startTestServer, type TestServer } from './client.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/reports');
const fixture = (name: string) => ({ field: 'files', filename: name, data: readFileSync(path.join(FIXTURES, name)) });
const text = (r: Report, filename: string) => ({ field: 'files', filename, data: Buffer.from(renderText(r, 'tab')) });

/** A township report whose 表三 first column does not balance (T3.BALANCE and T3.ROW_TOTAL). */
function unbalanced(): Report {
  const r = sampleReport({ seed: 4, name: '示例乡人民政府', year: 2023 });
  const received = r.tables.applications!.received!;
  received.natural = (received.natural ?? 0) + 1;
  return r;
}

describe(`${DIALECT}: report checker back office`, () => {
  let s: TestServer;
  let clerk: Client, supervisor: Client, stranger: Client, secrecy: Client;
  const upload = (c: Client, files: Parameters<typeof postMultipart>[3], fields: Record<string, string> = {}) =>
    postMultipart(c, '/admin/checker', fields, files, { from: '/admin/checker' });
  const batchOf = async (
    c: Client,
    files: Parameters<typeof postMultipart>[3],
    fields: Record<string, string> = {},
  ) => {
    const r = await upload(c, files, fields);
    assert.equal(r.status, 303, r.text.slice(0, 500));
    await checkerIdle(s.db); // a batch the upload did not wait for is finished by its job (checker-jobs.test.ts)
    const url = r.location!.replace(/\?.*$/, '');
    return { url, page: (await c.get(url)).text };
  };
  const uploadLinks = (page: string) =>
    [...page.matchAll(/href="(\/admin\/checker\/uploads\/\d+)">([^<]+)</g)].map((m) => ({ url: m[1]!, file: m[2]! }));

  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county', name: '检查测试县人民政府' });
    const town = await buildAgency(s, { kind: 'township', name: '检查测试乡人民政府', parent: county.code });
    const otherCounty = await buildAgency(s, { kind: 'county', name: '另一测试县人民政府' });
    const login = async (code: string, roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerk, supervisor, stranger, secrecy] = [
      await login(town.code, ['clerk']),
      await login(county.code, ['supervisor']),
      await login(otherCounty.code, ['supervisor']),
      await login(town.code, ['secrecy_reviewer']),
    ];
  });
  after(async () => s.close());

  test('a glued one-line report: the findings beside its original text, the faulty cells marked where they were read', async () => {
    // 02-m2: the whole report on one line, 表三's cells glued; （四）1 and （四）3 do not add up to their totals.
    const { page } = await batchOf(clerk, [fixture('real/02-m2.txt')]);
    const [link] = uploadLinks(page);
    const view = (await clerk.get(link!.url)).text;
    assert.match(view, /原文（检查时读到的文字）/);
    const original = readFileSync(path.join(FIXTURES, 'real/02-m2.txt'), 'utf8');
    // The 总计 of （四）1 is the last digit of the run "6000007" glued to the label: exactly that digit is marked as an error.
    const marked =
      /<mark id="(src-applications-unavailable_notHeld-total)" class="src-error" title="[^"]*">(\d+)<\/mark>/.exec(
        view,
      );
    assert.ok(marked, 'the 总计 cell of （四）1 is marked as an error in the original');
    assert.equal(marked[2], '7');
    assert.match(view, new RegExp(`<a href="#${marked[1]}">在原文中查看</a>`), 'its finding links to the place');
    assert.match(
      view,
      /<mark id="src-applications-received-natural" class="src-cell" title="表三「一、本年新收政府信息公开申请数量」行「自然人」列">23<\/mark>/,
    );
    // The text between the marks is the original's, character for character.
    const shown = view
      .slice(view.indexOf('<pre class="source"'), view.indexOf('</pre>'))
      .replace(/<[^>]+>/g, '')
      .replace(/^[^>]*>/, '');
    assert.ok(
      original.includes(
        shown
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
          .slice(0, 300),
      ),
    );
  });

  test('a clerk uploads a fixture and a faulty report: the batch table, then the findings beside the marked tables', async () => {
    const { page } = await batchOf(clerk, [fixture('fixture-tab.txt'), text(unbalanced(), '示例乡2023.txt')]);
    assert.match(page, /本批共 2 个文件/);
    assert.match(page, /示例县农业农村局<\/td><td>2022<\/td><td>2021年格式<\/td><td>0<\/td>/);
    const bad = uploadLinks(page).find((l) => l.file === '示例乡2023.txt')!;
    const view = (await clerk.get(bad.url)).text;
    assert.match(view, /<td class="mark-error" title="错误">/);
    assert.match(view, /T3\.BALANCE/);
    assert.match(view, /表三「[^」]+」行「自然人」列/);
    assert.match(view, /未审核/);
    assert.match(view, /name="decision" value="dismissed"/);
  });

  test('a finding is dismissed with a reason (a too-short reason is refused, nothing saved), and the review sticks on re-upload', async () => {
    const first = await batchOf(clerk, [text(unbalanced(), '示例乡2023.txt')]);
    const url = uploadLinks(first.page)[0]!.url;
    const view = (await clerk.get(url)).text;
    const action = /action="(\/admin\/checker\/uploads\/\d+\/findings\/[0-9a-f]+)"/.exec(view)![1]!;
    const short = await clerk.postForm(action, { decision: 'dismissed', reason: '好' }, { from: url });
    assert.equal(short.status, 400);
    assert.match(short.text, /请写明理由（至少2个字）/);
    assert.doesNotMatch((await clerk.get(url)).text, /不予采纳<\/strong>/);
    const ok = await clerk.postForm(action, { decision: 'dismissed', reason: '按上级统一口径填报' }, { from: url });
    assert.equal(ok.status, 303);
    assert.match((await clerk.get(url)).text, /不予采纳<\/strong>：按上级统一口径填报/);
    const again = await batchOf(clerk, [text(unbalanced(), '示例乡2023-重传.txt')]);
    const reuploaded = (await clerk.get(uploadLinks(again.page)[0]!.url)).text;
    assert.notEqual(uploadLinks(again.page)[0]!.url, url);
    assert.match(reuploaded, /不予采纳<\/strong>：按上级统一口径填报/);
    // Another agency's supervisor sees the same report without this township's review (reviews are per agency).
    assert.equal(
      (await stranger.postForm(action, { decision: 'dismissed', reason: '理由充分' }, { from: '/admin/checker' }))
        .status,
      404,
    );
  });

  test('a zip of two years of one agency and a stray picture: each entry read, the carry-over checked, the picture reported', async () => {
    const y2022 = sampleReport({ seed: 11, name: '示例镇人民政府', year: 2022 });
    const y2023 = sampleReport({ seed: 12, name: '示例镇人民政府', year: 2023 });
    y2023.tables.applications!.carriedIn!.natural = (y2022.tables.applications!.carriedOut!.natural ?? 0) + 3;
    const zip = makeZip([
      { name: '报告/2022.txt', data: renderText(y2022, 'tab') },
      { name: '报告/2023.txt', data: renderText(y2023, 'pipe') },
      { name: '报告/', data: '' },
      { name: '报告/照片.jpg', data: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0, 1, 2, 0, 0, 0, 0]) },
    ]);
    const { page } = await batchOf(clerk, [{ field: 'files', filename: '各年报告.zip', data: zip }]);
    assert.match(page, /本批共 3 个文件，其中 <strong>1<\/strong> 个未能读取/);
    assert.match(
      page,
      /各年报告\.zip\/报告\/照片\.jpg<\/td><td colspan="6" class="field-error">未能读取：不是文本文件/,
    );
    const link = uploadLinks(page).find((l) => l.file.endsWith('2023.txt'))!;
    assert.match((await clerk.get(link.url)).text, /CROSS_YEAR\.CARRY/);
  });

  test('hostile files each get a Chinese reason and the rest of the batch is checked; nothing is a 500', async () => {
    const junk = Buffer.alloc(4096, 0);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    const lyingBomb = makeZip([{ name: 'a.txt', data: Buffer.alloc(80 * 1024 * 1024, 0x20), claimSize: 1000 }]);
    const honestBomb = makeZip([{ name: 'b.txt', data: Buffer.alloc(70 * 1024 * 1024, 0x20) }]);
    const { page } = await batchOf(clerk, [
      { field: 'files', filename: 'junk.bin', data: junk },
      { field: 'files', filename: 'bomb1.zip', data: lyingBomb },
      { field: 'files', filename: 'bomb2.zip', data: honestBomb },
      { field: 'files', filename: 'broken.pdf', data: Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj') },
      { field: 'files', filename: 'huge.txt', data: Buffer.alloc(21 * 1024 * 1024, 0x41) },
      fixture('fixture-lines.txt'),
    ]);
    assert.match(page, /本批共 6 个文件，其中 <strong>5<\/strong> 个未能读取/);
    assert.match(page, /junk\.bin<\/td><td colspan="6" class="field-error">未能读取：不是文本文件/);
    assert.match(
      page,
      /bomb1\.zip<\/td><td colspan="6" class="field-error">未能读取：压缩包解压后超过 64 MB（疑似压缩炸弹）/,
    );
    assert.match(page, /bomb2\.zip<\/td><td colspan="6" class="field-error">未能读取：压缩包解压后超过 64 MB/);
    assert.match(page, /broken\.pdf<\/td><td colspan="6" class="field-error">未能读取：PDF 文件无法解析/);
    assert.match(page, /huge\.txt<\/td><td colspan="6" class="field-error">未能读取：文件过大（超过 20 MB）/);
    assert.match(page, /fixture-lines\.txt<\/a><\/td><td>示例街道办事处/);
  });

  test('a parent named in the form is checked against the sum of the other reports of its year', async () => {
    const parent = sampleReport({ seed: 21, name: '示例县人民政府', year: 2023 });
    const { page } = await batchOf(
      clerk,
      [
        text(parent, '县.txt'),
        text(sampleReport({ seed: 22, name: '甲乡人民政府', year: 2023 }), '甲乡.txt'),
        text(sampleReport({ seed: 23, name: '乙乡人民政府', year: 2023 }), '乙乡.txt'),
      ],
      { parent: '县.txt' },
    );
    const county = uploadLinks(page).find((l) => l.file === '县.txt')!;
    assert.match((await clerk.get(county.url)).text, /ROLLUP\.SUM[\s\S]*下级 2 份报告之和为/);
    const missing = await upload(clerk, [text(parent, '县.txt')], { parent: '市.txt' });
    assert.equal(missing.status, 400);
    assert.match(missing.text, /本批文件中没有所填的上级报告/);
  });

  test('bad input: no file, no permission, no CSRF — a Chinese 4xx and nothing written', async () => {
    const before = await s.db
      .selectFrom('report_uploads')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const none = await upload(clerk, []);
    assert.equal(none.status, 400);
    assert.match(none.text, /请选择一个或多个报告文件/);
    assert.equal((await upload(secrecy, [fixture('fixture-tab.txt')])).status, 403);
    const tooMany = await upload(
      clerk,
      Array.from({ length: 31 }, (_, i) => ({ field: 'files', filename: `${i}.txt`, data: Buffer.from('x') })),
    );
    assert.equal(tooMany.status, 400);
    assert.match(tooMany.text, /一次最多上传 30 个文件/);
    const wayTooMany = await upload(
      clerk,
      Array.from({ length: 45 }, (_, i) => ({ field: 'files', filename: `${i}.txt`, data: Buffer.from('x') })),
    );
    assert.ok(wayTooMany.status >= 400 && wayTooMany.status < 500, String(wayTooMany.status));
    assert.match(wayTooMany.text, /一次最多上传 30 个文件/);
    const form = new FormData();
    form.append('files', new Blob([readFileSync(path.join(FIXTURES, 'fixture-tab.txt'))]), 'a.txt');
    assert.equal((await clerk.request('/admin/checker', { method: 'POST', body: form })).status, 403);
    const after = await s.db
      .selectFrom('report_uploads')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(after.n), Number(before.n));
  });

  test("the county supervisor sees a township upload; another county's supervisor gets 404 everywhere", async () => {
    const { url, page } = await batchOf(clerk, [text(unbalanced(), '隔离.txt')]);
    const view = uploadLinks(page)[0]!.url;
    assert.equal((await supervisor.get(view)).status, 200);
    assert.equal((await supervisor.get(url)).status, 200);
    for (const path of [view, url, `${url}/findings.xlsx`]) assert.equal((await stranger.get(path)).status, 404, path);
    assert.doesNotMatch((await stranger.get('/admin/checker')).text, /隔离/);
  });

  test('a batch checked again keeps its files, its parent and its reviews; only the uploading agency may re-check it', async () => {
    const parent = sampleReport({ seed: 21, name: '示例县人民政府', year: 2023 });
    const first = await batchOf(
      clerk,
      [
        text(parent, '县.txt'),
        text(unbalanced(), '乡.txt'),
        { field: 'files', filename: 'junk.bin', data: Buffer.alloc(64, 1) },
      ],
      { parent: '县.txt' },
    );
    const town = uploadLinks(first.page).find((l) => l.file === '乡.txt')!.url;
    const action = /action="(\/admin\/checker\/uploads\/\d+\/findings\/[0-9a-f]+)"/.exec(
      (await clerk.get(town)).text,
    )![1]!;
    assert.equal(
      (await clerk.postForm(action, { decision: 'dismissed', reason: '复核后不予采纳' }, { from: town })).status,
      303,
    );
    assert.match(first.page, /按现行规则重新检查本批/);
    assert.doesNotMatch((await supervisor.get(first.url)).text, /按现行规则重新检查本批/);
    assert.equal((await supervisor.postForm(`${first.url}/recheck`, {}, { from: first.url })).status, 404);
    const again = await clerk.postForm(`${first.url}/recheck`, {}, { from: first.url });
    assert.equal(again.status, 303);
    const next = again.location!.replace(/\?.*$/, '');
    assert.notEqual(next, first.url);
    await checkerIdle(s.db);
    const page = (await clerk.get(again.location!)).text;
    assert.match(page, /已按现行规则重新检查/);
    assert.match(page, /本批共 3 个文件，其中 <strong>1<\/strong> 个未能读取/);
    const links = uploadLinks(page);
    assert.match((await clerk.get(links.find((l) => l.file === '县.txt')!.url)).text, /ROLLUP\.SUM/);
    assert.match(
      (await clerk.get(links.find((l) => l.file === '乡.txt')!.url)).text,
      /不予采纳<\/strong>：复核后不予采纳/,
    );
  });

  test('the findings download as XLSX: one row per finding per file, with the review, a filter and a frozen header', async () => {
    const { url, page } = await batchOf(clerk, [
      text(unbalanced(), '导出.txt'),
      { field: 'files', filename: 'junk.bin', data: Buffer.alloc(64, 1) },
    ]);
    assert.match(page, new RegExp(`href="${url}/findings.xlsx"`));
    const view = uploadLinks(page)[0]!.url;
    const action = /action="(\/admin\/checker\/uploads\/\d+\/findings\/[0-9a-f]+)"/.exec(
      (await clerk.get(view)).text,
    )![1]!;
    assert.equal(
      (await clerk.postForm(action, { decision: 'confirmed', reason: '已通知该乡改正' }, { from: view })).status,
      303,
    );
    const res = await clerk.request(`${url}/findings.xlsx`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [
      '文件',
      '机关',
      '年度',
      '规则',
      '级别',
      '单元格',
      '应为',
      '实为',
      '问题说明',
      '审核结论',
      '审核理由',
    ]);
    assert.ok(ws.autoFilter);
    assert.equal(ws.views[0]?.state, 'frozen');
    const rows = ws
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1));
    const balance = rows.filter((r) => r[3] === 'T3.BALANCE');
    assert.ok(balance.length >= 1);
    assert.equal(balance[0]![0], '导出.txt');
    assert.equal(balance[0]![1], '示例乡人民政府');
    assert.equal(balance[0]![2], 2023);
    assert.ok(rows.some((r) => r[9] === '确认有误' && r[10] === '已通知该乡改正'));
    assert.ok(rows.some((r) => r[0] === 'junk.bin' && r[3] === '未能读取'));
  });

  test('a batch lists its files in natural order (1, 2, 10); the upload form disables its button while uploading where JavaScript runs', async () => {
    const r = sampleReport({ seed: 7, name: '检查测试乡人民政府', year: 2023 });
    const { page } = await batchOf(clerk, [text(r, '10.txt'), text(r, '2.txt'), text(r, '1.txt')]);
    assert.deepEqual(
      uploadLinks(page).map((l) => l.file),
      ['1.txt', '2.txt', '10.txt'],
    );
    const form = (await clerk.get('/admin/checker')).text;
    assert.match(form, /<form[^>]*data-uploading="正在上传并检查[^"]*"/);
    assert.match(form, /<script src="\/admin\/checker\/upload-progress.js" defer><\/script>/);
    const js = await clerk.get('/admin/checker/upload-progress.js');
    assert.equal(js.status, 200);
    assert.match(js.text, /button.disabled = true/);
  });
});
