// Per-address limits and the audit log's address: X-Forwarded-For counts only when it comes from the proxy named in
// GONGKAI_TRUST_PROXY. Without it, a header forged per request neither escapes the 查询码 look-up limit nor lands in the
// audit log as the client's address.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { loadConfig } from '../../src/config.ts';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { Client, listen } from './client.ts';

const LOOKUPS = 21; // the look-up route allows 20 a minute per address

async function lookUps(base: string, from: (i: number) => string): Promise<number[]> {
  const c = new Client(base);
  const out: number[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    out.push(
      (
        await c.json(`/api/v1/requests/YS20990101${String(i).padStart(4, '0')}?code=ABCDEFGHJK`, {
          headers: { 'x-forwarded-for': from(i) },
        })
      ).status,
    );
  }
  return out;
}

describe(`${DIALECT}: trusting X-Forwarded-For`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  test('by default a forged X-Forwarded-For per request is ignored: the limit holds and the audit log has the real address', async () => {
    const { app, url } = await listen(t);
    try {
      const statuses = await lookUps(url, (i) => `203.0.113.${i}`);
      assert.equal(statuses.at(-1), 429, statuses.join(','));
      const actors = await t.db
        .selectFrom('audit_log')
        .select('actor')
        .where('action', '=', 'request.lookup_refused')
        .execute();
      assert.ok(actors.length > 0);
      assert.ok(
        actors.every((a) => a.actor === 'public:127.0.0.1'),
        actors.map((a) => a.actor).join(','),
      );
    } finally {
      await app.close();
    }
  });

  for (const [setting, net] of [
    ['127.0.0.1', '198.51.100'],
    ['1', '192.0.2'],
  ] as const) {
    test(`with GONGKAI_TRUST_PROXY=${setting}, each forwarded client is counted and audited as itself`, async () => {
      await t.db.deleteFrom('rate_limits').execute();
      const config = loadConfig({ ...t.env, GONGKAI_TRUST_PROXY: setting });
      const { app, url } = await listen({ db: t.db, config });
      try {
        const statuses = await lookUps(url, (i) => `${net}.${i}`);
        assert.ok(
          statuses.every((s) => s === 404),
          statuses.join(','),
        );
        const actors = await t.db
          .selectFrom('audit_log')
          .select('actor')
          .where('actor', 'like', `public:${net}.%`)
          .execute();
        assert.equal(actors.length, LOOKUPS);
      } finally {
        await app.close();
      }
    });
  }
});
