// The 标准目录: imported from the province's Excel (the national layout, a merged 一级事项 included), edited, deleted,
// reordered, each item linked to the entries that fulfil it, and the items with no current entry reported.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { staffCtx } from '../../test/catalogue.ts';
import { createTestDb, DIALECT, type TestDb } from '../../test/db.ts';
import { buildAgency } from '../../test/factories.ts';
import { ENTRY_HEADER, legacyEntry, sheetCsv } from '../../test/import-files.ts';
import type { Agency } from '../agencies/store.ts';
import { type Ctx, makeCtx } from '../context.ts';
import { renderXlsx } from '../documents/xlsx.ts';
import { deleteStandardItem, editStandardItem, linkStandardItem, moveStandardItem } from './edit-standard.ts';
import { importCatalogue } from './import-entries.ts';
import { importStandardCatalogue } from './import-standard.ts';
import { remindStandardGaps } from './remind-standard.ts';
import { HEADER_MERGES, HEADER_SUB, HEADER_TOP, itemRow, type StandardItem } from './standard-catalogue.ts';
import { entriesOfItem, itemsWithoutCurrentEntry } from './standard-link-store.ts';
import { listStandardItems } from './standard-store.ts';
import { withdrawEntry } from './withdraw-entry.ts';

const item = (level1: string, level2: string): StandardItem => ({
  level1,
  level2,
  content: `${level2}的政策文件、办理结果`,
  basis: '《中华人民共和国政府信息公开条例》',
  timeLimit: '信息形成或者变更之日起20个工作日内',
  subject: '乡人民政府',
  channels: ['政府网站', '社区/企事业单位/村公示栏（电子屏）'],
  audience: 'all',
  mode: 'active',
  tier: 'township',
});

describe(`${DIALECT}: the 标准目录 kept up to date`, () => {
  let t: TestDb;
  let agency: Agency;
  let head: Ctx;
  const names = async () => (await listStandardItems(t.db, agency.id)).map((it) => it.level2);
  before(async () => {
    t = await createTestDb();
    agency = await buildAgency(t, { kind: 'township' });
    head = await staffCtx(t, agency, ['head', 'clerk']);
  });
  after(async () => {
    await t.close();
  });

  test('the province Excel is imported: merged 一级事项, ticks and channels read; a bad row refuses the file', async () => {
    const rows = [
      item('社会救助', '最低生活保障'),
      item('社会救助', '特困人员救助供养'),
      item('农村危房改造', '对象认定'),
    ].map((it, i) => itemRow(i + 1, it));
    rows[1]![1] = ''; // merged with the row above, as the province prints it
    const xlsx = await renderXlsx({
      name: '目录',
      title: '某省乡镇标准目录',
      rows: [HEADER_TOP, HEADER_SUB, ...rows],
      headerRows: 2,
      merges: HEADER_MERGES,
    });
    const dry = await importStandardCatalogue(
      head,
      agency.id,
      { filename: 'p.xlsx', bytes: xlsx },
      { replace: false, dryRun: true },
    );
    assert.deepEqual([dry.items, dry.written, dry.problems], [3, false, []]);
    assert.deepEqual(await names(), []);
    await importStandardCatalogue(
      head,
      agency.id,
      { filename: 'p.xlsx', bytes: xlsx },
      { replace: false, dryRun: false },
    );
    const items = await listStandardItems(t.db, agency.id);
    assert.deepEqual(
      items.map((it) => [it.level1, it.level2]),
      [
        ['社会救助', '最低生活保障'],
        ['社会救助', '特困人员救助供养'],
        ['农村危房改造', '对象认定'],
      ],
    );
    assert.deepEqual(items[0]!.channels, ['政府网站', '社区/企事业单位/村公示栏（电子屏）']);
    assert.equal(items[0]!.tier, 'township');
    const bad = [...rows, itemRow(4, item('', ''))];
    const refused = await importStandardCatalogue(
      head,
      agency.id,
      {
        filename: 'bad.xlsx',
        bytes: await renderXlsx({ name: '目录', rows: [HEADER_TOP, HEADER_SUB, ...bad], headerRows: 2 }),
      },
      { replace: true, dryRun: false },
    );
    assert.deepEqual(refused.problems, ['第 6 行：二级事项为空']);
    assert.equal((await names()).length, 3, 'nothing replaced');
  });

  test('items are edited, reordered and deleted', async () => {
    const [a, b, c] = await listStandardItems(t.db, agency.id);
    await editStandardItem(head, agency.id, a!.id!, { ...a!, level2: '城乡最低生活保障' });
    await moveStandardItem(head, agency.id, c!.id!, -1);
    assert.deepEqual(await names(), ['城乡最低生活保障', '对象认定', '特困人员救助供养']);
    await deleteStandardItem(head, agency.id, b!.id!);
    assert.deepEqual(await names(), ['城乡最低生活保障', '对象认定']);
    const other = await staffCtx(t, await buildAgency(t, { kind: 'township' }), ['clerk']);
    await assert.rejects(
      editStandardItem(other, agency.id, a!.id!, a!),
      (e) => (e as { code: string }).code === 'forbidden',
    );
  });

  test('an item linked to a published entry is covered; withdrawn, it is reported again', async () => {
    const [dibao, house] = await listStandardItems(t.db, agency.id);
    assert.deepEqual(
      (await itemsWithoutCurrentEntry(t.db, agency.id)).map((it) => it.id),
      [dibao!.id, house!.id],
    );
    await importCatalogue(
      head,
      agency.code,
      { filename: 'x.csv', bytes: sheetCsv(ENTRY_HEADER, [legacyEntry(1, 'STD')]), attachment: async () => undefined },
      { dryRun: false },
    );
    const entry = await t.db
      .selectFrom('catalogue_entries')
      .select(['id', 'version'])
      .where('index_no', '=', 'STD-2021-00001')
      .executeTakeFirstOrThrow();
    await linkStandardItem(head, agency.id, { itemId: dibao!.id!, entryId: Number(entry.id), linked: true });
    assert.deepEqual(
      (await entriesOfItem(t.db, agency.id, dibao!.id!)).map((e) => e.indexNo),
      ['STD-2021-00001'],
    );
    assert.deepEqual(
      (await itemsWithoutCurrentEntry(t.db, agency.id)).map((it) => it.id),
      [house!.id],
    );
    await withdrawEntry(head, Number(entry.id), { reason: '内容已过时', version: Number(entry.version) });
    assert.equal((await itemsWithoutCurrentEntry(t.db, agency.id)).length, 2);
    const cron = makeCtx(t, { kind: 'system', label: 'test' });
    assert.equal(await remindStandardGaps(cron), 1, 'the clerks are told of the gaps');
    assert.equal(await remindStandardGaps(cron), 0, 'once a month');
  });
});
