// What a newcomer reads in the console after `npm start`: the start line, then the demo's logins (not lost among the
// per-request lines), and at `info` one short line per request.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { startPlatform, stopPlatform } from '../process.ts';

describe(`${DIALECT}: the console at first start`, () => {
  let t: TestDb;
  let server: ChildProcess;
  let base = '';
  let output = () => '';

  before(async () => {
    t = await createTestDb();
    ({ server, base, output } = await startPlatform(t.env, 120_000, 'info'));
  });
  after(async () => {
    await stopPlatform(server);
    await t?.close();
  });

  test('the demo logins follow the start line, none of them before it', () => {
    const lines = output().split('\n');
    const started = lines.findIndex((l) => l.includes('gongkai 已启动'));
    const first = lines.findIndex((l) => /^\s+donghe-clerk\s+\S+/.test(l));
    assert.ok(started >= 0 && first > started, output().slice(0, 2000));
    const block = lines.slice(started + 1, first + 7);
    for (const u of [
      'donghe-clerk',
      'donghe-reviewer',
      'donghe-secrecy',
      'donghe-head',
      'donghe-admin',
      'county-admin',
      'county-supervisor',
    ]) {
      assert.ok(
        block.some((l) => l.trim().startsWith(u)),
        `${u} printed in one block after the start line`,
      );
    }
  });

  test('a request is logged at info as one short line: method, path, status, time', async () => {
    const res = await fetch(`${base}/healthz`);
    assert.equal(res.status, 200);
    await new Promise((r) => setTimeout(r, 300));
    const lines = output()
      .split('\n')
      .filter((l) => l.includes('/healthz'));
    assert.equal(lines.length, 1, lines.join('\n'));
    assert.match(lines[0]!, /"msg":"GET \/healthz 200 \d+ms"/);
    assert.ok(lines[0]!.length < 140, lines[0]);
  });
});
