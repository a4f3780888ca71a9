// The annual report through the back office and the portal: built from last year's cases, every figure drilling down
// to its cases, texts written by the clerk, errors blocking publication, the head closing the year and publishing,
// a later change flagged against the snapshot, the county's roll-up, and isolation between agencies.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../../src/context.ts';
import { parseInput } from '../../src/input.ts';
import { Application } from '../../src/requests/form.ts';
import { submitApplication } from '../../src/requests/submit.ts';
import { TEXT_BLOCKS } from '../../src/report/texts.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';
import { thisYear } from '../clock.ts';

const YEAR = thisYear() - 1;

describe(`${DIALECT}: the annual report in the back office and on the portal`, () => {
  let s: TestServer;
  let code: string;
  let clerk: Client, head: Client, other: Client, supervisor: Client;
  const numbers: string[] = [];
  const apply = async (day: string) => {
    const ctx = makeCtx({ ...s, now: new Date(`${day}T02:00:00Z`) }, { kind: 'public', ip: '127.0.0.1' });
    const r = await submitApplication(ctx, code, parseInput(Application, applicationInput()));
    numbers.push(r.number);
  };
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county', name: '测试县人民政府' });
    const a = await buildAgency(s, { parent: county.code, name: '测试乡人民政府' });
    const b = await buildAgency(s, { parent: county.code });
    code = a.code;
    const as = async (agency: string, roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, agency, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerk, head, other, supervisor] = [
      await as(a.code, ['clerk']),
      await as(a.code, ['head']),
      await as(b.code, ['clerk']),
      await as(county.code, ['supervisor']),
    ];
    await apply(`${YEAR}-03-06`);
    await apply(`${YEAR}-11-20`);
  });
  after(async () => {
    await s.close();
  });
  const url = `/admin/reports/${YEAR}`;

  test('the report shows 表三 from the cases, each figure links to the cases behind it', async () => {
    const page = await clerk.get(url);
    assert.equal(page.status, 200);
    assert.match(page.text, /收到和处理政府信息公开申请情况/);
    assert.match(page.text, new RegExp(`<a href="${url}/cells/applications/received/natural">2</a>`));
    assert.match(page.text, new RegExp(`<a href="${url}/cells/applications/carriedOut/total">2</a>`));
    const drill = await clerk.get(`${url}/cells/applications/received/natural`);
    assert.equal(drill.status, 200);
    for (const n of numbers) assert.ok(drill.text.includes(n), n);
    assert.match(drill.text, /：2 条/);
    const api = await clerk.json(`/api/v1/reports/${code}/${YEAR}`);
    assert.equal(api.status, 200);
    assert.equal(api.body.schema, 'gongkai.report/1');
    assert.equal(api.body.source.kind, 'live');
    assert.equal(api.body.tables.applications.received.natural, 2);
    assert.ok(api.body.findings.every((f: { fingerprint: string }) => /^[0-9a-f]{16}$/.test(f.fingerprint)));
    const cell = await clerk.json(`/api/v1/reports/${code}/${YEAR}/cells/applications/carriedOut/total`);
    assert.deepEqual(cell.body.items.map((i: { ref: string }) => i.ref).sort(), [...numbers].sort());
    assert.equal((await clerk.json(`/api/v1/reports/${code}/abcd`)).status, 400);
    const dashboard = await clerk.get('/admin');
    assert.match(dashboard.text, new RegExp(`${YEAR}年度报告编制中，应于 ${YEAR + 1}-01-31 前公布（条例第四十九条）`));
    assert.match(dashboard.text, new RegExp(`${YEAR + 1}年度数据实时检查：表格勾稽关系正常`));
  });

  test('an unwritten text block is an error that blocks publishing; bad input gets a Chinese 4xx and writes nothing', async () => {
    const page = await head.get(url);
    assert.match(page.text, /TEXT\.PLACEHOLDER/);
    const refused = await head.postForm(`${url}/publish`, { version: '0' }, { from: url });
    assert.equal(refused.status, 409);
    assert.match(refused.text, /个错误，改正后才能公布/);
    const tooLong = await clerk.postForm(`${url}/texts`, { overview: '长'.repeat(5001) }, { from: url });
    assert.equal(tooLong.status, 400);
    assert.ok(hasChinese(tooLong.text));
    assert.match((await clerk.get(url)).text, /TEXT\.PLACEHOLDER/);
    assert.equal((await clerk.get('/admin/reports/19x9')).status, 404);
    assert.equal((await clerk.get('/admin/reports/1999')).status, 400);
    assert.equal((await clerk.get(`${url}/cells/nope/x/y`)).status, 404);
  });

  test('a clerk writes the texts but may not publish; the head closes the year and publishes into the 年度报告 column', async () => {
    const texts = Object.fromEntries(TEXT_BLOCKS.map((b) => [b.key, `${b.label}：本年度情况说明。`]));
    const saved = await clerk.postForm(`${url}/texts`, texts, { from: url });
    assert.equal(saved.status, 303);
    assert.doesNotMatch((await clerk.get(url)).text, /TEXT\.PLACEHOLDER/);
    assert.equal((await clerk.postForm(`${url}/publish`, { version: '1' }, { from: url })).status, 403);
    assert.equal((await head.postForm(`${url}/freeze`, {}, { from: url })).status, 303);
    const page = await head.get(url);
    assert.match(page.text, /年终封账时的数据编制/);
    const version = /action="\/admin\/reports\/\d+\/publish">[\s\S]*?name="version" value="(\d+)"/.exec(page.text)![1]!;
    const published = await head.postForm(`${url}/publish`, { version }, { from: url });
    assert.equal(published.status, 303, published.text.slice(0, 300));
    const portal = await new Client(s.url).get(`/${code}/reports/${YEAR}`);
    assert.equal(portal.status, 200);
    assert.match(portal.text, new RegExp(`测试乡人民政府${YEAR}年政府信息公开工作年度报告`));
    assert.match(portal.text, /（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）/);
    const json = await new Client(s.url).json(`/${code}/reports/${YEAR}/report.json`);
    assert.equal(json.body.schema, 'gongkai.report/1');
    assert.equal(json.body.tables.applications.received.total, 2);
    const pdf = await new Client(s.url).request(`/${code}/reports/${YEAR}/report.pdf`);
    assert.equal(pdf.status, 200);
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
      '%PDF-',
    );
    assert.equal((await new Client(s.url).get(`/${code}/reports/${YEAR}/report.exe`)).status, 404);
    const docx = await head.request(`/admin/reports/${YEAR}/download/docx`);
    assert.equal(docx.status, 200);
    assert.equal(
      Buffer.from(await docx.arrayBuffer())
        .subarray(0, 2)
        .toString(),
      'PK',
    );
    const column = await new Client(s.url).get(`/${code}/catalogue`);
    assert.match(column.text, new RegExp(`${YEAR}年政府信息公开工作年度报告`));
    assert.equal(
      (await head.postForm(`${url}/publish`, { version: String(Number(version) + 1) }, { from: url })).status,
      409,
      'published once',
    );
  });

  test('a case of that year added after the snapshot is flagged as data changed since the snapshot', async () => {
    await apply(`${YEAR}-12-30`);
    const page = await head.get(url);
    assert.match(page.text, /年终封账后数据已变动/);
    assert.match(page.text, /SNAPSHOT\.CHANGED/);
  });

  test('a finding dismissed with a reason stays dismissed when the report is built again; a blank reason is refused', async () => {
    const page = await clerk.get(url);
    const fingerprint =
      /封账后数据变动 <small class="rule-id">SNAPSHOT\.CHANGED<\/small>[\s\S]*?name="fingerprint" value="([0-9a-f]+)"/.exec(
        page.text,
      )![1]!;
    const blank = await clerk.postForm(
      `${url}/findings`,
      { fingerprint, decision: 'dismissed', reason: ' ' },
      { from: url },
    );
    assert.equal(blank.status, 400);
    assert.match(blank.text, /请写明理由/);
    const saved = await clerk.postForm(
      `${url}/findings`,
      { fingerprint, decision: 'dismissed', reason: '年后补登的纸质申请，计入下一年度' },
      { from: url },
    );
    assert.equal(saved.status, 303);
    const again = await clerk.get(url);
    assert.match(again.text, /不予采纳：年后补登的纸质申请，计入下一年度/);
    const api = await clerk.json(`/api/v1/reports/${code}/${YEAR}`);
    assert.equal(
      api.body.findings.find((f: { fingerprint: string }) => f.fingerprint === fingerprint).review.decision,
      'dismissed',
    );
    assert.equal(
      (
        await other.postForm(
          `${url}/findings?agency=${code}`,
          { fingerprint, decision: 'confirmed', reason: '越权' },
          { from: '/admin' },
        )
      ).status,
      404,
    );
  });

  test("another agency's clerk finds nothing; the county's supervisor reads the report and the roll-up", async () => {
    assert.equal((await other.get(`${url}?agency=${code}`)).status, 404);
    assert.equal((await other.get(`${url}/cells/applications/received/natural?agency=${code}`)).status, 404);
    assert.equal(
      (await new Client(s.url).get(`/${code}/reports/${YEAR + 1}`)).status,
      404,
      'an unpublished year is not public',
    );
    const read = await supervisor.get(`${url}?agency=${code}`);
    assert.equal(read.status, 200);
    assert.doesNotMatch(read.text, /action="\/admin\/reports\/\d+\/texts"/, 'a supervisor reads, never writes');
    const rollup = await supervisor.get(`${url}/rollup`);
    assert.equal(rollup.status, 200);
    assert.match(rollup.text, /测试乡人民政府<\/a><\/td><td>已公布/);
    assert.match(rollup.text, /未编制/);
    assert.equal((await clerk.get(`${url}/rollup`)).status, 403);
    assert.equal((await other.json(`/api/v1/reports/${code}/${YEAR}`)).status, 404);
    const api = await supervisor.json(
      `/api/v1/reports/${(await supervisor.json('/api/v1/me')).body.agency}/${YEAR}/rollup`,
    );
    assert.equal(api.status, 200);
    assert.equal(api.body.report.tables.applications.received.total, 3);
    assert.deepEqual(api.body.units.map((u: { status: string }) => u.status).sort(), ['missing', 'published']);
  });
});
