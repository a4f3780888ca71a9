// The access matrix: every route the server has (routeTable), sent as every actor — nobody, an applicant with and
// without the case's 查询码, and staff of each role of the agency whose objects the route names and of another agency —
// and each answer held to the policy (auth/route-access.ts): let through, or turned away (401, 403, 404 or the login
// page). A route the server has but the policy does not name fails the test.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Actor } from '../../src/auth/actor.ts';
import { ROLES, type Role } from '../../src/auth/roles.ts';
import { expectedAccess, ROUTE_ACCESS, routeKey, type Standing } from '../../src/auth/route-access.ts';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { findPublicAgency } from '../../src/agencies/store.ts';
import { loadConfig } from '../../src/config.ts';
import { routeTable } from '../../src/http/server.ts';
import { seedCalendar } from '../../src/calendar/seed.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, listen } from './client.ts';

type Sender = {
  name: string;
  actor: Actor;
  standing: Standing;
  withCode: boolean;
  client: Client;
  csrf: string;
  code?: string;
};

describe(`${DIALECT}: the access matrix, every route × every actor`, () => {
  let t: TestDb;
  let close = async () => {};
  let routes: ReturnType<typeof routeTable> = [];
  let own = { code: '', id: 0 };
  let number = '';
  let queryCode = '';
  const ids: Array<[RegExp, string]> = [];
  const senders: Sender[] = [];

  before(async () => {
    t = await createTestDb();
    await seedCalendar(t.db, new Date(), t.config);
    const a = await buildAgency(t);
    const b = await buildAgency(t);
    own = { code: a.code, id: a.id };
    const { app, url } = await listen({ db: t.db, config: loadConfig({ ...t.env, GONGKAI_TRUST_PROXY: 'loopback' }) });
    [close, routes] = [
      async () => {
        await app.close();
      },
      routeTable(app),
    ];
    const anon = new Client(url);
    const applied = await anon.json(`/api/v1/agencies/${a.code}/requests`, {
      method: 'POST',
      body: applicationInput(),
    });
    [number, queryCode] = [applied.body.number, applied.body.code];
    const request = await t.db
      .selectFrom('requests')
      .select('id')
      .where('number', '=', number)
      .executeTakeFirstOrThrow();
    const entry = await createEntry(
      await staffCtx(t, (await findPublicAgency(t.db, a.code))!, ['clerk']),
      a.code,
      draftInput(await columnId(t, (await findPublicAgency(t.db, a.code))!)),
    );
    const spare = await buildStaff(t, a.code, ['clerk']);
    ids.push(
      [/^\/admin\/catalogue\/:id/, String(entry.id)],
      [/^\/api\/v1\/staff\/catalogue\/entries\/:id/, String(entry.id)],
      [/^\/admin\/requests\/:id/, String(request.id)],
      [/^\/admin\/users\/:id/, String(spare.id)],
      [/^\/api\/v1\/users\/:id/, String(spare.id)],
    );
    const visitor = async (name: string, withCode: boolean) => {
      const client = new Client(url);
      senders.push({
        name,
        actor: { kind: 'public' },
        standing: 'none',
        withCode,
        client,
        csrf: await client.csrf(`/${a.code}/feedback`),
        code: withCode ? queryCode : undefined,
      });
    };
    await visitor('anonymous', false);
    await visitor('applicant with the 查询码', true);
    senders.push({ ...senders.at(-1)!, name: 'applicant with a wrong 查询码', withCode: false, code: 'ABCDEFGHJK' });
    for (const role of ROLES) {
      for (const [standing, agency] of [
        ['own', a],
        ['other', b],
      ] as const) {
        const u = await buildStaff(t, agency.code, [role]);
        const client = new Client(url);
        await client.login(u.username, u.password);
        const actor: Actor = {
          kind: 'staff',
          userId: u.id,
          username: u.username,
          displayName: '',
          agencyId: agency.id,
          agencyCode: agency.code,
          agencyPath: `/${agency.id}/`,
          roles: [role as Role],
        };
        // The case's handler is the own agency's clerk: only the handler sees an applicant's whole personal data.
        if (role === 'clerk' && standing === 'own')
          await t.db.updateTable('requests').set({ handler_user_id: u.id }).where('number', '=', number).execute();
        senders.push({
          name: `${role} of ${standing === 'own' ? 'the' : 'another'} agency`,
          actor,
          standing,
          withCode: false,
          client,
          csrf: await client.csrf('/admin/account'),
        });
      }
    }
  });
  after(async () => {
    await close();
    await t.close();
  });

  let address = 0;
  const fill = (url: string) => {
    const own_ = ids.find(([re]) => re.test(url))?.[1];
    return url.replace(/:(\w+)/g, (_, name: string) =>
      name === 'code'
        ? own.code
        : name === 'number'
          ? number
          : name === 'year'
            ? '2026'
            : name === 'ext'
              ? 'html'
              : (name === 'id' && own_) || '1',
    );
  };

  async function send(s: Sender, method: string, url: string): Promise<{ status: number; location: string }> {
    const path = fill(url) + (s.code ? `?code=${s.code}` : '');
    const api = url.startsWith('/api/');
    const headers: Record<string, string> = {
      'x-forwarded-for': `10.70.${(++address >> 8) & 255}.${address & 255}`,
      'x-csrf-token': s.csrf,
    };
    let body: string | undefined;
    if (method !== 'GET') {
      headers['content-type'] = api ? 'application/json' : 'application/x-www-form-urlencoded';
      const fields = { _csrf: s.csrf, ...(s.code ? { number, code: s.code } : {}) };
      body = api ? JSON.stringify(fields) : new URLSearchParams(fields).toString();
    }
    const res = await s.client.request(path, { method, headers, body });
    await res.arrayBuffer();
    return { status: res.status, location: res.headers.get('location') ?? '' };
  }

  test('every route the server has is in the policy, and answers every actor as the policy says', {
    timeout: 600_000,
  }, async (c) => {
    const missing = routes
      .filter((r) => !(routeKey(r.method, r.url) in ROUTE_ACCESS))
      .map((r) => routeKey(r.method, r.url));
    const wrong: string[] = [];
    const absent = new Set<string>();
    let checked = 0;
    // Signing out last: it ends the session the rest is sent with.
    for (const r of [...routes].sort((x, y) => Number(x.url === '/logout') - Number(y.url === '/logout'))) {
      const access = ROUTE_ACCESS[routeKey(r.method, r.url)];
      for (const s of senders) {
        const { status, location } = await send(s, r.method, r.url);
        if (!access) continue;
        const expected = expectedAccess(access, s.actor, {
          standing: s.standing,
          withCode: s.withCode,
          names: /:(code|id|number)\b/.test(r.url),
        });
        // Turned away: 401, 403, 404 or the login page — before the handler reads the (empty) body; on an applicant's
        // route without the 查询码, any refusal. Let through: anything else, the body's 400 included.
        const refused =
          status === 401 ||
          status === 403 ||
          status === 404 ||
          (access !== 'public' && location.startsWith('/login')) ||
          (access === 'applicant' && !s.withCode && status >= 400);
        if (expected === !refused) {
          checked++;
          continue;
        }
        // Let through but not found: the object the path names is not there for this route (noted, not a failure).
        if (expected && status === 404) {
          absent.add(routeKey(r.method, r.url));
          continue;
        }
        wrong.push(
          `${routeKey(r.method, r.url)} as ${s.name}: ${status}${location ? ` → ${location}` : ''}, expected ${expected ? 'let through' : 'turned away'} (${access})`,
        );
      }
    }
    c.diagnostic(
      `${routes.length} routes × ${senders.length} actors: ${checked} answers as the policy says; let through but the named object absent on ${absent.size} routes: ${[...absent].join(', ')}`,
    );
    assert.deepEqual(missing, [], 'routes the policy (auth/route-access.ts) does not name');
    assert.deepEqual(wrong, []);
  });
});
