// 行政复议 / 行政诉讼 cases through the back office, and 表四 as the cases stand.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';
import { thisYear } from '../clock.ts';

describe(`${DIALECT}: reconsideration and litigation cases`, () => {
  let s: TestServer;
  let clerk: Client, other: Client, supervisor: Client;
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county' });
    const a = await buildAgency(s, { parent: county.code });
    const b = await buildAgency(s, { parent: county.code });
    const as = async (code: string, roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerk, other, supervisor] = [
      await as(a.code, ['clerk']),
      await as(b.code, ['clerk']),
      await as(county.code, ['supervisor']),
    ];
  });
  after(async () => {
    await s.close();
  });
  // Last year: every date below has passed whatever day the suite runs on (a future filing date is refused).
  const year = thisYear() - 1;

  test('a 复议 is recorded, answered and decided; the page shows its deadlines and 表四 counts it', async () => {
    const r = await clerk.postForm(
      '/admin/appeals',
      {
        kind: 'reconsideration',
        procedure: 'simplified',
        body: '示范县人民政府',
        applicant: '张某',
        filedOn: `${year}-01-05`,
      },
      { from: '/admin/appeals' },
    );
    assert.equal(r.status, 303);
    const url = r.location!.split('?')[0]!;
    let page = await clerk.get(url);
    assert.match(page.text, /收到后计算|收到副本后计算/);
    const version = () => /name="version" value="(\d+)"/.exec(page.text)![1]!;
    const steps = {
      acceptedOn: `${year}-01-06`,
      copyReceivedOn: `${year}-01-07`,
      answeredOn: '',
      extendedDays: '',
      decidedOn: '',
      decision: '',
    };
    assert.equal((await clerk.postForm(`${url}/steps`, { ...steps, version: version() }, { from: url })).status, 303);
    page = await clerk.get(url);
    assert.match(page.text, /行政复议法第五十四条、第八十八条/);
    assert.match(page.text, /行政复议法第六十二条/);
    const list = await clerk.get(`/admin/appeals?year=${year}`);
    assert.match(
      (await clerk.get('/admin/appeals')).text,
      new RegExp(`${thisYear()} 年表四[\\s\\S]*?href="/admin/appeals\\?year=${thisYear() - 1}"`),
    );
    const future = await clerk.get(`/admin/appeals?year=${thisYear() + 1}`);
    assert.equal(future.status, 400, 'a year to come has no 表四');
    assert.match(future.text, /年份应为 2008 年至/);
    assert.match(list.text, /<th scope="row">行政复议<\/th><td>0<\/td><td>0<\/td><td>0<\/td><td>1<\/td><td>1<\/td>/);
    const stale = await clerk.postForm(
      `${url}/steps`,
      { ...steps, version: '1', decidedOn: `${year}-01-20`, decision: 'revoked' },
      { from: url },
    );
    assert.equal(stale.status, 409);
    assert.equal(
      (
        await clerk.postForm(
          `${url}/steps`,
          {
            ...steps,
            version: version(),
            answeredOn: `${year}-01-09`,
            decidedOn: `${year}-01-20`,
            decision: 'revoked',
          },
          { from: url },
        )
      ).status,
      303,
    );
    assert.match((await clerk.get(url)).text, /撤销或部分撤销，计入表四“结果纠正”/);
    assert.match(
      (await clerk.get(`/admin/appeals?year=${year}`)).text,
      /<th scope="row">行政复议<\/th><td>0<\/td><td>1<\/td><td>0<\/td><td>0<\/td><td>1<\/td>/,
    );
    assert.equal(
      (
        await clerk.postForm(
          `${url}/documents`,
          { kind: '决定书', title: '行政复议决定书', dated: `${year}-01-20`, docNumber: '示复决字〔1〕号' },
          { from: url },
        )
      ).status,
      303,
    );
    assert.match((await clerk.get(url)).text, /决定书：行政复议决定书（示复决字〔1〕号）/);
  });

  test('a suit after a 复议 must name that 复议; dates out of order and half a decision are refused', async () => {
    const r = await clerk.postForm(
      '/admin/appeals',
      {
        kind: 'litigation_after_reconsideration',
        procedure: 'ordinary',
        body: '示范县人民法院',
        applicant: '张某',
        filedOn: `${year}-02-01`,
      },
      { from: '/admin/appeals' },
    );
    assert.equal(r.status, 400);
    assert.match(r.text, /所依据的复议案件/);
    const created = await clerk.postForm(
      '/admin/appeals',
      {
        kind: 'litigation_direct',
        procedure: 'ordinary',
        body: '示范县人民法院',
        applicant: '李某',
        filedOn: `${year}-03-01`,
      },
      { from: '/admin/appeals' },
    );
    const url = created.location!.split('?')[0]!;
    const page = await clerk.get(url);
    const version = /name="version" value="(\d+)"/.exec(page.text)![1]!;
    const early = await clerk.postForm(
      `${url}/steps`,
      { version, acceptedOn: `${year}-02-01`, decidedOn: '', decision: '' },
      { from: url },
    );
    assert.equal(early.status, 400);
    assert.match(early.text, /受理日期不能早于提出日期/);
    const half = await clerk.postForm(
      `${url}/steps`,
      { version, acceptedOn: `${year}-03-02`, decision: 'upheld', decidedOn: '' },
      { from: url },
    );
    assert.equal(half.status, 400);
    assert.match(half.text, /请同时填写结果和决定日期/);
    const bad = await clerk.postForm(
      '/admin/appeals',
      { kind: 'war', procedure: 'x', body: '', applicant: '', filedOn: '2026-02-30' },
      { from: '/admin/appeals' },
    );
    assert.equal(bad.status, 400);
    assert.ok(hasChinese(bad.text));
  });

  test('a document’s file is uploaded with it, sniffed, and downloaded only within the agency', async () => {
    const id = (await s.db.selectFrom('appeals').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    const url = `/admin/appeals/${id}`;
    const csrf = await clerk.csrf(url);
    const upload = async (bytes: Buffer, name: string) => {
      const form = new FormData();
      for (const [k, v] of Object.entries({
        _csrf: csrf,
        kind: '答复书',
        title: '行政复议答复书',
        dated: `${year}-01-09`,
        docNumber: '',
      }))
        form.append(k, v);
      form.append('file', new Blob([new Uint8Array(bytes)]), name);
      const res = await clerk.request(`${url}/documents`, { method: 'POST', body: form });
      return { status: res.status, text: await res.text() };
    };
    const pdf = Buffer.from('%PDF-1.4\n% 答复书\n%%EOF\n');
    assert.equal((await upload(pdf, '答复书.pdf')).status, 303);
    const bad = await upload(Buffer.from('just text'), 'notes.txt');
    assert.equal(bad.status, 400);
    assert.match(bad.text, /须为 PDF、Word/);
    const link = /href="(\/admin\/appeals\/\d+\/documents\/\d+)">下载 答复书.pdf/.exec(
      (await clerk.get(url)).text,
    )![1]!;
    const got = await clerk.request(link);
    assert.equal(got.headers.get('content-type'), 'application/pdf');
    assert.deepEqual(Buffer.from(await got.arrayBuffer()), pdf);
    assert.equal((await other.get(link)).status, 404);
  });

  test('another agency finds none of the cases; a supervisor reads but cannot record', async () => {
    const id = (await s.db.selectFrom('appeals').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
    assert.equal((await other.get(`/admin/appeals/${id}`)).status, 404);
    assert.doesNotMatch((await other.get('/admin/appeals')).text, /张某/);
    const r = await supervisor.postForm(
      '/admin/appeals',
      { kind: 'reconsideration', procedure: 'ordinary', body: 'x', applicant: 'y', filedOn: `${year}-01-01` },
      { from: '/admin/appeals' },
    );
    assert.equal(r.status, 403);
  });
});
