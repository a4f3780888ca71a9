// The hostile-input corpus (test/hostile-corpus.ts) sent to every route the app serves (routeTable), as a citizen and
// as a member of staff with every role of an agency (session and CSRF token, so bodies reach the handlers): scripts,
// SQL, traversal names in the path and in fields, oversized and deep bodies, invalid UTF-8, null bytes, wrong and
// broken content types and boundaries, files lying about what they are, zip bombs. No answer is a 5xx, none takes
// longer than the limit, and a refused request leaves every table as it was (but the log of refusals and counters).
import { checkerIdle } from '../../src/report/checker-jobs.ts';
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import { routeTable } from '../../src/http/server.ts';
import { seedCalendar } from '../../src/calendar/seed.ts';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { findPublicAgency } from '../../src/agencies/store.ts';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { type Body, HOSTILE_TEXT, hostileBodies } from '../hostile-corpus.ts';
import { Client, listen } from './client.ts';

const LIMIT_MS = 20_000;
/** The server runs in this process: one request that makes it hold this much more memory inflated something whole. */
const MEMORY_LIMIT = 400 * 1024 * 1024;
/** Written by a refusal itself: the audit of refused access and look-ups, and the counters of limits and failures. */
const BOOKKEEPING = new Set(['audit_log', 'audit_chains', 'rate_limits', 'login_throttle']);

describe(`${DIALECT}: the hostile-input corpus on every route`, () => {
  let t: TestDb;
  let base = '';
  let close = async () => {};
  let code = '';
  let staff: Client;
  let staffCsrf = '';
  let citizen: Client;
  let citizenCsrf = '';
  let routes: ReturnType<typeof routeTable> = [];
  /** An object of each kind, of the staff member's agency, for the routes that name one: bodies reach their handlers. */
  const ids: Array<[RegExp, string]> = [];
  let tables: string[] = [];
  const problems: string[] = [];
  let sent = 0;
  let slowest = 0;

  before(async () => {
    t = await createTestDb();
    await seedCalendar(t.db, new Date(), t.config);
    code = (await buildAgency(t)).code;
    const u = await buildStaff(t, code, ['clerk', 'reviewer', 'secrecy_reviewer', 'head', 'admin']);
    // Behind a trusted proxy, each request from an address of its own: the limits stay out of the way of the bodies.
    const { app, url } = await listen({ db: t.db, config: loadConfig({ ...t.env, GONGKAI_TRUST_PROXY: 'loopback' }) });
    [base, close, routes] = [
      url,
      async () => {
        await app.close();
      },
      routeTable(app),
    ];
    staff = new Client(base);
    await staff.login(u.username, u.password);
    staffCsrf = await staff.csrf('/admin/account');
    citizen = new Client(base); // a visitor with the token of a public form: bodies reach the public handlers
    citizenCsrf = await citizen.csrf(`/${code}/feedback`);
    const entry = await createEntry(
      await staffCtx(t, (await findPublicAgency(t.db, code))!, ['clerk']),
      code,
      draftInput(await columnId(t, (await findPublicAgency(t.db, code))!)),
    );
    const reg = await staff.json(`/api/v1/agencies/${code}/requests/registrations`, {
      method: 'POST',
      headers: { 'x-csrf-token': staffCsrf },
      body: { application: applicationInput(), channel: 'in_person', receivedOn: '2026-03-02', evidence: '当面签收' },
    });
    const request = await t.db
      .selectFrom('requests')
      .select('id')
      .where('number', '=', reg.body.number)
      .executeTakeFirstOrThrow();
    const appeal = await staff.postForm(
      '/admin/appeals',
      { kind: 'reconsideration', procedure: 'ordinary', body: '某县政府', applicant: '某人', filedOn: '2026-04-01' },
      { csrf: staffCsrf },
    );
    const other = await buildStaff(t, code, ['clerk']);
    ids.push(
      [/^\/admin\/catalogue\//, String(entry.id)],
      [/^\/admin\/requests\//, String(request.id)],
      [/^\/admin\/appeals\//, /\/admin\/appeals\/(\d+)/.exec(appeal.location!)![1]!],
      [/^\/admin\/users\//, String(other.id)],
      [/^\/api\/v1\/staff\/requests\//, reg.body.number],
      [/^\/admin\/agencies\//, code],
    );
    tables =
      DIALECT === 'sqlite'
        ? (
            await sql<{
              name: string;
            }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(t.db)
          ).rows.map((r) => r.name)
        : (
            await sql<{
              name: string;
            }>`select table_name as name from information_schema.tables where table_schema = current_schema()`.execute(
              t.db,
            )
          ).rows.map((r) => r.name);
  });
  after(async () => {
    await close();
    await t.close();
  });

  async function counts(): Promise<Map<string, number>> {
    await checkerIdle(t.db); // a checker batch accepted (202) earlier writes its results in the background
    const q = tables.map((n) => `select '${n}' as t, count(*) as n from "${n}"`).join(' union all ');
    return new Map((await sql.raw<{ t: string; n: number }>(q).execute(t.db)).rows.map((r) => [r.t, Number(r.n)]));
  }

  let address = 0;
  let last: Map<string, number>;
  /** Sends one request; notes a 5xx, a hang, or a refusal that changed a table. */
  async function send(who: 'citizen' | 'staff', method: string, path: string, b?: Body): Promise<number> {
    const csrf = who === 'staff' ? staffCsrf : citizenCsrf;
    // Binary bodies too (multipart): through latin1, which maps every byte to one character and back.
    const body =
      b === undefined
        ? undefined
        : typeof b.body === 'string'
          ? b.body.replaceAll('{csrf}', csrf)
          : Buffer.from(b.body.toString('latin1').replaceAll('{csrf}', csrf), 'latin1');
    const headers: Record<string, string> = {
      'x-forwarded-for': `10.66.${(++address >> 8) & 255}.${address & 255}`,
      'x-csrf-token': csrf,
    };
    if (b?.type) headers['content-type'] = b.type;
    const started = performance.now();
    const rss = process.memoryUsage().rss;
    const label = `${who} ${method} ${path.slice(0, 80)}${b ? ` [${b.name}]` : ''}`;
    let status = 0;
    try {
      const init = {
        method,
        headers,
        body: body === undefined ? undefined : new Uint8Array(Buffer.from(body)),
        signal: AbortSignal.timeout(LIMIT_MS),
      };
      const res = await (who === 'staff' ? staff : citizen).request(path, init);
      await res.arrayBuffer();
      status = res.status;
    } catch (err) {
      problems.push(
        `${label}: ${(err as Error).name === 'TimeoutError' ? `no answer within ${LIMIT_MS / 1000} s` : (err as Error).message}`,
      );
      return 0;
    } finally {
      sent++;
      slowest = Math.max(slowest, performance.now() - started);
    }
    if (status >= 500) problems.push(`${label}: ${status}`);
    const grew = process.memoryUsage().rss - rss;
    if (grew > MEMORY_LIMIT) problems.push(`${label}: the server grew by ${(grew / 1048576).toFixed(0)} MB`);
    return status;
  }

  async function refusedToCitizen(method: string, path: string): Promise<boolean> {
    const res = await citizen.request(path, {
      method,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-csrf-token': citizenCsrf,
        'x-forwarded-for': `10.67.${(++address >> 8) & 255}.${address & 255}`,
      },
      body: `_csrf=${citizenCsrf}`,
    });
    await res.arrayBuffer();
    await unchanged(`citizen ${method} ${path} (empty form)`, [res.status]);
    return (
      res.status === 401 ||
      res.status === 403 ||
      (res.status === 303 && (res.headers.get('location') ?? '').startsWith('/login'))
    );
  }

  /** After requests that were all refused: no table but the bookkeeping changed. */
  async function unchanged(label: string, statuses: number[]): Promise<void> {
    const now = await counts();
    if (statuses.every((s) => s >= 400)) {
      const changed = [...now]
        .filter(([table, n]) => !BOOKKEEPING.has(table) && n !== last.get(table))
        .map(([table, n]) => `${table} ${last.get(table)}→${n}`);
      if (changed.length)
        problems.push(`${label}: refused (${[...new Set(statuses)].join(', ')}) but wrote ${changed.join(', ')}`);
    }
    last = now;
  }

  const PATH_TEXT = HOSTILE_TEXT.filter((x) => x.length < 200);
  const QUERY_NAMES = ['q', 'year', 'page', 'code', 'number', 'status', 'agency', 'from', 'to', 'kind', 'next', 'sort'];
  const query = (shift: number) =>
    QUERY_NAMES.map((k, i) => `${k}=${encodeURIComponent(PATH_TEXT[(i + shift * 3) % PATH_TEXT.length]!)}`).join('&');
  const fill = (url: string, value: (name: string) => string) =>
    url.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(value(name)));
  const benign = (url: string) => (name: string) => {
    const own = ids.find(([prefix]) => prefix.test(url))?.[1];
    return name === 'code'
      ? code
      : name === 'batch'
        ? '0123456789abcdef'
        : own && (name === 'id' || name === 'number')
          ? own
          : name === 'number'
            ? 'YS209901010001'
            : '999999';
  };

  test('no 5xx, no hang, and nothing written by a refusal, for every route, body and sender', {
    timeout: 1_800_000,
  }, async (c) => {
    last = await counts();
    const bodies = await hostileBodies();
    assert.ok(routes.length > 100, `${routes.length} routes`);
    for (const r of routes) {
      for (const who of ['citizen', 'staff'] as const) {
        if (who === 'staff' && r.url === '/logout') continue; // it would end the session the rest is sent with
        // The path itself: every hostile value in every parameter; the query string: every value in the parameters the
        // pages read, rotated over them. Sent side by side, checked together (a refused one writes nothing).
        const paths = r.url.includes(':')
          ? PATH_TEXT.map((v, i) => `${fill(r.url, () => v)}?${query(i)}`)
          : [0, 1, 2, 3].map((i) => `${r.url}?${query(i)}`);
        await unchanged(
          `${who} ${r.method} ${r.url} (hostile path and query)`,
          await Promise.all(paths.map((p) => send(who, r.method, p))),
        );
        if (r.method === 'GET') continue;
        // A citizen turned away from a staff route (an empty form tells) meets the same parsers as the staff sender
        // before the refusal: the body the parsers dislike most is enough there.
        const staffOnly = who === 'citizen' && (await refusedToCitizen(r.method, fill(r.url, benign(r.url))));
        for (const b of staffOnly ? bodies.slice(0, 1) : bodies) {
          await unchanged(`${who} ${r.method} ${r.url} [${b.name}]`, [
            await send(who, r.method, fill(r.url, benign(r.url)), b),
          ]);
        }
      }
    }
    c.diagnostic(
      `${sent} hostile requests to ${routes.length} routes; slowest answer ${(slowest / 1000).toFixed(1)} s`,
    );
    assert.deepEqual(problems, []);
  });
});
