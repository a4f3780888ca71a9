import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { runCommand } from '../../test/cli.ts';

const run = runCommand;

describe(`${DIALECT}: the gongkai CLI on one data folder`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  test('seed-demo prints the logins once; a second run loads nothing', async () => {
    const first = await run(t.env, ['seed-demo']);
    assert.equal(first.code, 0);
    assert.match(first.out, /donghe-clerk\s+\S+\s+donghe\s+clerk/);
    assert.match(first.out, /county-supervisor/);
    const second = await run(t.env, ['seed-demo']);
    assert.match(second.out, /演示数据已存在/);
  });

  test('user add works on the same data as the server, and reads a password from stdin', async () => {
    const r = await run(
      t.env,
      [
        'user',
        'add',
        '--agency',
        'donghe',
        '--username',
        'cli-head',
        '--name',
        '新主任',
        '--roles',
        'head,reviewer',
        '--password-stdin',
      ],
      'a-long-password-from-stdin\n',
    );
    assert.equal(r.code, 0, r.err);
    const u = await t.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'cli-head')
      .executeTakeFirstOrThrow();
    assert.match(u.password_hash, /^\$argon2id\$/);
    const bad = await run(t.env, [
      'user',
      'add',
      '--agency',
      'donghe',
      '--username',
      'X',
      '--name',
      '',
      '--roles',
      'king',
    ]);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /登录名须为/);
  });

  test('agency import reports every bad line and exits 2', async () => {
    const file = path.join(t.dataDir, 'tree.csv');
    writeFileSync(
      file,
      'code,name,kind,parent_code,org_code\ntown-a,甲乡人民政府,乡镇,donghe-nope,\ntown-b,乙,星球,,\n',
    );
    const r = await run(t.env, ['agency', 'import', file]);
    assert.equal(r.code, 2);
    assert.match(r.err, /第 3 行/);
    const missing = await run(t.env, ['agency', 'import', path.join(t.dataDir, 'nope.csv')]);
    assert.match(missing.err, /文件不存在/);
  });

  test('audit verify passes on the untouched log and names the row edited in the database', async () => {
    const ok = await run(t.env, ['audit', 'verify']);
    assert.equal(ok.code, 0, ok.out);
    assert.match(ok.out, /审计日志完整/);
    await t.db.updateTable('audit_log').set({ actor: 'system:someone-else' }).where('seq', '=', 4).execute();
    const broken = await run(t.env, ['audit', 'verify']);
    assert.equal(broken.code, 1);
    assert.match(broken.out, /第 4 条审计记录的内容已被修改/);
  });

  test('backup writes one archive holding the database copy and the keys, readable by its owner only', async () => {
    const file = path.join(t.dataDir, 'backup.tar.gz');
    const r = await run(t.env, ['backup', file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /含密钥/);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const { listArchive } = await import('../backup/archive.ts');
    const members = await listArchive(file);
    for (const m of ['gongkai-backup.json', 'keys.json', DIALECT === 'sqlite' ? 'gongkai.db' : 'database.pgdump'])
      assert.ok(members.includes(m), m);
  });

  test('bin/gongkai runs as a real process and exits 2 on an unknown command', async () => {
    const bin = new URL('../../bin/gongkai', import.meta.url).pathname;
    const help = await promisify(execFile)(bin, ['help'], { env: { ...process.env, ...t.env } });
    assert.match(help.stdout, /audit verify/);
    await assert.rejects(
      promisify(execFile)(bin, ['frobnicate'], { env: { ...process.env, ...t.env } }),
      (e: { code: number }) => e.code === 2,
    );
  });
});
