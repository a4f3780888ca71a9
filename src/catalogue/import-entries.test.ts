// Moving in an old site's catalogue: a good file is public at once with its legacy 索引号 and dates and found by
// search; a file with bad lines is refused whole with one Chinese message per line; the scanner's stops are listed and
// kept as drafts; a dry run writes nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import { ENTRY_HEADER, legacyEntry, sheetCsv, sheetXlsx } from '../../test/import-files.ts';
import type { Agency } from '../agencies/store.ts';
import { type Ctx, makeCtx } from '../context.ts';
import { importCatalogue } from './import-entries.ts';
import { importedOn } from './import-store.ts';
import { listPublished } from './public-store.ts';
import { findEntry, listFindings } from './store.ts';

describe(`${DIALECT}: importing an old site's catalogue`, () => {
  let t: TestDb;
  let agency: Agency;
  let cli: Ctx;
  const none = async () => undefined;
  const count = async () =>
    Number(
      (
        await t.db
          .selectFrom('catalogue_entries')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township' });
    cli = await staffCtx(t, agency, ['head']);
  });
  after(async () => {
    await t.close();
  });

  test('imported entries are public at once with their legacy 索引号 and dates, and found by search', async () => {
    const rows = [1, 2, 3].map((n) => legacyEntry(n, 'GOOD'));
    rows.push(
      legacyEntry(4, 'GOOD', {
        标题: '关于东和乡防汛抗旱应急预案的通知',
        发布日期: '2019年7月5日',
        成文日期: '2019/7/1',
      }),
    );
    const bytes = await sheetXlsx(ENTRY_HEADER, rows);
    const dry = await importCatalogue(
      cli,
      agency.code,
      { filename: 'old.xlsx', bytes, attachment: none },
      { dryRun: true },
    );
    assert.deepEqual(
      { ...dry, importId: null },
      { rows: 4, published: 4, stopped: [], problems: [], written: false, importId: null },
    );
    assert.equal((await listPublished(t.db, agency, ['id'], {}, 1)).total, 0, 'a dry run writes nothing');
    const r = await importCatalogue(
      cli,
      agency.code,
      { filename: 'old.xlsx', bytes, attachment: none },
      { dryRun: false },
    );
    assert.equal(r.written, true);
    assert.equal(r.published, 4);
    const found = await listPublished(
      t.db,
      agency,
      ['id', 'indexNo', 'formedOn', 'publishedOn', 'title'],
      { q: '防汛抗旱' },
      1,
    );
    assert.equal(found.total, 1);
    assert.equal(found.items[0]!.indexNo, 'GOOD-2021-00004');
    assert.equal(found.items[0]!.formedOn, '2019-07-01');
    assert.equal(found.items[0]!.publishedOn, '2019-07-05');
    assert.ok(await importedOn(t.db, found.items[0]!.id), 'the entry is marked as imported');
    assert.equal((await listPublished(t.db, agency, ['id'], {}, 1)).total, 4);
  });

  test('ten planted bad lines: the file is refused whole, with ten Chinese messages naming their lines', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => legacyEntry(i + 1, 'BAD'));
    const plant = (line: number, o: Record<string, string>) => {
      rows[line - 2] = legacyEntry(line - 1, 'BAD', o);
    };
    plant(3, { 发布日期: '2023-13-01' });
    plant(5, { 成文日期: '' });
    plant(7, { 索引号: '坏索引号' });
    plant(9, { 栏目: '不存在的栏目' });
    plant(11, { 主题分类: '天文' });
    plant(13, { 标题: '' });
    plant(15, { 发布日期: '2021-03-01' }); // before its 成文日期
    plant(17, { 正文: '' }); // neither body nor attachment
    plant(19, { 附件: 'files/missing.pdf' });
    plant(21, { 索引号: 'BAD-2021-00001' }); // the same as line 2
    const before = await count();
    const bytes = sheetCsv(ENTRY_HEADER, rows);
    const r = await importCatalogue(
      cli,
      agency.code,
      { filename: 'bad.csv', bytes, attachment: none },
      { dryRun: false },
    );
    assert.equal(r.written, false);
    assert.equal(r.problems.length, 10, r.problems.join('\n'));
    assert.deepEqual(
      r.problems.map((p) => Number(/^第 (\d+) 行：/.exec(p)?.[1])),
      [3, 5, 7, 9, 11, 13, 15, 17, 19, 21],
    );
    assert.equal(r.problems[0], '第 3 行：发布日期“2023-13-01”不是有效日期（格式为 2023-03-01）');
    assert.match(r.problems[9]!, /索引号“BAD-2021-00001”与第 2 行重复/);
    assert.equal(await count(), before, 'nothing written');
  });

  test('a 索引号 already in the system is a problem of its line', async () => {
    const bytes = sheetCsv(ENTRY_HEADER, [legacyEntry(9, 'DUP'), legacyEntry(1, 'GOOD')]);
    const r = await importCatalogue(
      cli,
      agency.code,
      { filename: 'dup.csv', bytes, attachment: none },
      { dryRun: true },
    );
    assert.deepEqual(r.problems, ['第 3 行：索引号“GOOD-2021-00001”已被系统中的其他信息使用']);
  });

  test('rows the scanner stops are listed and kept as drafts with their findings, never public', async () => {
    const rows = [
      legacyEntry(1, 'SCAN'),
      legacyEntry(2, 'SCAN', { 正文: '低保对象张三，联系电话 13812345678，住址和平村3组12号。' }),
    ];
    const bytes = sheetCsv(ENTRY_HEADER, rows);
    const r = await importCatalogue(
      cli,
      agency.code,
      { filename: 'scan.csv', bytes, attachment: none },
      { dryRun: false },
    );
    assert.equal(r.published, 1);
    assert.deepEqual(
      r.stopped.map((s) => [s.line, s.indexNo]),
      [[3, 'SCAN-2021-00002']],
    );
    assert.ok(r.stopped[0]!.findings.some((f) => f.includes('138')));
    const found = await listPublished(t.db, agency, ['id', 'indexNo'], { q: 'SCAN' }, 1);
    assert.deepEqual(
      found.items.map((e) => e.indexNo),
      ['SCAN-2021-00001'],
    );
    const held = await t.db
      .selectFrom('catalogue_entries')
      .select('id')
      .where('index_no', '=', 'SCAN-2021-00002')
      .executeTakeFirstOrThrow();
    const draft = await findEntry(t.db, { kind: 'system' }, Number(held.id));
    assert.equal(draft?.state, 'draft');
    assert.ok((await listFindings(t.db, Number(held.id))).some((f) => f.state === 'open'));
  });

  test('a staff member who may not publish cannot import', async () => {
    const clerk = makeCtx(t, {
      kind: 'staff',
      userId: 1,
      username: 'c',
      displayName: 'c',
      agencyId: agency.id,
      agencyCode: agency.code,
      agencyPath: agency.path,
      roles: ['clerk'],
    });
    const bytes = sheetCsv(ENTRY_HEADER, [legacyEntry(1, 'NOPE')]);
    await assert.rejects(
      importCatalogue(clerk, agency.code, { filename: 'x.csv', bytes, attachment: none }, { dryRun: true }),
      (e) => (e as { code: string }).code === 'forbidden',
    );
  });
});
