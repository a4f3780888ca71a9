// A newcomer's first benchmark run on a machine that lacks what it needs: `npm run bench:catalogue` without nginx on
// PATH, or with DATABASE_URL naming a PostgreSQL server that does not answer, ends in one line saying how to get it
// (exit 2) before anything is generated, not in a `spawn nginx ENOENT` stack from deep inside the run.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dirs = (process.env.PATH ?? '').split(path.delimiter).filter(Boolean);
const nginxInstalled = dirs.some((d) => existsSync(path.join(d, 'nginx')));

function bench(script: string, env: Record<string, string | undefined>) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: r.status, lines: r.stderr.split('\n').filter(Boolean), stdout: r.stdout };
}

test('bench:catalogue without nginx on PATH: one line saying how to get it, exit 2', () => {
  // PATH without any folder that holds nginx (node is started by its full path).
  const r = bench('bench/catalogue.ts', {
    PATH: dirs.filter((d) => !existsSync(path.join(d, 'nginx'))).join(path.delimiter),
    DATABASE_URL: undefined,
  });
  assert.equal(r.status, 2);
  assert.equal(r.lines.length, 1, r.lines.join('\n'));
  assert.match(r.lines[0]!, /^nginx not found: .*apt-get install nginx/);
  assert.doesNotMatch(r.lines[0]!, /ENOENT|at /);
  assert.equal(r.stdout, '');
});

test('bench:catalogue and bench:report-rollup with a PostgreSQL that does not answer: one line each, exit 2', {
  skip: !nginxInstalled && 'nginx is not installed (the catalogue bench checks it first)',
}, () => {
  for (const script of ['bench/catalogue.ts', 'bench/report-rollup.ts']) {
    const r = bench(script, { DATABASE_URL: 'postgres://gongkai@127.0.0.1:1/none' });
    assert.equal(r.status, 2, script);
    assert.equal(r.lines.length, 1, `${script}: ${r.lines.join('\n')}`);
    assert.match(
      r.lines[0]!,
      /^PostgreSQL at DATABASE_URL does not answer .*: start one, e\.g\. scripts\/pg-throwaway\.sh/,
      script,
    );
  }
});
