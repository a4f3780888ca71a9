// A rate limit holds across server processes: two app instances over one database (as GONGKAI_WORKERS runs them) share
// the 20-a-minute limit on 查询码 lookups, so spreading guesses over workers does not multiply the allowance.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';
import { Client, hasChinese, listen, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: rate limits shared by server processes`, () => {
  let s: TestServer;
  let second: FastifyInstance;
  let secondUrl: string;
  before(async () => {
    s = await startTestServer();
    ({ app: second, url: secondUrl } = await listen(s));
  });
  after(async () => {
    await second.close();
    await s.close();
  });

  test('20 wrong lookups spread over two processes use up the limit; the 21st is 429 on either', async () => {
    const a = await buildAgency(s);
    const [one, two] = [new Client(s.url), new Client(secondUrl)];
    const r = await one.json(`/api/v1/agencies/${a.code}/requests`, { method: 'POST', body: applicationInput() });
    assert.equal(r.status, 201);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++)
      statuses.push(
        (await (i % 2 ? two : one).json(`/api/v1/requests/${r.body.number}?code=AAAAAAAA${'23456789ABCDEFGHJKLM'[i]}2`))
          .status,
      );
    assert.deepEqual(new Set(statuses), new Set([404]), statuses.join());
    for (const c of [one, two]) {
      const limited = await c.json(`/api/v1/requests/${r.body.number}?code=${r.body.code}`);
      assert.equal(limited.status, 429);
      assert.ok(hasChinese(limited.body.error.message));
    }
  });
});
