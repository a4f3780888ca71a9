// GONGKAI_WORKERS: the real process started with two workers on one port. Both answer; a citizen's form fetched from
// one worker posts to the other (sessions, CSRF and the secret are shared); the feedback box's limit of 5 holds across
// them; SIGTERM stops the supervisor and every worker.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { after, before, describe, test } from 'node:test';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { startPlatform } from '../process.ts';
import { Client } from './client.ts';

/** A GET on a connection of its own, so the primary hands each one to the next worker. */
function freshGet(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let b = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (b += c));
        res.on('end', () => resolve(b));
      })
      .on('error', reject);
  });
}

/** The processes whose parent is `pid` (from /proc: no procps needed). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .flatMap((d) => {
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid ? [Number(d)] : [];
      } catch {
        return [];
      } // ended meanwhile
    });
}

describe(`${DIALECT}: several server workers on one port`, () => {
  let t: TestDb;
  let server: ChildProcess;
  let base = '';
  let output = () => '';
  before(async () => {
    t = await createTestDb();
    const platform = await startPlatform({ ...t.env, GONGKAI_WORKERS: '2' }, 90_000);
    ({ server, base } = platform);
    output = platform.output;
  });
  after(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await t?.close();
  });

  test('the start line names two workers, and both answer on the one port', async () => {
    assert.match(output(), /2 个工作进程/);
    const seen = new Set<number>();
    for (let i = 0; i < 8; i++) seen.add(JSON.parse(await freshGet(`${base}/healthz`)).worker);
    assert.deepEqual([...seen].sort(), [1, 2]);
  });

  test('forms work across workers, and the feedback limit of 5 is one count for both', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const citizen = new Client(base); // undici may reuse a connection; each new client's first request opens a new one
      const page = await citizen.get('/donghe/feedback');
      const key = /name="key" value="([^"]+)"/.exec(page.text)![1]!;
      const r = await citizen.postForm(
        '/donghe/feedback',
        { key, subject: `第${i + 1}条意见`, body: '希望公开村务开支明细。' },
        { from: '/donghe/feedback' },
      );
      statuses.push(r.status);
    }
    assert.deepEqual(statuses, [201, 201, 201, 201, 201, 429]);
  });

  test('SIGTERM stops the supervisor and every worker', async () => {
    const children = childrenOf(server.pid!);
    assert.ok(children.length >= 2, `workers: ${children.join()}`);
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    assert.equal(await exited, 0);
    // The supervisor exits after its workers; a worker may still be reaped by the system: ask until none is left.
    const isAlive = (pid: number) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    };
    let alive = children.filter(isAlive);
    for (let tries = 0; alive.length > 0 && tries < 250; tries++) {
      await new Promise((r) => setTimeout(r, 20)); // polls (5 s at most), rather than sleeping a guessed time
      alive = children.filter(isAlive);
    }
    assert.deepEqual(alive, []);
  });
});
