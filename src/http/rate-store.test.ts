// Rate-limit counters live in the database: two stores over one database (two server processes) share one count, a
// window ends on time, routes count apart, and no client address is written down.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyRateLimitStore } from '@fastify/rate-limit';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { databaseRateStore } from './rate-store.ts';

describe(`${DIALECT}: database rate-limit store`, () => {
  let t: TestDb;
  let clock = 1_800_000_000_000;
  const now = () => clock;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  const route = (url: string) =>
    ({ routeInfo: { method: 'POST', url } }) as unknown as Parameters<FastifyRateLimitStore['child']>[0];
  const storeFor = (url: string) => new (databaseRateStore(t.db, t.config.secret, now))({}).child(route(url));
  const incr = (s: FastifyRateLimitStore, key: string, window = 60_000) =>
    new Promise<{ current: number; ttl: number }>((resolve, reject) =>
      s.incr(key, (err, r) => (err ? reject(err) : resolve(r!)), window, 5),
    );

  test('two processes count together: three hits on each make six', async () => {
    const [a, b] = [storeFor('/:code/feedback'), storeFor('/:code/feedback')];
    const counts = [];
    for (const s of [a, b, a, b, a, b]) counts.push((await incr(s, '203.0.113.7')).current);
    assert.deepEqual(counts, [1, 2, 3, 4, 5, 6]);
  });

  test('the window ends on time: the ttl counts down and the next hit after it starts again at 1', async () => {
    const s = storeFor('/:code/track');
    assert.deepEqual(await incr(s, '198.51.100.1'), { current: 1, ttl: 60_000 });
    clock += 45_000;
    assert.deepEqual(await incr(s, '198.51.100.1'), { current: 2, ttl: 15_000 });
    clock += 15_000;
    assert.deepEqual(await incr(s, '198.51.100.1'), { current: 1, ttl: 60_000 });
  });

  test('routes and clients count apart, and the address is not stored', async () => {
    const [x, y] = [storeFor('/api/v1/requests/:number'), storeFor('/login')];
    await incr(x, '192.0.2.44');
    await incr(x, '192.0.2.44');
    assert.equal((await incr(y, '192.0.2.44')).current, 1);
    assert.equal((await incr(x, '192.0.2.45')).current, 1);
    const keys = (await t.db.selectFrom('rate_limits').select('key').execute()).map((r) => r.key);
    assert.ok(keys.length >= 4);
    assert.ok(
      keys.every((k) => !k.includes('192.0.2') && !k.includes('login')),
      keys.join(),
    );
  });
});
