// `gongkai keys rotate` on a real database: values sealed under the old key are re-sealed under the new one, and
// afterwards the old key is no longer needed.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { after, before, describe, test } from 'node:test';
import { runCli } from '../cli/main.ts';
import { loadConfig } from '../config.ts';
import { makeCtx } from '../context.ts';
import { parseInput } from '../input.ts';
import { sealer } from '../privacy/seal.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency } from '../../test/factories.ts';
import { Application } from './form.ts';
import { submitApplication } from './submit.ts';
import { checkUploads, readSealed } from './attachments.ts';
import { submitFeedback } from '../feedback/submit.ts';

describe(`${DIALECT}: keys rotate`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });

  test('re-seals every personal value under the new key; the old key can then be dropped', async () => {
    const oldKey = randomBytes(32).toString('hex'),
      newKey = randomBytes(32).toString('hex');
    const oldConfig = loadConfig({ ...t.env, GONGKAI_DATA_KEY: oldKey });
    const agency = await buildAgency(t);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    await submitApplication(
      makeCtx({ db: t.db, config: oldConfig }, { kind: 'public' }),
      agency.code,
      parseInput(Application, applicationInput()),
      { channel: 'portal' },
      checkUploads([{ kind: 'idCopy', filename: 'id.png', data: png }]),
    );
    await submitFeedback(makeCtx({ db: t.db, config: oldConfig }, { kind: 'public' }), agency.code, {
      key: 'rekey-feedback-key-000001',
      name: '留言人',
      contact: '13900002222',
      subject: '意见',
      body: '内容',
      wantsPublic: false,
    });
    const env = { ...t.env, GONGKAI_DATA_KEY: newKey, GONGKAI_DATA_KEY_PREVIOUS: oldKey };
    const stdout = new PassThrough();
    let out = '';
    stdout.on('data', (d) => (out += d));
    const code = await runCli(['keys', 'rotate'], {
      stdin: Readable.from(['']),
      stdout,
      stderr: new PassThrough(),
      env,
    });
    assert.equal(code, 0);
    assert.match(out, /已重新加密：1 件申请，8 项个人信息/); // ID, phone, address, e-mail, the attachment, the receipt's address, a feedback's name and contact
    const onlyNew = sealer(loadConfig({ ...t.env, GONGKAI_DATA_KEY: newKey }));
    const row = await t.db.selectFrom('requests').selectAll().executeTakeFirstOrThrow();
    assert.equal(onlyNew.open(row.id_number_sealed!), '11010519491231002X');
    assert.equal(onlyNew.open(row.phone_sealed!), '13800138000');
    assert.equal(
      onlyNew.open(
        (await t.db.selectFrom('outbox').select('recipient_sealed').executeTakeFirstOrThrow()).recipient_sealed!,
      ),
      'zhangsan@example.com',
    );
    const fb = await t.db.selectFrom('feedback').select(['name_sealed', 'contact_sealed']).executeTakeFirstOrThrow();
    assert.deepEqual([onlyNew.open(fb.name_sealed!), onlyNew.open(fb.contact_sealed!)], ['留言人', '13900002222']);
    const file = await t.db.selectFrom('request_attachments').select('stored_as').executeTakeFirstOrThrow();
    assert.deepEqual(await readSealed(t.db, loadConfig({ ...t.env, GONGKAI_DATA_KEY: newKey }), file.stored_as), png);
    const second = await runCli(['keys', 'rotate'], {
      stdin: Readable.from(['']),
      stdout: new PassThrough(),
      stderr: new PassThrough(),
      env,
    });
    assert.equal(second, 0);
  });
});
