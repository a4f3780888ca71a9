// The API is complete and its document true. Every route a program may call (everything under /api/) is in the
// OpenAPI document, and every write the back office offers (each POST under /admin/) has its API twin doing the same
// use case, unless it is listed below with the reason it has none. A twin names a real back-office route. The
// document itself is well formed: each operation has its responses, and its path parameters are declared.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { API_ROUTES } from '../../src/api/routes.ts';
import { routeTable } from '../../src/http/server.ts';
import { DIALECT } from '../db.ts';
import { startTestServer, type TestServer } from './client.ts';

/** Back-office writes with no API twin, each with its reason (none today: even tokens and passwords have theirs). */
const NO_TWIN: Readonly<Record<string, string>> = {};

type Doc = {
  paths: Record<string, Record<string, { responses?: object; parameters?: { name: string; in: string }[] }>>;
};

describe(`${DIALECT}: the API covers the server and the back office`, () => {
  let s: TestServer;
  let doc: Doc;
  before(async () => {
    s = await startTestServer();
    doc = (await (await fetch(`${s.url}/api/v1/openapi.json`)).json()) as Doc;
  });
  after(async () => s.close());

  const routes = () => routeTable(s.app).map((r) => `${r.method} ${r.url}`);
  const documented = () =>
    new Set(
      Object.entries(doc.paths).flatMap(([p, ops]) =>
        Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`),
      ),
    );

  test('every route under /api/ is in the OpenAPI document, and the document names no route the server lacks', () => {
    const api = routes().filter((r) => r.split(' ')[1]!.startsWith('/api/') && r !== 'GET /api/v1/openapi.json');
    const docs = documented();
    assert.deepEqual(
      api.filter((r) => !docs.has(r)),
      [],
      'routes missing from the document',
    );
    const served = new Set(routes());
    assert.deepEqual(
      [...docs].filter((r) => !served.has(r)),
      [],
      'documented routes the server does not have',
    );
  });

  test('every back-office write has its API twin (or a reason for none), and every twin is a real back-office route', () => {
    const served = new Set(routes());
    const twins = new Set(API_ROUTES.flatMap((r) => r.twinOf ?? []));
    const writes = [...served].filter((r) => r.startsWith('POST /admin/'));
    assert.deepEqual(
      writes.filter((w) => !twins.has(w) && !(w in NO_TWIN)),
      [],
      'back-office writes without an API twin',
    );
    assert.deepEqual(
      [...twins].filter((t) => !served.has(t)),
      [],
      'twins naming no route',
    );
    assert.deepEqual(
      Object.keys(NO_TWIN).filter((w) => !served.has(w) || twins.has(w)),
      [],
      'stale reasons',
    );
  });

  test('each operation documents its success and error responses and declares its path parameters', () => {
    for (const [p, ops] of Object.entries(doc.paths))
      for (const [m, op] of Object.entries(ops)) {
        const responses = Object.keys(op.responses ?? {});
        assert.ok(responses.some((c) => /^2\d\d$/.test(c)) && responses.includes('4XX'), `${m} ${p}: responses`);
        const declared = new Set((op.parameters ?? []).filter((x) => x.in === 'path').map((x) => x.name));
        for (const [, name] of p.matchAll(/\{(\w+)\}/g))
          assert.ok(declared.has(name!), `${m} ${p}: path parameter ${name} not declared`);
      }
  });
});
