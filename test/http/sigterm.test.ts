// SIGTERM (a deploy, a restart) lets every request already being received finish: applications whose headers and part
// of their body arrived before the signal are completed, answered 201 and stored; then the platform exits 0.
import assert from 'node:assert/strict';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { startGroup } from '../crash.ts';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';

describe(`${DIALECT}: SIGTERM finishes what is in flight`, () => {
  let t: TestDb;
  let agency = '';
  before(async () => {
    t = await createTestDb();
    agency = (await buildAgency(t)).code;
  });
  after(async () => {
    await t.close();
  });

  for (const workers of ['1', '2']) {
    test(`with GONGKAI_WORKERS=${workers}: applications half-sent when SIGTERM arrives are answered 201 and stored`, {
      timeout: 120_000,
    }, async () => {
      const { proc, base } = await startGroup({ ...t.env, GONGKAI_WORKERS: workers });
      const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
      const titles = Array.from({ length: 8 }, (_, i) => `终止信号时的申请 ${workers}-${i}`);
      const inFlight = titles.map((title, i) => {
        const body = Buffer.from(JSON.stringify(applicationInput({ infoTitle: title })));
        const req = http.request(`${base}/api/v1/agencies/${agency}/requests`, {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json',
            'content-length': body.length,
            'x-forwarded-for': `10.8.0.${i}`,
          },
        });
        const answered = new Promise<number>((resolve, reject) => {
          req.on('response', (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.on('error', reject);
        });
        req.write(body.subarray(0, body.length >> 1)); // headers and half the body: the request is under way
        return { req, body, answered };
      });
      await new Promise((r) => setTimeout(r, 500));
      process.kill(proc.pid!, 'SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      for (const f of inFlight) f.req.end(f.body.subarray(f.body.length >> 1));
      assert.deepEqual(
        await Promise.all(inFlight.map((f) => f.answered)),
        titles.map(() => 201),
      );
      assert.equal(await exited, 0);
      const stored = await t.db.selectFrom('requests').select('info_title').where('info_title', 'in', titles).execute();
      assert.equal(stored.length, titles.length);
    });
  }
});
