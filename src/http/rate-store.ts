// @fastify/rate-limit's counters kept in the database instead of each process's memory: with several server workers
// (serve.ts) a limit of 5 a minute stays 5, not 5 per worker, and a restart does not reset it. One atomic upsert per
// limited request, on both engines. The client address is never stored: the key is an HMAC of route and address.
import { createHmac } from 'node:crypto';
import { sql } from 'kysely';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Db } from '../db/connect.ts';

type Counted = { current: number; ttl: number };
type Row = { hits: number; reset_at: number };
type Callback = (err: Error | null, res?: Counted) => void;
// What the plugin really hands child(): the route's merged limit options, with the route under `routeInfo`.
type RouteLimit = { routeInfo?: { method?: string | string[]; url?: string } };
type RateStore = FastifyRateLimitStore & { read(key: string, cb: Callback): void };

/** Expired windows are cleared now and then, on about one increment in this many. */
const SWEEP_EVERY = 500;

/** The store class the plugin instantiates (`store` option), bound to the database and the installation's secret. */
export function databaseRateStore(db: Db, secret: string, now: () => number = Date.now): FastifyRateLimitStoreCtor {
  const hash = (prefix: string, key: string) =>
    createHmac('sha256', secret).update(`${prefix}\u0000${key}`).digest('base64url').slice(0, 32);

  async function incr(prefix: string, key: string, timeWindow: number): Promise<Counted> {
    const at = now();
    const resetAt = at + timeWindow;
    const k = hash(prefix, key); // base64url: letters, digits, - and _ only
    const upsert = (v: (x: string | number) => unknown) =>
      sql`insert into rate_limits (key, hits, reset_at) values (${v(k)}, 1, ${v(resetAt)})
      on conflict (key) do update set
        hits = case when rate_limits.reset_at <= ${v(at)} then 1 else rate_limits.hits + 1 end,
        reset_at = case when rate_limits.reset_at <= ${v(at)} then ${v(resetAt)} else rate_limits.reset_at end
      returning hits, reset_at`;
    // On PostgreSQL the count commits without waiting for the WAL flush (a count lost to a power cut only forgives a
    // few requests): waiting for a flush per limited request cost a submission 13 % of its throughput
    // (bench:submissions, alternating runs). Several statements in one round trip take literal values only: the key's
    // characters and the numbers are checked to be safe as such.
    const row =
      db.dialect === 'postgres' && /^[\w-]+$/.test(k) && [at, resetAt].every(Number.isSafeInteger)
        ? await sql<Row>`set local synchronous_commit to off; ${upsert((x) => sql.raw(typeof x === 'number' ? String(x) : `'${x}'`))}`.execute(
            db,
          )
        : ((await upsert((x) => x).execute(db)) as { rows: Row[] });
    if (Math.random() * SWEEP_EVERY < 1) await db.deleteFrom('rate_limits').where('reset_at', '<', at).execute();
    const r = row.rows[0]!;
    return { current: Number(r.hits), ttl: Number(r.reset_at) - at };
  }

  async function read(prefix: string, key: string): Promise<Counted> {
    const at = now();
    const r = await db
      .selectFrom('rate_limits')
      .select(['hits', 'reset_at'])
      .where('key', '=', hash(prefix, key))
      .executeTakeFirst();
    return !r || Number(r.reset_at) <= at
      ? { current: 0, ttl: 0 }
      : { current: Number(r.hits), ttl: Number(r.reset_at) - at };
  }

  const store = (prefix: string): RateStore => ({
    incr: (key: string, cb: Callback, timeWindow: number) =>
      void incr(prefix, key, timeWindow).then(
        (r) => cb(null, r),
        (err: Error) => cb(err),
      ),
    read: (key: string, cb: Callback) =>
      void read(prefix, key).then(
        (r) => cb(null, r),
        (err: Error) => cb(err),
      ),
    child: (o) => {
      const r = (o as unknown as RouteLimit).routeInfo;
      return store(`${String(r?.method ?? '')} ${r?.url ?? ''}`);
    },
  });
  return function DatabaseRateStore() {
    return store('global');
  } as unknown as FastifyRateLimitStoreCtor;
}
