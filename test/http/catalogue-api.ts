// Helpers of the catalogue API tests: a staff member's personal API token (made on their account page, as a person
// would), and a multipart upload sent with it.
import { Client, type TestServer } from './client.ts';

export async function tokenFor(s: TestServer, u: { username: string; password: string }): Promise<string> {
  const c = new Client(s.url);
  await c.login(u.username, u.password);
  const page = await c.postForm('/admin/account/tokens', { name: '接口对接' }, { from: '/admin/account' });
  const token = /gk_[\w-]+/.exec(page.text)?.[0];
  if (!token) throw new Error(`no token made: ${page.status}`);
  return token;
}

export async function apiUpload(base: string, token: string, path: string, filename: string, data: Buffer) {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), filename);
  const res = await fetch(base + path, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const text = await res.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  // biome-ignore lint/suspicious/noExplicitAny: a test helper: each test reads the fields of the JSON it expects
  return { status: res.status, body: body as any };
}
