// Guessing 查询码 is rate-limited: after the limit every further attempt is refused with 429, even the right code.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { redactUrl } from '../../src/http/server.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: guessing the 查询码`, () => {
  let s: TestServer;
  before(async () => {
    s = await startTestServer();
  });
  after(async () => {
    await s.close();
  });

  test('after 20 lookups a minute the API refuses with 429 and a Chinese message', async () => {
    const a = await buildAgency(s);
    const c = new Client(s.url);
    const r = await c.json(`/api/v1/agencies/${a.code}/requests`, { method: 'POST', body: applicationInput() });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++)
      statuses.push(
        (
          await c.json(
            `/api/v1/requests/${r.body.number}?code=AAAAAAAA${String(i).padStart(2, '2').slice(-2).replace(/[01]/g, '2')}`,
          )
        ).status,
      );
    assert.ok(
      statuses.slice(0, 20).every((x) => x === 404),
      statuses.join(),
    );
    const limited = await c.json(`/api/v1/requests/${r.body.number}?code=${r.body.code}`);
    assert.equal(limited.status, 429);
    assert.ok(hasChinese(limited.body.error.message));
  });

  test('the 查询码 is cut out of logged URLs', () => {
    assert.equal(
      redactUrl('/api/v1/requests/YS202603020001?code=ABCDEFGHJK&x=1'),
      '/api/v1/requests/YS202603020001?code=***&x=1',
    );
  });
});
