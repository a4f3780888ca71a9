// Backup and restore, round trip: an installation with the demo township's annual report, applications with
// attachments and personal data, feedback and a catalogue attachment is backed up while open, restored into an empty
// data folder (and, on PostgreSQL, an empty database), and everything reads back the same. Without the keys, restore
// refuses until the same keys are configured.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { columnId, draftInput, pdfFile, staffCtx } from '../../test/catalogue.ts';
import { createEmptyDatabase, createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { applicationInput } from '../../test/factories.ts';
import { findPublicAgency } from '../agencies/store.ts';
import { seedCalendar } from '../calendar/seed.ts';
import { addAttachment } from '../catalogue/add-attachment.ts';
import { createEntry } from '../catalogue/create-entry.ts';
import { runCli } from '../cli/main.ts';
import { type Config, loadConfig } from '../config.ts';
import { makeCtx } from '../context.ts';
import { type Db, openDb } from '../db/connect.ts';
import { DEMO_CODE, seedDemo } from '../demo/township.ts';
import { withContact } from '../feedback/contact.ts';
import { listFeedback } from '../feedback/store.ts';
import { submitFeedback } from '../feedback/submit.ts';
import { getBlob } from '../files/blobs.ts';
import { parseInput } from '../input.ts';
import { outboxIdle } from '../outbox/runner.ts';
import { sealer } from '../privacy/seal.ts';
import { viewAnnualReport } from '../report/view-report.ts';
import { checkUploads, readSealed } from '../requests/attachments.ts';
import { Application } from '../requests/form.ts';
import { SEALED_COLUMNS } from '../requests/sealed-store.ts';
import { submitApplication } from '../requests/submit.ts';

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('身份证正反面')]);

async function cli(args: string[], env: NodeJS.ProcessEnv) {
  const [stdout, stderr] = [new PassThrough(), new PassThrough()];
  let out = '',
    err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runCli(args, { stdin: Readable.from(['']), stdout, stderr, env });
  return { code, out, err };
}

/** Everything that must come back: the annual reports, every attachment's bytes, every sealed value opened. */
async function everything(db: Db, config: Config) {
  const system = makeCtx({ db, config }, { kind: 'system', label: 'test' });
  const reports = [];
  for (const year of [2023, 2024]) reports.push((await viewAnnualReport(system, DEMO_CODE, year)).document);
  const s = sealer(config);
  const open = (v: string | null) => (v === null ? null : s.open(v));
  const requests = await db.selectFrom('requests').selectAll().orderBy('id').execute();
  const attachments = await db
    .selectFrom('request_attachments')
    .select(['id', 'stored_as', 'filename'])
    .orderBy('id')
    .execute();
  const blobs = await db
    .selectFrom('catalogue_attachments')
    .select(['id', 'sha256', 'filename'])
    .orderBy('id')
    .execute();
  const agency = (await findPublicAgency(db, DEMO_CODE))!;
  return {
    reports,
    applicants: requests.map((r) => [r.number, r.applicant_name, ...SEALED_COLUMNS.map((c) => open(r[c]))]),
    attachments: await Promise.all(
      attachments.map(async (a) => [a.filename, (await readSealed(db, config, a.stored_as)).toString('base64')]),
    ),
    blobs: await Promise.all(
      blobs.map(async (b) => [b.filename, (await getBlob(db, config, b.sha256)).toString('base64')]),
    ),
    feedback: (await listFeedback(db, { kind: 'system' }, agency.id))
      .map((f) => withContact(config, f, true))
      .map((f) => [f.subject, f.name, f.contact]),
    mail: (await db.selectFrom('outbox').select('recipient_sealed').orderBy('id').execute()).map((m) =>
      open(m.recipient_sealed),
    ),
  };
}

describe(`${DIALECT}: backup and restore`, () => {
  let t: TestDb;
  let before_: Awaited<ReturnType<typeof everything>>;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'gongkai-backup-test-'));
  const cleanups: Array<() => Promise<void>> = [];

  /** An empty place to restore into: a data folder, and on PostgreSQL an empty database. */
  async function emptyTarget(extra: NodeJS.ProcessEnv = {}): Promise<NodeJS.ProcessEnv> {
    const env: NodeJS.ProcessEnv = {
      GONGKAI_DATA_DIR: mkdtempSync(path.join(scratch, 'data-')),
      GONGKAI_SEED_DEMO: 'never',
      ...extra,
    };
    if (DIALECT === 'postgres') {
      const empty = await createEmptyDatabase();
      cleanups.push(empty.drop);
      env.DATABASE_URL = empty.url;
    }
    return env;
  }

  async function readBack(env: NodeJS.ProcessEnv) {
    const config = loadConfig(env);
    const db = openDb(config.database);
    try {
      return await everything(db, config);
    } finally {
      await db.destroy();
    }
  }

  before(async () => {
    t = await createTestDb();
    await seedCalendar(t.db, new Date(), t.config);
    await seedDemo(t.db, t.config, { passwords: () => 'demo-password-一二三' });
    const ctx = makeCtx(t, { kind: 'public', ip: '127.0.0.1' });
    await submitApplication(
      ctx,
      DEMO_CODE,
      parseInput(Application, applicationInput({ nonce: 'backup-nonce-0000000001' })),
      { channel: 'portal' },
      checkUploads([{ kind: 'idCopy', filename: '身份证.png', data: PNG }]),
    );
    await submitApplication(
      ctx,
      DEMO_CODE,
      parseInput(
        Application,
        applicationInput({ name: '李四', idNumber: '110105194912310011', email: 'lisi@example.com' }),
      ),
      { channel: 'portal' },
      checkUploads([{ kind: 'authorization', filename: '委托书.pdf', data: await pdfFile(['授权委托书']) }]),
    );
    await submitFeedback(ctx, DEMO_CODE, {
      key: 'backup-feedback-key-000001',
      name: '王五',
      contact: '13700001234',
      subject: '建议',
      body: '多公开。',
      wantsPublic: false,
    });
    const agency = (await findPublicAgency(t.db, DEMO_CODE))!;
    const clerk = await staffCtx(t, agency, ['clerk']);
    const { id } = await createEntry(clerk, DEMO_CODE, draftInput(await columnId(t, agency)));
    await addAttachment(clerk, id, { filename: '附件.pdf', bytes: await pdfFile(['附件正文']) });
    await outboxIdle(t.db);
    before_ = await everything(t.db, t.config);
    assert.ok(before_.attachments.length >= 2 && before_.blobs.length >= 1 && before_.applicants.length >= 2);
  });
  after(async () => {
    for (const c of cleanups) await c();
    rmSync(scratch, { recursive: true, force: true });
    await t.close();
  });

  test('a backup with the keys, restored into an empty folder, gives back the report, every attachment and every applicant field', async () => {
    const file = path.join(scratch, 'with-keys.tar.gz');
    const b = await cli(['backup', file], t.env);
    assert.equal(b.code, 0, b.err);
    assert.equal(statSync(file).mode & 0o777, 0o600);
    const env = await emptyTarget(); // no GONGKAI_SECRET: the archive's secret is used
    const r = await cli(['restore', file], env);
    assert.equal(r.code, 0, r.out + r.err);
    assert.match(r.out, /审计日志完整/);
    assert.match(r.out, /完整性检查：ok/);
    assert.deepEqual(await readBack(env), before_);
    assert.equal((await cli(['audit', 'verify'], env)).code, 0);
    for (const e of readdirSync(env.GONGKAI_DATA_DIR!, { recursive: true, withFileTypes: true })) {
      assert.equal(statSync(path.join(e.parentPath, e.name)).mode & 0o077, 0, `${e.name} readable by others`);
    }
  });

  test('a backup without the keys is refused restore until the same secret is configured, then comes back whole', async () => {
    const file = path.join(scratch, 'without-keys.tar.gz');
    assert.equal((await cli(['backup', file, '--without-keys'], t.env)).code, 0);
    const bare = await emptyTarget();
    const refused = await cli(['restore', file], bare);
    assert.equal(refused.code, 2);
    assert.match(refused.err, /不含密钥/);
    assert.deepEqual(readdirSync(bare.GONGKAI_DATA_DIR!), [], 'nothing written');
    const wrong = await cli(['restore', file], {
      ...bare,
      GONGKAI_SECRET: 'another-secret-of-at-least-32-characters!!',
    });
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /与备份时不同/);
    const env = { ...(await emptyTarget()), GONGKAI_SECRET: t.env.GONGKAI_SECRET };
    const r = await cli(['restore', file], env);
    assert.equal(r.code, 0, r.out + r.err);
    assert.deepEqual(await readBack(env), before_);
  });

  test('restore writes only into an empty data folder', async () => {
    const file = path.join(scratch, 'again.tar.gz');
    assert.equal((await cli(['backup', file], t.env)).code, 0);
    const r = await cli(['restore', file], t.env);
    assert.equal(r.code, 2);
    assert.match(r.err, /不是空的/);
    assert.ok(existsSync(path.join(t.dataDir)));
  });
});
