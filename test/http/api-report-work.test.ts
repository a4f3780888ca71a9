// The annual report's work through the API alone: texts written (with the version check), a finding reviewed, the
// year closed and the report published; then the report downloaded in each format and each file opened — the HTML,
// DOCX and PDF read back by the checker's own reader, the XLSX by a spreadsheet library, the PDF's pages counted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { makeCtx } from '../../src/context.ts';
import { parseInput } from '../../src/input.ts';
import { decodeReport } from '../../src/report/read-file.ts';
import { TEXT_BLOCKS } from '../../src/report/texts.ts';
import { Application } from '../../src/requests/form.ts';
import { submitApplication } from '../../src/requests/submit.ts';
import { thisYear } from '../clock.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';
import { startTestServer, type TestServer } from './client.ts';
import { type ApiCaller, apiStaff, assertError } from './office-api.ts';

const YEAR = thisYear() - 1;

describe(`${DIALECT}: the annual report's work through the API`, () => {
  let s: TestServer;
  let code = '';
  let clerk: ApiCaller, head: ApiCaller, admin: ApiCaller, other: ApiCaller, supervisor: ApiCaller;
  const apply = async (day: string) => {
    const ctx = makeCtx({ ...s, now: new Date(`${day}T02:00:00Z`) }, { kind: 'public', ip: '127.0.0.1' });
    await submitApplication(ctx, code, parseInput(Application, applicationInput()));
  };
  const path = (rest = '') => `/api/v1/reports/${code}/${YEAR}${rest}`;
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county', name: '测试县人民政府' });
    const a = await buildAgency(s, { parent: county.code, name: '测试乡人民政府' });
    const b = await buildAgency(s, { parent: county.code });
    code = a.code;
    [clerk, head, admin, other, supervisor] = [
      await apiStaff(s, a.code, ['clerk']),
      await apiStaff(s, a.code, ['head']),
      await apiStaff(s, a.code, ['admin']),
      await apiStaff(s, b.code, ['clerk']),
      await apiStaff(s, county.code, ['supervisor']),
    ];
    await apply(`${YEAR}-03-06`);
    await apply(`${YEAR}-11-20`);
  });
  after(async () => {
    await s.close();
  });

  test('texts saved with the version check, a finding reviewed, the year closed, the report published', async () => {
    const start = await clerk.call(path('/work'));
    assert.equal(start.status, 200, JSON.stringify(start.body));
    assert.equal(start.body.state, 'draft');
    assert.equal(start.body.version, null);
    assert.ok(start.body.texts.every((t: { unfilled: boolean }) => t.unfilled));
    assertError(await head.call(path('/publish'), { version: 0, justification: '已核对全部数字无误。' }), 409);

    const texts = Object.fromEntries(TEXT_BLOCKS.map((b) => [b.key, `${b.label}：本年度情况说明。`]));
    const saved = await clerk.call(path('/texts'), { version: null, texts });
    assert.equal(saved.status, 200, JSON.stringify(saved.body));
    assert.ok(saved.body.texts.every((t: { unfilled: boolean }) => !t.unfilled));
    assert.ok(!saved.body.findings.some((f: { rule: string }) => f.rule === 'TEXT.PLACEHOLDER'));
    const v = saved.body.version as number;
    const one = await clerk.call(path('/texts'), { version: v, texts: { problems: '存在的问题：栏目更新不及时。' } });
    assert.equal(one.status, 200);
    assert.equal(
      one.body.texts.find((t: { key: string }) => t.key === 'problems').text,
      '存在的问题：栏目更新不及时。',
    );
    assert.equal(one.body.texts.find((t: { key: string }) => t.key === 'overview').text, texts.overview);
    assertError(await clerk.call(path('/texts'), { version: v, texts: { overview: '旧版本上的修改' } }), 409);
    assertError(
      await clerk.call(path('/texts'), { version: one.body.version, texts: { overview: '长'.repeat(5001) } }),
      400,
      'overview',
    );
    assertError(await clerk.call(path('/texts'), { version: one.body.version, texts: { bogus: '某' } }), 400);
    assertError(await clerk.call(path('/texts'), { texts: {} }), 400, 'version');

    assertError(await clerk.call(path('/freeze'), {}), 403);
    const frozen = await head.call(path('/freeze'), {});
    assert.equal(frozen.status, 200, JSON.stringify(frozen.body));
    assert.equal(frozen.body.state, 'frozen');
    await apply(`${YEAR}-12-30`); // after the close: the report flags the change
    const changed = (await clerk.call(path('/work'))).body.findings.find(
      (f: { rule: string }) => f.rule === 'SNAPSHOT.CHANGED',
    );
    assert.ok(changed, 'a case added after the close is a finding');
    assertError(
      await clerk.call(path(`/findings/${changed.fingerprint}/review`), { decision: 'dismissed', reason: ' ' }),
      400,
      'reason',
    );
    const reviewed = await clerk.call(path(`/findings/${changed.fingerprint}/review`), {
      decision: 'dismissed',
      reason: '年后补登的纸质申请，计入下一年度',
    });
    assert.equal(reviewed.status, 200, JSON.stringify(reviewed.body));
    const review = reviewed.body.findings.find((f: { fingerprint: string }) => f.fingerprint === changed.fingerprint);
    assert.equal(review.review.decision, 'dismissed');

    const version = reviewed.body.version as number;
    assertError(await clerk.call(path('/publish'), { version }), 403);
    assertError(await head.call(path('/publish'), { version: version + 5 }), 409);
    const published = await head.call(path('/publish'), { version, justification: '警告均已逐条核对，数字无误。' });
    assert.equal(published.status, 200, JSON.stringify(published.body));
    assert.equal(published.body.state, 'published');
    assert.match(published.body.indexNo, /\S/);
    assertError(await clerk.call(path('/texts'), { version: published.body.version, texts: { overview: '改' } }), 409);
    const actions = await s.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'report.%')
      .where('actor_user_id', 'in', [clerk.id, head.id])
      .execute();
    for (const a of ['report.texts_saved', 'report.frozen', 'report.finding_reviewed', 'report.published'])
      assert.ok(
        actions.some((r) => r.action === a),
        `${a} audited`,
      );
  });

  test('each format downloads with its content type and opens', async () => {
    const get = async (format: string) => {
      const res = await fetch(`${s.url}${path(`/download/${format}`)}`, {
        headers: { authorization: `Bearer ${clerk.token}` },
      });
      assert.equal(res.status, 200, format);
      assert.match(res.headers.get('content-disposition') ?? '', /^attachment; filename\*=UTF-8''.+/);
      return { type: res.headers.get('content-type') ?? '', bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const html = await get('html');
    assert.match(html.type, /^text\/html/);
    const docx = await get('docx');
    assert.match(docx.type, /wordprocessingml/);
    const pdf = await get('pdf');
    assert.equal(pdf.type, 'application/pdf');
    assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.ok((pdf.bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length >= 1, 'the PDF has pages');
    for (const [format, file] of [
      ['html', html],
      ['docx', docx],
      ['pdf', pdf],
    ] as const) {
      const read = await decodeReport(file.bytes);
      assert.ok(read.ok, `${format}: ${read.ok ? '' : read.error}`);
      const text = read.text.replace(/\s+/g, '');
      assert.match(text, new RegExp(`测试乡人民政府${YEAR}年政府信息公开工作年度报告`), format);
      assert.match(text, /存在的问题：栏目更新不及时。/, `${format} holds the text written through the API`);
    }
    const xlsx = await get('xlsx');
    assert.match(xlsx.type, /spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(String(c.value ?? '')))));
    assert.ok(book.worksheets.length >= 1);
    assert.ok(
      cells.some((c) => c.includes('本年新收政府信息公开申请数量')),
      'the workbook holds 表三',
    );
    assertError(await clerk.call(path('/download/exe')), 400, 'format');
    const doc = (await clerk.call('/api/v1/openapi.json')).body;
    const ok = doc.paths['/api/v1/reports/{code}/{year}/download/{format}'].get.responses['200'].content;
    assert.deepEqual(Object.keys(ok).sort(), [
      'application/pdf',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'text/html',
    ]);
    assert.ok(Object.values(ok).every((c) => JSON.stringify(c) === '{"schema":{"type":"string","format":"binary"}}'));
  });

  test('a supervisor above reads and downloads but never writes; another agency finds nothing; a role without the permission is refused', async () => {
    assert.equal((await supervisor.call(path('/work'))).status, 200);
    const res = await fetch(`${s.url}${path('/download/pdf')}`, {
      headers: { authorization: `Bearer ${supervisor.token}` },
    });
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    assertError(await supervisor.call(path('/texts'), { version: null, texts: {} }), 403);
    assertError(await other.call(path('/work')), 404);
    assertError(await other.call(path('/download/pdf')), 404);
    assertError(await other.call(path('/texts'), { version: null, texts: {} }), 403);
    assertError(await admin.call(path('/work')), 403);
    assertError(await admin.call(path('/texts'), { version: null, texts: {} }), 403);
    assertError(await clerk.call(`/api/v1/reports/${code}/${thisYear() + 1}/work`), 400, 'year');
  });
});
