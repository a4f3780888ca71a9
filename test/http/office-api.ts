// Staff calling the API as an integrator would: signed in once to make a personal token through the API itself
// (session + X-CSRF-Token), then every call with `Authorization: Bearer`.
import assert from 'node:assert/strict';
import type { Role } from '../../src/auth/roles.ts';
import type { TestDb } from '../db.ts';
import { buildStaff } from '../factories.ts';
import { Client } from './client.ts';

// biome-ignore lint/suspicious/noExplicitAny: each test reads the fields of the JSON it expects
export type Json = { status: number; body: any };

export type ApiCaller = {
  id: number;
  username: string;
  token: string;
  /** The session's client (cookies), for calls made with the session and its CSRF header. */
  session: Client;
  csrf: string;
  call(path: string, body?: unknown, method?: string): Promise<Json>;
};

export async function apiStaff(s: TestDb & { url: string }, code: string, roles: Role[]): Promise<ApiCaller> {
  const u = await buildStaff(s, code, roles);
  const session = new Client(s.url);
  await session.login(u.username, u.password);
  const csrf = await session.csrf('/admin/account');
  const made = await session.json('/api/v1/me/tokens', {
    method: 'POST',
    body: { name: '对接测试' },
    headers: { 'x-csrf-token': csrf },
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const token = made.body.token as string;
  return {
    id: u.id,
    username: u.username,
    token,
    session,
    csrf,
    call: (path, body, method) =>
      new Client(s.url).json(path, { token, method: method ?? (body === undefined ? 'GET' : 'POST'), body }),
  };
}

/** A refusal in the API's one error shape, with a Chinese message (and, for bad input, the field's message). */
export function assertError(r: Json, status: number, field?: string): void {
  assert.equal(r.status, status, JSON.stringify(r.body));
  assert.equal(typeof r.body.error?.code, 'string');
  assert.match(r.body.error.message, /[\u4e00-\u9fff]/, 'a Chinese message');
  if (field)
    assert.match(String(r.body.error.fields?.[field] ?? ''), /[\u4e00-\u9fff]/, `a Chinese message on ${field}`);
}
