// A real-HTTP client for journeys: keeps cookies like a browser, reads the CSRF token from pages, posts forms.
import type { FastifyInstance } from 'fastify';
import { seedCalendar } from '../../src/calendar/seed.ts';
import { buildServer } from '../../src/http/server.ts';
import { createTestDb, type TestDb } from '../db.ts';

export type TestServer = TestDb & { url: string; app: FastifyInstance };

export async function startTestServer(): Promise<TestServer> {
  const t = await createTestDb();
  await seedCalendar(t.db, t.config.clock(), t.config); // as the real server does at start
  const { app, url } = await listen(t);
  return {
    ...t,
    url,
    app,
    close: async () => {
      await app.close();
      await t.close();
    },
  };
}

/** Another app instance over the same database, as a second server process would be (close it before the first). */
export async function listen(t: Pick<TestDb, 'db' | 'config'>): Promise<{ app: FastifyInstance; url: string }> {
  // GK_TEST_LOG=1 shows the server's log lines (an unexpected error's stack).
  const app = await buildServer({ db: t.db, config: t.config }, { logger: process.env.GK_TEST_LOG === '1' });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const addr = app.server.address();
  return { app, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` };
}

export class Client {
  private cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  async request(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<Response> {
    const headers: Record<string, string> = { ...(init.headers ?? {}) };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(this.base + path, { ...init, headers, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [k, v] = (pair ?? '').split('=');
      if (!k) continue;
      if (!v || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(k);
      else this.cookies.set(k, v);
    }
    return res;
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(path: string): Promise<{ status: number; text: string; res: Response }> {
    const res = await this.request(path);
    return { status: res.status, text: await res.text(), res };
  }

  /** The CSRF token from a page's forms. */
  async csrf(path = '/login'): Promise<string> {
    const { text } = await this.get(path);
    const m = /name="_csrf" value="([^"]+)"/.exec(text);
    if (!m?.[1]) throw new Error(`no CSRF token on ${path}`);
    return m[1];
  }

  async postForm(
    path: string,
    fields: Record<string, string | string[]>,
    o: { csrf?: string | false; from?: string } = {},
  ) {
    const body = new URLSearchParams();
    const token = o.csrf === false ? undefined : (o.csrf ?? (await this.csrf(o.from ?? '/login')));
    if (token) body.append('_csrf', token);
    for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) body.append(k, x);
    const res = await this.request(path, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    return { status: res.status, text: await res.text(), location: res.headers.get('location'), res };
  }

  async login(username: string, password: string) {
    const r = await this.postForm('/login', { username, password });
    if (r.status !== 303) throw new Error(`login failed: ${r.status} ${r.text.slice(0, 200)}`);
    return r;
  }

  async json(
    path: string,
    init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { accept: 'application/json', ...(init.headers ?? {}) };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    const res = await this.request(path, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    // biome-ignore lint/suspicious/noExplicitAny: a test client: each test reads the fields of the JSON it expects
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
    return { status: res.status, body };
  }
}

export const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

/** A multipart form post (file inputs and text fields) with the CSRF token read from the page `from`. */
export async function postMultipart(
  c: Client,
  path: string,
  fields: Record<string, string>,
  files: ReadonlyArray<{ field: string; filename: string; data: Buffer }>,
  o: { from: string },
) {
  const form = new FormData();
  form.append('_csrf', await c.csrf(o.from));
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const f of files) form.append(f.field, new Blob([new Uint8Array(f.data)]), f.filename);
  const res = await c.request(path, { method: 'POST', body: form });
  return { status: res.status, text: await res.text(), location: res.headers.get('location'), res };
}
