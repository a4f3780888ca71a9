// Files scale out with the data: on PostgreSQL an attachment lives in the database, in the same transaction as its
// row, so a second app machine with a data folder of its own serves it (and pg_dump holds it); on SQLite the two
// processes share the data folder, where the file is synced to disk before the row naming it commits.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { createTestDb, DIALECT, type TestDb } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { startPlatform } from '../process.ts';
import { Client } from './client.ts';

const PDF = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from('授权委托书：'.repeat(50_000))]); // about 900 KB: chunked

describe(`${DIALECT}: an attachment uploaded through one server process is downloaded through another`, () => {
  let t: TestDb;
  const servers: ChildProcess[] = [];
  let otherDir = '';
  let a = '',
    b = '';
  before(async () => {
    t = await createTestDb();
    otherDir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-second-'));
    const env = { ...t.env, GONGKAI_SEED_DEMO: 'never' };
    const first = await startPlatform(env);
    servers.push(first.server);
    const second = await startPlatform(DIALECT === 'postgres' ? { ...env, GONGKAI_DATA_DIR: otherDir } : env);
    servers.push(second.server);
    [a, b] = [first.base, second.base];
  });
  after(async () => {
    for (const s of servers) if (s.exitCode === null) s.kill('SIGKILL');
    rmSync(otherDir, { recursive: true, force: true });
    await t?.close();
  });

  test('the applicant uploads through A; the handling clerk opens it through B', async () => {
    const agency = await buildAgency(t);
    const form = new FormData();
    for (const [k, v] of Object.entries(applicationInput())) form.append(k, v);
    form.append('authorization', new Blob([new Uint8Array(PDF)]), '委托书.pdf');
    const res = await fetch(`${a}/api/v1/agencies/${agency.code}/requests`, { method: 'POST', body: form });
    assert.equal(res.status, 201, await res.clone().text());
    const { number } = (await res.json()) as { number: string };
    const clerk = await buildStaff(t, agency.code, ['clerk']);
    const row = await t.db.selectFrom('requests').select('id').where('number', '=', number).executeTakeFirstOrThrow();
    await t.db.updateTable('requests').set({ handler_user_id: clerk.id }).where('id', '=', row.id).execute();
    const att = await t.db
      .selectFrom('request_attachments')
      .select('id')
      .where('request_id', '=', row.id)
      .executeTakeFirstOrThrow();
    const c = new Client(b);
    await c.login(clerk.username, clerk.password);
    const file = await c.request(`/admin/requests/${row.id}/attachments/${att.id}`);
    assert.equal(file.status, 200);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), PDF);
    if (DIALECT === 'postgres') {
      assert.deepEqual(
        readdirSync(otherDir).filter((f) => f === 'attachments' || f === 'files'),
        [],
        'B has no file of its own',
      );
      const chunks = await t.db.selectFrom('stored_file_chunks').select('n').execute();
      assert.ok(chunks.length > 1, 'stored in chunks');
    }
  });
});
