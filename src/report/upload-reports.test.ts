import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../context.ts';
import type { DomainError } from '../errors.ts';
import { staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import { makeZip } from '../../test/zip.ts';
import { renderText } from './render/text.ts';
import { sampleReport } from '../../test/support/report-sample.ts';
import { MAX_UPLOAD_FILES, uploadReports } from './upload-reports.ts';
import { findUpload, listBatch, listBatches } from './upload-store.ts';

const report = (seed: number, name = '示例乡人民政府', year = 2023) =>
  Buffer.from(renderText(sampleReport({ seed, name, year }), 'tab'));

describe(`${DIALECT}: uploadReports`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => t.close());

  test('a batch is stored in one go with one audit record; a report keeps its subject across uploads', async () => {
    const agency = await buildAgency(t);
    const clerk = await staffCtx(t, agency, ['clerk']);
    const files = [
      { filename: 'a.txt', bytes: report(1) },
      { filename: 'junk.bin', bytes: Buffer.alloc(100, 3) },
      { filename: 'z.zip', bytes: makeZip([{ name: 'b.txt', data: report(2, '示例镇人民政府') }]) },
    ];
    const { batch, checked } = await uploadReports(clerk, { files });
    await checked;
    const rows = await listBatch(t.db, clerk.scope, batch);
    assert.equal(rows.length, 3);
    assert.deepEqual(
      rows.map((r) => [r.filename, r.subject, Boolean(r.error)]),
      [
        ['a.txt', 'published:示例乡人民政府:2023', false],
        ['junk.bin', `upload:${rows[1]!.sha256}`, true],
        ['z.zip/b.txt', 'published:示例镇人民政府:2023', false],
      ],
    );
    assert.equal(rows[0]!.report.schema, 'gongkai.report/1');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor', 'summary', 'object_id'])
      .where('action', 'in', ['report.uploaded', 'report.checked'])
      .where('agency_id', '=', agency.id)
      .orderBy('seq')
      .execute();
    assert.deepEqual(
      audit.map((a) => [a.action, a.object_id]),
      [
        ['report.uploaded', batch],
        ['report.checked', batch],
      ],
    );
    assert.match(audit[0]!.summary, /"files":3/);
    assert.equal(audit[1]!.actor, 'system:checker');
    assert.match(audit[1]!.summary, /"unread":1/);
    const again = await uploadReports(clerk, { files: [{ filename: 'a-again.txt', bytes: report(1) }] });
    await again.checked;
    assert.equal((await listBatch(t.db, clerk.scope, again.batch))[0]!.subject, 'published:示例乡人民政府:2023');
    assert.deepEqual(
      (await listBatches(t.db, clerk.scope)).map((b) => [b.files, b.unread]),
      [
        [1, 0],
        [3, 1],
      ],
    );
  });

  test('who may upload, and what is refused before anything is written', async () => {
    const agency = await buildAgency(t);
    const files = [{ filename: 'a.txt', bytes: report(3) }];
    await assert.rejects(
      uploadReports(await staffCtx(t, agency, ['secrecy_reviewer']), { files }),
      (e: DomainError) => e.code === 'forbidden',
    );
    await assert.rejects(
      uploadReports(makeCtx(t, { kind: 'public' }), { files }),
      (e: DomainError) => e.code === 'unauthenticated',
    );
    const sup = await staffCtx(t, agency, ['supervisor']);
    await assert.rejects(
      uploadReports(sup, { files: [] }),
      (e: DomainError) => e.code === 'invalid_input' && Boolean(e.fields?.files),
    );
    const many = Array.from({ length: MAX_UPLOAD_FILES + 1 }, (_, i) => ({ filename: `${i}.txt`, bytes: report(3) }));
    await assert.rejects(
      uploadReports(sup, { files: many }),
      (e: DomainError) => e.code === 'invalid_input' && /ZIP/.test(e.fields?.files ?? ''),
    );
    await assert.rejects(
      uploadReports(sup, { files, parent: 'nope.txt' }),
      (e: DomainError) => e.code === 'invalid_input' && Boolean(e.fields?.parent),
    );
    assert.equal((await listBatches(t.db, sup.scope)).length, 0);
  });

  test('an upload is not found by another agency, and is found by a supervisor above it', async () => {
    const county = await buildAgency(t, { kind: 'county' });
    const town = await buildAgency(t, { parent: county.code });
    const other = await buildAgency(t, { kind: 'county' });
    const clerk = await staffCtx(t, town, ['clerk']);
    const { batch, checked } = await uploadReports(clerk, { files: [{ filename: 'a.txt', bytes: report(4) }] });
    await checked;
    const ids = (await listBatch(t.db, clerk.scope, batch)).map((u) => u.id);
    assert.ok(await findUpload(t.db, (await staffCtx(t, county, ['supervisor'])).scope, ids[0]!));
    assert.equal(await findUpload(t.db, (await staffCtx(t, other, ['supervisor'])).scope, ids[0]!), undefined);
  });
});
