// Exports over real HTTP: the case list and the catalogue as CSV and XLSX from the links on their pages, carrying the
// page's filters, so the rows are the page's rows; the applicant's name whole only on the exporter's own cases; CSV
// in UTF-8 with a BOM and safe against formula injection; the XLSX cells text, never formulas; each export audited;
// the same through /api/v1/exports with its non-JSON body documented and a bad filter refused in Chinese.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { Agency } from '../../src/agencies/store.ts';
import type { Role } from '../../src/auth/roles.ts';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { makeCtx, type Ctx } from '../../src/context.ts';
import { parseInput } from '../../src/input.ts';
import { Application } from '../../src/requests/form.ts';
import { performStep } from '../../src/requests/perform-step.ts';
import { submitApplication } from '../../src/requests/submit.ts';
import { columnId, draftInput } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

/** RFC 4180 as Excel writes and reads it. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

async function download(c: Client, path: string) {
  const res = await c.request(path);
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
    res,
  };
}

async function xlsxRows(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as never);
  const rows: { values: string[]; types: number[] }[] = [];
  wb.worksheets[0]!.eachRow((r) => {
    const cells = Array.from({ length: r.cellCount }, (_, i) => r.getCell(i + 1));
    rows.push({ values: cells.map((c) => String(c.value ?? '')), types: cells.map((c) => c.type) });
  });
  return rows;
}

/** The export links of a list page: the hrefs of its CSV and XLSX links, entities decoded. */
function exportHrefs(page: string): { csv: string; xlsx: string } {
  const href = (ext: string) =>
    new RegExp(`href="([^"]*/export\\.${ext}[^"]*)"`).exec(page)?.[1]?.replace(/&amp;/g, '&') ?? '';
  return { csv: href('csv'), xlsx: href('xlsx') };
}

const auditRows = async (s: TestServer, action: string, userId: number) =>
  (
    await s.db
      .selectFrom('audit_log')
      .select(['summary', 'actor_user_id'])
      .where('action', '=', action)
      .where('actor_user_id', '=', userId)
      .orderBy('seq')
      .execute()
  ).map(
    (r) =>
      JSON.parse(r.summary) as { format: string; filters: Record<string, string>; rows: number; unmasked?: number },
  );

describe(`${DIALECT}: exports of the case list and the catalogue`, () => {
  let s: TestServer;
  let agency: Agency;
  const users: Record<string, { id: number; client: Client; ctx: Ctx }> = {};
  const numbers: Record<string, string> = {};
  const INJECTED = '=HYPERLINK("http://evil.example/","点此")2025年村道资金';

  const user = async (key: string, roles: Role[]) => {
    const u = await buildStaff(s, agency.code, roles);
    const client = new Client(s.url);
    await client.login(u.username, u.password);
    const ctx = makeCtx(s, {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: key,
      agencyId: agency.id,
      agencyCode: agency.code,
      agencyPath: agency.path,
      roles,
    });
    users[key] = { id: u.id, client, ctx };
  };
  const register = async (by: string, name: string, infoTitle: string) => {
    const r = await submitApplication(
      users[by]!.ctx,
      agency.code,
      parseInput(
        Application,
        applicationInput({ name, infoTitle, email: '', formWanted: 'paper', delivery: 'pickup' }),
      ),
      { channel: 'in_person', receivedOn: '2026-03-02', evidence: '当面' },
    );
    return r;
  };

  before(async () => {
    s = await startTestServer();
    agency = await buildAgency(s);
    await user('clerkA', ['clerk']);
    await user('clerkB', ['clerk']);
    await user('admin', ['admin']);
    const a = await register('clerkA', '张三丰', '东和乡2025年道路维修经费');
    const b = await register('clerkB', '李四', INJECTED);
    const c = await register('clerkB', '王五', '东和乡2025年低保名单');
    for (const [who, r] of [
      ['clerkA', a],
      ['clerkB', b],
    ] as const)
      await performStep(users[who]!.ctx, r.id, { event: 'accepted', version: '1', onDate: '2026-03-02' });
    Object.assign(numbers, { a: a.number, b: b.number, c: c.number });
  });
  after(async () => s.close());

  test("the CSV from the case list's link has the page's rows, the BOM, formula-safe cells and names masked but the exporter's own", async () => {
    const page = await users.clerkA!.client.get('/admin/requests?state=processing');
    const shown = [...page.text.matchAll(/<a href="\/admin\/requests\/\d+">(YS\d+)<\/a>/g)].map((m) => m[1]);
    assert.deepEqual(new Set(shown), new Set([numbers.a, numbers.b]));
    const { csv } = exportHrefs(page.text);
    assert.equal(csv, '/admin/requests/export.csv?state=processing');
    const d = await download(users.clerkA!.client, csv);
    assert.equal(d.status, 200);
    assert.match(d.type, /^text\/csv; charset=utf-8/);
    assert.match(d.res.headers.get('content-disposition') ?? '', /attachment; filename\*=UTF-8''/);
    assert.equal(d.res.headers.get('cache-control'), 'no-store');
    assert.deepEqual([...d.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM, so Excel reads the Chinese right');
    const [header, ...rows] = parseCsv(d.bytes.subarray(3).toString('utf8'));
    assert.equal(header![0], '申请编号');
    assert.deepEqual(
      rows.map((r) => r[0]),
      shown,
      'the same cases in the same order as the page',
    );
    const byNumber = new Map(rows.map((r) => [r[0], r]));
    assert.equal(byNumber.get(numbers.a)![3], '张三丰', 'the exporter handles this case: the whole name');
    assert.equal(byNumber.get(numbers.b)![3], '李*', "another clerk's case: masked");
    assert.equal(byNumber.get(numbers.b)![4], `'${INJECTED}`, 'a cell starting with = is prefixed, shown as text');
    for (const r of rows) for (const cell of r) assert.doesNotMatch(cell, /^[=+\-@]/);
    const [audit] = (await auditRows(s, 'request.exported', users.clerkA!.id)).slice(-1);
    assert.deepEqual(audit, { format: 'csv', filters: { state: 'processing' }, rows: 2, unmasked: 1 });
  });

  test('the XLSX with a word filter: the same rows as the page, every cell text and none a formula', async () => {
    const page = await users.clerkB!.client.get(`/admin/requests?q=${encodeURIComponent('东和乡')}`);
    const shown = [...page.text.matchAll(/<a href="\/admin\/requests\/\d+">(YS\d+)<\/a>/g)].map((m) => m[1]);
    assert.deepEqual(new Set(shown), new Set([numbers.a, numbers.c]));
    const { xlsx } = exportHrefs(page.text);
    const d = await download(users.clerkB!.client, xlsx);
    assert.equal(d.status, 200);
    assert.match(d.type, /spreadsheetml\.sheet/);
    const [header, ...rows] = await xlsxRows(d.bytes);
    assert.equal(header!.values[3], '申请人');
    assert.deepEqual(
      rows.map((r) => r.values[0]),
      shown,
    );
    for (const r of rows)
      assert.ok(r.types.every((t) => t === ExcelJS.ValueType.String || t === ExcelJS.ValueType.Null));
    const names = new Map(rows.map((r) => [r.values[0], r.values[3]]));
    assert.equal(names.get(numbers.c), '王五', "clerk B's own case");
    assert.equal(names.get(numbers.a), '张**');
    const [audit] = (await auditRows(s, 'request.exported', users.clerkB!.id)).slice(-1);
    assert.deepEqual(audit, { format: 'xlsx', filters: { q: '东和乡' }, rows: 2, unmasked: 1 });
  });

  test('the API exports the same list with its non-JSON body documented; a bad filter is a Chinese 400 on its field', async () => {
    const c = users.clerkB!.client;
    const d = await download(c, '/api/v1/exports/requests.csv?state=processing');
    assert.equal(d.status, 200);
    assert.match(d.type, /^text\/csv/);
    const rows = parseCsv(d.bytes.subarray(3).toString('utf8')).slice(1);
    const names = new Map(rows.map((r) => [r[0], r[3]]));
    assert.deepEqual(new Set(names.keys()), new Set([numbers.a, numbers.b]));
    assert.equal(names.get(numbers.b), '李四');
    assert.equal(names.get(numbers.a), '张**');
    const bad = await c.json('/api/v1/exports/requests.csv?state=nonsense');
    assert.equal(bad.status, 400);
    assert.ok(hasChinese(bad.body.error.message) && hasChinese(bad.body.error.fields.state));
    const doc = (await c.json('/api/v1/openapi.json')).body;
    const op = doc.paths['/api/v1/exports/requests.xlsx'].get;
    assert.deepEqual(Object.keys(op.responses['200'].content), [
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    assert.deepEqual(Object.keys(doc.paths['/api/v1/exports/catalogue.csv'].get.responses['200'].content), [
      'text/csv',
    ]);
    const anonymous = await new Client(s.url).json('/api/v1/exports/requests.csv');
    assert.equal(anonymous.status, 401);
  });

  test("the catalogue export follows the page's column filter; personal data is masked for roles that do not write or review entries", async () => {
    const clerk = users.clerkA!;
    const [notices, news] = [await columnId(s, agency, '通知公告'), await columnId(s, agency, '工作动态')];
    await createEntry(clerk.ctx, agency.code, draftInput(notices, { title: '+关于村道养护的通知' }));
    await createEntry(
      clerk.ctx,
      agency.code,
      draftInput(notices, { title: '低保复核公示', summary: '联系人身份证号11010519491231002X' }),
    );
    await createEntry(clerk.ctx, agency.code, draftInput(news, { title: '乡镇工作动态一则' }));
    const page = await clerk.client.get(`/admin/catalogue?column=${notices}`);
    const { csv, xlsx } = exportHrefs(page.text);
    assert.equal(csv, `/admin/catalogue/export.csv?column=${notices}`);
    const all = page.text.slice(page.text.indexOf('<h2>全部信息</h2>'));
    const shown = [...all.matchAll(/<td class="mono">([^<]+)<\/td><td><a href="\/admin\/catalogue\/\d+">/g)].map(
      (m) => m[1],
    );
    assert.equal(shown.length, 2);
    const rows = parseCsv((await download(clerk.client, csv)).bytes.subarray(3).toString('utf8')).slice(1);
    assert.deepEqual(
      rows.map((r) => r[0]),
      shown,
    );
    assert.ok(
      rows.some((r) => r[12] === '联系人身份证号11010519491231002X'),
      'the drafting clerk sees the text',
    );
    assert.ok(rows.some((r) => r[1] === "'+关于村道养护的通知"));
    const adminRows = await xlsxRows((await download(users.admin!.client, xlsx)).bytes);
    const summary = adminRows.find((r) => r.values[1] === '低保复核公示')!.values[12]!;
    assert.ok(!summary.includes('11010519491231002X') && summary.startsWith('联系人身份证号'), summary);
    const [audit] = (await auditRows(s, 'catalogue.exported', users.admin!.id)).slice(-1);
    assert.deepEqual(audit, { format: 'xlsx', filters: { column: String(notices) }, rows: 2 });
    const api = await download(clerk.client, `/api/v1/exports/catalogue.csv?column=${news}`);
    assert.deepEqual(
      parseCsv(api.bytes.subarray(3).toString('utf8'))
        .slice(1)
        .map((r) => r[1]),
      ['乡镇工作动态一则'],
    );
  });
});
