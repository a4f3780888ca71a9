// A township's year through the API alone, with a client generated from the OpenAPI document (openapi-fetch typed by
// test/support/api-schema.ts, which openapi-typescript makes from the document): during the year (a server whose clock
// stands in late November) entries are drafted, reviewed and published, applications come in and are answered, one
// answer goes to 行政复议 and is upheld; in January (a server on the same database, on the suite's clock) the year is
// closed and its report published. The report's JSON counts what was done, and the portal shows the entry and report.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import createClient from 'openapi-fetch';
import { TEXT_BLOCKS } from '../../src/report/texts.ts';
import { fixedClock } from '../../src/time.ts';
import { draftInput } from '../catalogue.ts';
import { thisYear } from '../clock.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';
import type { paths } from '../support/api-schema.ts';
import { listen, startTestServer, type TestServer } from './client.ts';
import { apiStaff } from './office-api.ts';

const Y = thisYear() - 1;

describe(`${DIALECT}: a township's year through the API alone, with the generated client`, () => {
  let s: TestServer;
  let during: { app: FastifyInstance; url: string };
  let code = '';
  const tokens: Record<'clerk' | 'secrecy' | 'reviewer' | 'head', string> = {
    clerk: '',
    secrecy: '',
    reviewer: '',
    head: '',
  };
  /** A client of the API as it was during the year (`at: 'year'`) or in January (`at: 'now'`). */
  const api = (who: keyof typeof tokens, at: 'year' | 'now' = 'year') =>
    createClient<paths>({
      baseUrl: at === 'year' ? during.url : s.url,
      headers: { authorization: `Bearer ${tokens[who]}` },
    });

  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county', name: '年度测试县人民政府' });
    const town = await buildAgency(s, { kind: 'township', name: '年度测试乡人民政府', parent: county.code });
    code = town.code;
    for (const [k, role] of [
      ['clerk', 'clerk'],
      ['secrecy', 'secrecy_reviewer'],
      ['reviewer', 'reviewer'],
      ['head', 'head'],
    ] as const)
      tokens[k] = (await apiStaff(s, code, [role])).token;
    during = await listen({ db: s.db, config: { ...s.config, clock: fixedClock(new Date(`${Y}-11-30T02:00:00Z`)) } });
  });
  after(async () => {
    await during?.app.close();
    await s?.close();
  });

  test('entries published, applications answered, a 复议 decided, the report published and counting them', async () => {
    // 主动公开: a draft through 保密审查 and 审核 to publication.
    const columns = await api('clerk').GET('/api/v1/staff/catalogue/columns');
    assert.equal(columns.response.status, 200);
    const column = columns.data!.columns.find((c) => c.name === '通知公告')!.id;
    const draft = await api('clerk').POST('/api/v1/staff/catalogue/entries', {
      body: { ...draftInput(column), formedOn: `${Y}-11-20`, docNo: `东政〔${Y}〕9号` },
    });
    assert.equal(draft.response.status, 201, JSON.stringify(draft.error));
    let entry = draft.data!;
    const step = async (who: keyof typeof tokens, action: 'submit' | 'approve') => {
      const r = await api(who).POST('/api/v1/staff/catalogue/entries/{id}/review', {
        params: { path: { id: String(entry.id) } },
        body: { action, version: entry.version },
      });
      assert.equal(r.response.status, 200, JSON.stringify(r.error));
      entry = r.data!;
    };
    await step('clerk', 'submit');
    await step('secrecy', 'approve');
    await step('reviewer', 'approve');
    const published = await api('reviewer').POST('/api/v1/staff/catalogue/entries/{id}/publish', {
      params: { path: { id: String(entry.id) } },
      body: { version: entry.version },
    });
    assert.equal(published.response.status, 200, JSON.stringify(published.error));
    assert.equal(published.data!.state, 'published');
    assert.equal(published.data!.publishedOn, `${Y}-11-30`);
    assert.equal((await fetch(`${s.url}/${code}/catalogue/${entry.id}`)).status, 200, 'public on the portal');

    // 依申请公开: one application online (left open at the year's end), one registered at the window and answered.
    const online = await createClient<paths>({ baseUrl: during.url }).POST('/api/v1/agencies/{code}/requests', {
      params: { path: { code } },
      body: applicationInput() as never,
    });
    assert.equal(online.response.status, 201, JSON.stringify(online.error));
    const registered = await api('clerk').POST('/api/v1/agencies/{code}/requests/registrations', {
      params: { path: { code } },
      body: {
        application: applicationInput(),
        channel: 'in_person',
        receivedOn: `${Y}-03-02`,
        evidence: '窗口当面签收',
      } as never,
    });
    assert.equal(registered.response.status, 201, JSON.stringify(registered.error));
    const number = registered.data!.number;
    for (const body of [
      { event: 'accepted', onDate: `${Y}-03-02` },
      { event: 'replied', outcome: 'disclosed', basis: '条例第三十六条第（二）项', onDate: `${Y}-03-20` },
      { event: 'delivered', evidence: 'EMS1234567890CN', onDate: `${Y}-03-23` },
    ]) {
      const view = await api('clerk').GET('/api/v1/staff/requests/{number}', { params: { path: { number } } });
      const r = await api('clerk').POST('/api/v1/staff/requests/{number}/steps', {
        params: { path: { number } },
        body: { version: view.data!.version, ...body } as never,
      });
      assert.equal(r.response.status, 200, `${body.event}: ${JSON.stringify(r.error)}`);
    }

    // 行政复议 against the answer, accepted and upheld.
    const appeal = await api('clerk').POST('/api/v1/appeals', {
      body: {
        kind: 'reconsideration',
        procedure: 'ordinary',
        body: '年度测试县人民政府',
        applicant: '张某',
        filedOn: `${Y}-04-10`,
        requestNumber: number,
      } as never,
    });
    assert.equal(appeal.response.status, 201, JSON.stringify(appeal.error));
    const decided = await api('clerk').POST('/api/v1/appeals/{id}/steps', {
      params: { path: { id: String(appeal.data!.id) } },
      body: {
        version: appeal.data!.version,
        acceptedOn: `${Y}-04-12`,
        copyReceivedOn: `${Y}-04-13`,
        answeredOn: `${Y}-04-20`,
        decidedOn: `${Y}-05-28`,
        decision: 'upheld',
      } as never,
    });
    assert.equal(decided.response.status, 200, JSON.stringify(decided.error));

    // January: the report's texts written, the year closed and the report published.
    const year = { code, year: Y };
    const work = await api('clerk', 'now').GET('/api/v1/reports/{code}/{year}/work', { params: { path: year } });
    assert.equal(work.response.status, 200, JSON.stringify(work.error));
    const texts = Object.fromEntries(TEXT_BLOCKS.map((b) => [b.key, `${b.label}：本年度工作情况说明。`]));
    const saved = await api('clerk', 'now').POST('/api/v1/reports/{code}/{year}/texts', {
      params: { path: year },
      body: { version: work.data!.version, texts } as never,
    });
    assert.equal(saved.response.status, 200, JSON.stringify(saved.error));
    const frozen = await api('head', 'now').POST('/api/v1/reports/{code}/{year}/freeze', {
      params: { path: year },
      body: {} as never,
    });
    assert.equal(frozen.response.status, 200, JSON.stringify(frozen.error));
    const done = await api('head', 'now').POST('/api/v1/reports/{code}/{year}/publish', {
      params: { path: year },
      body: { version: frozen.data!.version, justification: '各项数字已逐项核对，警告均已说明。' } as never,
    });
    assert.equal(done.response.status, 200, JSON.stringify(done.error));
    assert.equal(done.data!.state, 'published');

    const report = await api('clerk', 'now').GET('/api/v1/reports/{code}/{year}', { params: { path: year } });
    assert.equal(report.response.status, 200);
    const tables = report.data!.tables as Record<string, Record<string, Record<string, number>>>;
    assert.equal(tables.applications!.received!.total, 2, '表三: two applications received');
    assert.equal(tables.applications!.disclosed!.total, 1, '表三: one disclosed');
    assert.equal(tables.applications!.carriedOut!.total, 1, '表三: one carried over to next year');
    assert.deepEqual(tables.appeals!.reconsideration, { upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    assert.equal((await fetch(`${s.url}/${code}/reports/${Y}`)).status, 200, 'the report is on the portal');
  });
});
