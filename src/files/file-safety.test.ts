// Attachments keep a name that matches what they are (the extension follows the sniffed content, so a PDF named
// .html is stored and downloaded as .pdf), and what the platform writes to disk is readable by its own user only.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { columnId, draftInput, pdfFile, staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency } from '../../test/factories.ts';
import { addAttachment } from '../catalogue/add-attachment.ts';
import { createEntry } from '../catalogue/create-entry.ts';
import { listAttachments } from '../catalogue/store.ts';
import { runCli } from '../cli/main.ts';
import { makeCtx } from '../context.ts';
import { openDb } from '../db/connect.ts';
import { parseInput } from '../input.ts';
import { outboxIdle } from '../outbox/runner.ts';
import { checkUploads } from '../requests/attachments.ts';
import { Application } from '../requests/form.ts';
import { submitApplication } from '../requests/submit.ts';
import { safeFileName } from './safe-name.ts';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
const mode = (file: string) => statSync(file).mode & 0o777;

test('a stored name keeps its base and takes the extension of what the content is', () => {
  assert.equal(safeFileName('evil.html', 'pdf'), 'evil.pdf');
  assert.equal(safeFileName('身份证 复印件.JPG', 'png'), '身份证 复印件.png');
  assert.equal(safeFileName('report.pdf.exe', 'pdf'), 'report.pdf.pdf');
  assert.equal(safeFileName('../../etc/passwd', 'docx'), 'passwd.docx');
  assert.equal(safeFileName('C:\\Users\\x\\scan.svg', 'jpeg'), 'scan.jpg');
  assert.equal(safeFileName('"><script>.html', 'pdf'), 'script.pdf');
  assert.equal(safeFileName('', 'xlsx'), '附件.xlsx');
  assert.equal(safeFileName('.htaccess', 'pdf'), '附件.pdf');
  assert.ok(safeFileName('长'.repeat(300), 'pdf').length <= 124);
});

describe(`${DIALECT}: attachment names and file modes`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  test("an applicant's PNG named .html and a catalogue PDF named .html are stored as .png and .pdf", async () => {
    const agency = await buildAgency(t);
    const uploads = checkUploads([{ kind: 'idCopy', filename: 'id-card.html', data: PNG }]);
    await submitApplication(
      makeCtx(t, { kind: 'public', ip: '127.0.0.1' }),
      agency.code,
      parseInput(Application, applicationInput()),
      { channel: 'portal' },
      uploads,
    );
    assert.equal(
      (await t.db.selectFrom('request_attachments').select('filename').executeTakeFirstOrThrow()).filename,
      'id-card.png',
    );
    const clerk = await staffCtx(t, agency, ['clerk']);
    const { id } = await createEntry(clerk, agency.code, draftInput(await columnId(t, agency)));
    await addAttachment(clerk, id, { filename: '通知.html', bytes: await pdfFile(['通知正文']) });
    assert.deepEqual(
      (await listAttachments(t.db, id)).map((a) => a.filename),
      ['通知.pdf'],
    );
  });

  test('the data folder, the database, attachments, queued mail and backups are readable by the owner only', async () => {
    await outboxIdle(t.db);
    const files = (dir: string) =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile())
        .map((d) => path.join(d.parentPath, d.name));
    const written = files(t.dataDir);
    assert.ok(
      written.some((f) => f.includes(`${path.sep}outbox${path.sep}`)),
      'a receipt was written to the outbox folder',
    );
    for (const f of written) assert.equal(mode(f) & 0o077, 0, `${f} is ${mode(f).toString(8)}`);
    if (DIALECT === 'sqlite') {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'gongkai-mode-'));
      const fresh = path.join(dir, 'data');
      const db = openDb({ kind: 'sqlite', file: path.join(fresh, 'gongkai.db') });
      await db.destroy();
      assert.equal(mode(fresh), 0o700);
      assert.equal(mode(path.join(fresh, 'gongkai.db')), 0o600);
      const out = path.join(dir, 'backup.tar');
      const code = await runCli(['backup', out], {
        stdin: Readable.from(['']),
        stdout: new PassThrough(),
        stderr: new PassThrough(),
        env: t.env,
      });
      assert.equal(code, 0);
      assert.equal(mode(out), 0o600);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
