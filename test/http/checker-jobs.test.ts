// The checker's batch as a job over real HTTP: a batch still queued shows its progress on a page that reloads itself
// (the Refresh header, no JavaScript needed) and is listed as in progress; its findings cannot be downloaded yet; once
// the job has run, the same address shows the results and stops reloading.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { silentLog } from '../../src/context.ts';
import { kickChecker } from '../../src/report/checker-jobs.ts';
import { renderText } from '../../src/report/render/text.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { queuedJob } from '../support/checker-job.ts';
import { sampleReport } from '../support/report-sample.ts';
import { Client, postMultipart, startTestServer, type TestServer } from './client.ts';

const report = (seed: number) =>
  Buffer.from(renderText(sampleReport({ seed, name: '任务测试乡人民政府', year: 2023 }), 'tab'));

describe(`${DIALECT}: checker batches as jobs`, () => {
  let s: TestServer;
  let clerk: Client, stranger: Client;
  let town: { id: number; code: string };
  let clerkId: number;

  before(async () => {
    s = await startTestServer();
    town = await buildAgency(s, { kind: 'township', name: '任务测试乡人民政府' });
    const other = await buildAgency(s, { kind: 'county', name: '任务测试另一县人民政府' });
    const u = await buildStaff(s, town.code, ['clerk']);
    clerkId = u.id;
    clerk = new Client(s.url);
    await clerk.login(u.username, u.password);
    const v = await buildStaff(s, other.code, ['supervisor']);
    stranger = new Client(s.url);
    await stranger.login(v.username, v.password);
  });
  after(async () => s.close());

  test('a queued batch shows its progress and reloads itself; when run, the same page shows the results', async () => {
    const batch = 'd4d4d4d4d4d4d4d4';
    const files = ['1.txt', '2.txt', '10.txt'].map((name, i) => ({ name, bytes: report(i + 1) }));
    await queuedJob(s, { batch, agencyId: town.id, requestedBy: clerkId, files });

    const waiting = await clerk.get(`/admin/checker/batches/${batch}`);
    assert.equal(waiting.status, 200);
    assert.equal(waiting.res.headers.get('refresh'), '3');
    assert.match(waiting.text, /<h1>正在检查<\/h1>/);
    assert.match(waiting.text, /排队中<\/strong>：已读取 0 \/ 3 个文件/);
    assert.match(waiting.text, /<progress max="3" value="0"/);
    const list = (await clerk.get('/admin/checker')).text;
    assert.match(
      list,
      /进行中的检查[\s\S]*排队中[\s\S]*0 \/ 3[\s\S]*href="\/admin\/checker\/batches\/d4d4d4d4d4d4d4d4"/,
    );
    const early = await clerk.get(`/admin/checker/batches/${batch}/findings.xlsx`);
    assert.equal(early.status, 409);
    assert.match(early.text, /尚未检查完毕/);
    assert.equal((await stranger.get(`/admin/checker/batches/${batch}`)).status, 404);

    await kickChecker(s.db, s.config, silentLog);
    const done = await clerk.get(`/admin/checker/batches/${batch}`);
    assert.equal(done.status, 200);
    assert.equal(done.res.headers.get('refresh'), null, 'a finished batch stops reloading');
    assert.match(done.text, /本批共 3 个文件/);
    assert.deepEqual(
      [...done.text.matchAll(/href="\/admin\/checker\/uploads\/\d+">([^<]+)</g)].map((m) => m[1]),
      ['1.txt', '2.txt', '10.txt'],
    );
    assert.doesNotMatch((await clerk.get('/admin/checker')).text, /进行中的检查/);
    assert.equal((await clerk.get(`/admin/checker/batches/${batch}/findings.xlsx`)).status, 200);
  });

  test('an upload answers with the results when its check is quick, the job and its audit records done', async () => {
    const r = await postMultipart(
      clerk,
      '/admin/checker',
      {},
      [{ field: 'files', filename: 'quick.txt', data: report(9) }],
      {
        from: '/admin/checker',
      },
    );
    assert.equal(r.status, 303);
    const page = await clerk.get(r.location!);
    assert.match(page.text, /本批共 1 个文件/);
    const batch = /batches\/([0-9a-f]{16})/.exec(r.location!)![1]!;
    const job = await s.db.selectFrom('checker_jobs').selectAll().where('batch', '=', batch).executeTakeFirstOrThrow();
    assert.deepEqual([job.state, Number(job.done), Number(job.total)], ['done', 1, 1]);
  });
});
