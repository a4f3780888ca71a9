// The checker's API over real HTTP with a personal API token: post a zip and a file as a batch (202 with the batch's
// URL), poll it to done, read each report's JSON, review a finding, re-check; permissions, isolation and bad input.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { outboxIdle } from '../../src/outbox/runner.ts';
import type { Report } from '../../src/report/model.ts';
import { renderText } from '../../src/report/render/text.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { sampleReport } from '../support/report-sample.ts';
import { makeZip } from '../zip.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

function unbalanced(seed: number, year: number): Report {
  const r = sampleReport({ seed, name: '接口检查乡人民政府', year });
  const received = r.tables.applications!.received!;
  received.natural = (received.natural ?? 0) + 1;
  return r;
}
const text = (r: Report) => Buffer.from(renderText(r, 'tab'));

describe(`${DIALECT}: the checker's API`, () => {
  let s: TestServer;
  let token = '',
    readerToken = '',
    strangerToken = '';

  async function tokenOf(code: string, roles: Parameters<typeof buildStaff>[2]) {
    const u = await buildStaff(s, code, roles);
    const c = new Client(s.url);
    await c.login(u.username, u.password);
    const page = await c.postForm('/admin/account/tokens', { name: '接口测试' }, { from: '/admin/account' });
    return /gk_[\w-]+/.exec(page.text)![0];
  }
  const post = (path: string, form: FormData, bearer = token) =>
    fetch(s.url + path, { method: 'POST', body: form, headers: { authorization: `Bearer ${bearer}` } }).then(
      async (r) => ({ status: r.status, body: await r.json() }),
    );
  const get = (path: string, bearer = token) => new Client(s.url).json(path, { token: bearer });

  before(async () => {
    s = await startTestServer();
    const town = await buildAgency(s, { kind: 'township', name: '接口检查乡人民政府' });
    const other = await buildAgency(s, { kind: 'county', name: '接口检查另一县人民政府' });
    token = await tokenOf(town.code, ['clerk']);
    readerToken = await tokenOf(town.code, ['secrecy_reviewer']);
    strangerToken = await tokenOf(other.code, ['supervisor']);
  });
  after(async () => {
    await outboxIdle(s.db);
    await s.close();
  });

  test('a batch is a job: 202 with its URL, polled to done, each report as report-schema JSON; a finding reviewed', async () => {
    const form = new FormData();
    form.append('files', new Blob([text(unbalanced(3, 2023))]), '2023.txt');
    form.append(
      'files',
      new Blob([new Uint8Array(makeZip([{ name: '2022.txt', data: text(unbalanced(2, 2022)).toString() }]))]),
      'old.zip',
    );
    const queued = await post('/api/v1/checker/batches', form);
    assert.equal(queued.status, 202, JSON.stringify(queued.body));
    assert.match(queued.body.url, /^\/api\/v1\/checker\/batches\/[0-9a-f]{16}$/);
    assert.equal(queued.body.total, 2);
    let job = queued.body;
    for (let i = 0; i < 100 && job.state !== 'done'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = (await get(job.url)).body;
    }
    assert.equal(job.state, 'done');
    assert.equal(job.done, 2);
    assert.deepEqual(
      job.reports.map((r: { file: string; report: Report }) => [r.file, r.report.schema, r.report.year]),
      [
        ['2023.txt', 'gongkai.report/1', 2023],
        ['old.zip/2022.txt', 'gongkai.report/1', 2022],
      ],
    );
    const first = job.reports[0];
    const finding = first.report.findings.find((f: { rule: string }) => f.rule === 'T3.BALANCE');
    assert.ok(finding, 'the unbalanced 表三 is found');
    const one = await get(first.url);
    assert.equal(one.status, 200);
    assert.equal(one.body.report.agency.name, '接口检查乡人民政府');

    const reviewed = await new Client(s.url).json(`${first.url}/findings/${finding.fingerprint}`, {
      method: 'POST',
      token,
      body: { decision: 'dismissed', reason: '该数据已由乡政府更正说明' },
    });
    assert.equal(reviewed.status, 200, JSON.stringify(reviewed.body));
    const after = reviewed.body.report.findings.find(
      (f: { fingerprint: string }) => f.fingerprint === finding.fingerprint,
    );
    assert.deepEqual([after.review.decision, after.review.reason], ['dismissed', '该数据已由乡政府更正说明']);

    const short = await new Client(s.url).json(`${first.url}/findings/${finding.fingerprint}`, {
      method: 'POST',
      token,
      body: { decision: 'dismissed', reason: 'x' },
    });
    assert.equal(short.status, 400);
    assert.match(short.body.error.fields.reason, /至少2个字/);

    const again = await new Client(s.url).json(`${job.url}/recheck`, { method: 'POST', token });
    assert.equal(again.status, 202);
    assert.notEqual(again.body.batch, job.batch);
  });

  test('who may: a role without 检查 is 403, another agency 404, no token 401; bad input a Chinese 400 on its field', async () => {
    const form = () => {
      const f = new FormData();
      f.append('files', new Blob([text(unbalanced(5, 2023))]), 'a.txt');
      return f;
    };
    assert.equal((await post('/api/v1/checker/batches', form(), readerToken)).status, 403);
    const mine = await post('/api/v1/checker/batches', form());
    assert.equal(mine.status, 202);
    assert.equal((await get(mine.body.url, strangerToken)).status, 404);
    assert.equal((await get(mine.body.url, 'gk_not-a-token')).status, 401);
    const empty = await post('/api/v1/checker/batches', new FormData());
    assert.equal(empty.status, 400);
    assert.ok(empty.body.error.fields.files);
    const json = await new Client(s.url).json('/api/v1/checker/batches', { method: 'POST', token, body: {} });
    assert.equal(json.status, 400);
    assert.match(json.body.error.message, /multipart\/form-data/);
    const many = new FormData();
    for (let i = 0; i < 45; i++) many.append('files', new Blob(['x']), `${i}.txt`);
    const tooMany = await post('/api/v1/checker/batches', many);
    assert.equal(tooMany.status, 400, JSON.stringify(tooMany.body));
    assert.match(tooMany.body.error.message, /ZIP 压缩包/);
    assert.equal((await get('/api/v1/checker/batches/not-a-batch')).status, 404);
    assert.equal((await get('/api/v1/checker/batches/0000000000000000')).status, 404);
    assert.equal(
      (await get('/api/v1/checker/uploads/99999999999')).status,
      404,
      'beyond a database integer: not found',
    );
  });
});
