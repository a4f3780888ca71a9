// The scanner on attachments, on the database under test: DOCX, XLSX and PDF text layers are scanned; a file whose
// text cannot be read blocks publication (fail closed); a masked copy replaces an attachment and is scanned again.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { columnId, docxFile, draftInput, pdfFile, scannedPdf, staffCtx, xlsxFile } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import type { Agency } from '../agencies/store.ts';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { idCheckChar } from '../privacy/detect.ts';
import { addAttachment } from './add-attachment.ts';
import { createEntry } from './create-entry.ts';
import { publishEntry } from './publish-entry.ts';
import { removeAttachment } from './remove-attachment.ts';
import { resolveFinding } from './resolve-finding.ts';
import { reviewEntry } from './review-entry.ts';
import { findEntry, listAttachments, listFindings } from './store.ts';

const ID = `32010219800101123${idCheckChar('32010219800101123')}`;

describe(`${DIALECT}: attachments are scanned`, () => {
  let t: TestDb;
  let agency: Agency;
  let clerk: Ctx, secrecy: Ctx, reviewer: Ctx;
  let col: number;
  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township' });
    [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(t, agency, ['clerk']),
      staffCtx(t, agency, ['secrecy_reviewer']),
      staffCtx(t, agency, ['reviewer']),
    ]);
    col = await columnId(t, agency);
  });
  after(async () => t.close());

  const get = async (id: number) => (await findEntry(t.db, { kind: 'system' }, id))!;
  const toReady = async (id: number) => {
    for (const [ctx, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, id, { action, comment: '', version: (await get(id)).version });
  };
  const openKinds = async (id: number) =>
    (await listFindings(t.db, id))
      .filter((f) => f.state === 'open')
      .map((f) => f.kind)
      .sort();

  test('an ID number in an XLSX 花名册 is found, blocks publication, and a masked copy replaces the file', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    const r = await addAttachment(clerk, id, {
      filename: '低保名单.xlsx',
      bytes: await xlsxFile([
        ['姓名', '身份证号'],
        ['张三', ID],
      ]),
    });
    assert.equal(r.readable, true);
    assert.deepEqual(await openKinds(id), ['id_card']);
    await toReady(id);
    await assert.rejects(
      publishEntry(reviewer, id, (await get(id)).version),
      (e) => e instanceof DomainError && e.code === 'illegal_transition',
    );
    const f = (await listFindings(t.db, id)).find((x) => x.state === 'open')!;
    await resolveFinding(secrecy, id, f.id, { how: 'mask', reason: '' });
    const atts = await listAttachments(t.db, id);
    assert.deepEqual(
      atts.map((a) => a.filename),
      ['低保名单（已遮盖）.xlsx'],
    );
    assert.ok(atts[0]!.text!.includes('320102********') && !atts[0]!.text!.includes(ID));
    assert.deepEqual(await openKinds(id), []);
    await publishEntry(reviewer, id, (await get(id)).version);
  });

  test('phone numbers in a DOCX and a secret mark in a PDF text layer are found', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    await addAttachment(clerk, id, {
      filename: '通知.docx',
      bytes: await docxFile(['联系人：李四', '手机：13912345678']),
    });
    await addAttachment(clerk, id, {
      filename: '文件.pdf',
      bytes: await pdfFile(['机密★1年', '关于开展专项检查的通知']),
    });
    assert.deepEqual(await openKinds(id), ['mobile', 'secret_mark']);
  });

  test('a PDF without a text layer, an image and a corrupt DOCX block publication as unreadable', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]);
    const corrupt = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.from('word/document.xml garbage')]);
    assert.equal(
      (await addAttachment(clerk, id, { filename: '扫描件.pdf', bytes: await scannedPdf() })).readable,
      false,
    );
    assert.equal((await addAttachment(clerk, id, { filename: '照片.png', bytes: png })).readable, false);
    assert.equal((await addAttachment(clerk, id, { filename: '损坏.docx', bytes: corrupt })).readable, false);
    assert.deepEqual(await openKinds(id), ['unreadable', 'unreadable', 'unreadable']);
    await toReady(id);
    await assert.rejects(publishEntry(reviewer, id, (await get(id)).version), /3 处/);
    const f = (await listFindings(t.db, id)).find((x) => x.state === 'open')!;
    await assert.rejects(
      resolveFinding(secrecy, id, f.id, { how: 'mask', reason: '' }),
      (e) => e instanceof DomainError && e.code === 'invalid_input',
    );
  });

  test('a file that is none of the accepted types, an empty file and a bad file name are refused, nothing written', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    for (const file of [
      { filename: 'a.exe', bytes: Buffer.from('MZ\x90\x00 program') },
      { filename: 'empty.pdf', bytes: Buffer.alloc(0) },
      { filename: '../x.pdf', bytes: await pdfFile(['x']) },
    ]) {
      await assert.rejects(
        addAttachment(clerk, id, file),
        (e) => e instanceof DomainError && e.code === 'invalid_input' && /[\u4e00-\u9fff]/.test(e.message),
      );
    }
    assert.equal((await listAttachments(t.db, id)).length, 0);
  });

  test('removing a draft’s attachment takes its open findings with it; after submission it is refused', async () => {
    const { id } = await createEntry(clerk, agency.code, draftInput(col));
    const bad = await addAttachment(clerk, id, { filename: '通知.docx', bytes: await docxFile(['手机：13912345678']) });
    await addAttachment(clerk, id, { filename: '名单.xlsx', bytes: await xlsxFile([['名称'], ['道路维修']]) });
    assert.deepEqual(await openKinds(id), ['mobile']);
    await assert.rejects(
      removeAttachment(secrecy, id, bad.id),
      (e) => e instanceof DomainError && e.code === 'forbidden',
    );
    await removeAttachment(clerk, id, bad.id);
    assert.deepEqual(
      (await listAttachments(t.db, id)).map((a) => a.filename),
      ['名单.xlsx'],
    );
    assert.deepEqual(await openKinds(id), []);
    await assert.rejects(
      removeAttachment(clerk, id, bad.id),
      (e) => e instanceof DomainError && e.code === 'not_found',
    );
    const [kept] = await listAttachments(t.db, id);
    await reviewEntry(clerk, id, { action: 'submit', comment: '', version: (await get(id)).version });
    await assert.rejects(
      removeAttachment(clerk, id, kept!.id),
      (e) => e instanceof DomainError && e.code === 'illegal_transition',
    );
    assert.equal((await listAttachments(t.db, id)).length, 1);
  });
});
