// The reference township's 2023 report (test/fixtures/reports/000_d6e0e6ac438f5762.txt, a copy of ../shared/reference), rebuilt from the demo data:
// every figure of the published report comes back — now in the 2021 format the reference failed to use — with no
// error finding, and the report was published in January 2024 into the 政府信息公开年度报告 column.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { seedCalendar } from '../calendar/seed.ts';
import { makeCtx } from '../context.ts';
import { findUserForLogin } from '../staff/store.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import type { Report } from '../report/model.ts';
import { type AnnualReportView, viewAnnualReport } from '../report/view-report.ts';
import { DEMO_2023_ITEMS } from './catalogue-2023.ts';
import { DEMO_CODE, seedDemo } from './township.ts';
import { KEY_TASKS_2023 } from './township-2023.ts';
import { entriesOf } from '../report/model.ts';

const reference = JSON.parse(
  readFileSync(new URL('../../test/fixtures/reports/000_d6e0e6ac438f5762.expected.json', import.meta.url), 'utf8'),
) as Report;

describe(`${DIALECT}: the reference township's 2023 report from the demo data`, () => {
  let t: TestDb;
  let view: AnnualReportView;
  before(async () => {
    t = await createTestDb();
    await seedCalendar(t.db, t.config.clock(), t.config);
    await seedDemo(t.db, t.config, { passwords: () => 'demo-password-一二三' });
    const u = (await findUserForLogin(t.db, 'donghe-head'))!;
    const head = makeCtx(t, {
      kind: 'staff',
      userId: u.id,
      username: u.username,
      displayName: u.displayName,
      agencyId: u.agencyId,
      agencyCode: u.agencyCode,
      agencyPath: u.agencyPath,
      roles: u.roles,
    });
    view = await viewAnnualReport(head, DEMO_CODE, 2023);
  });
  after(async () => {
    await t.close();
  });

  test("the figures stated in the prose are the reference's: 201 items, no application, no 复议, no 诉讼", () => {
    assert.equal(DEMO_2023_ITEMS, 201);
    assert.deepEqual(view.document.report.narrative, reference.narrative);
  });

  test('表三 and 表四 equal the reference cell for cell on every row both formats share', () => {
    const mine = view.document.report.tables;
    for (const [row, cells] of entriesOf(reference.tables.applications!)) {
      if (row === 'other') {
        // the 2019 format's single （六）其他处理 row is the 2021 format's three rows together
        for (const [col, v] of entriesOf(cells))
          assert.equal(
            (['other.noCorrection', 'other.unpaidFee', 'other.other'] as const).reduce(
              (n, r) => n + (mine.applications![r]![col] ?? 0),
              0,
            ),
            v,
          );
      } else assert.deepEqual(mine.applications![row], cells, row);
    }
    assert.deepEqual(mine.appeals, reference.tables.appeals);
  });

  test('表二 is in the 2021 format, every figure 0 like the reference', () => {
    const p = view.document.report.tables.proactive!;
    assert.deepEqual(Object.keys(p), [
      'regulations',
      'normativeDocuments',
      'licensing',
      'penalties',
      'coercion',
      'fees',
    ]);
    for (const row of Object.values(reference.tables.proactive!))
      for (const v of Object.values(row ?? {})) assert.equal(v, 0);
    for (const row of Object.values(p)) for (const v of Object.values(row ?? {})) assert.equal(v, 0);
  });

  test("no error finding, and the reference's own warnings (old format, 我镇) are gone", () => {
    assert.equal(view.document.report.format, '2021');
    assert.deepEqual(
      view.findings.filter((f) => f.severity === 'error'),
      [],
    );
    assert.ok(!view.findings.some((f) => f.rule === 'FORMAT.OUTDATED' || f.rule === 'IDENTITY.SELF_REFERENCE'));
  });

  test('the prose carries the data: trainings in March, June and November, the WeChat account, no accountability case', () => {
    const text = view.document.sections.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    assert.match(text, /在3月、6月和11月组织或参加政府信息公开业务培训3次/);
    assert.match(text, /“灵净东和”微信公众号截至2023年12月31日关注人数2331人，2023年累计发布340篇/);
    assert.match(text, /主动公开政府信息201条/);
    assert.match(text, /未收到政府信息公开申请/);
    assert.match(text, /被申请行政复议0件，被提起行政诉讼0件/);
    assert.match(text, /未发生因政府信息公开工作开展责任追究的情况/);
    // The 重点工作任务 of the 分工表 its texts describe are recorded, so the prose counts them and never says "未登记".
    assert.match(
      text,
      new RegExp(`2023年政务公开重点工作任务${KEY_TASKS_2023.length}项，年底前完成${KEY_TASKS_2023.length}项`),
    );
    assert.doesNotMatch(text, /未登记政务公开重点工作任务/);
    assert.match(text, /重点工作任务分工表/);
    assert.deepEqual(
      view.document.sections.map((s) => s.heading),
      [
        '一、总体情况',
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
        '五、存在的主要问题及改进情况',
        '六、其他需要报告的事项',
      ],
    );
  });

  test('it was published on 2024-01-20 into the 政府信息公开年度报告 column, from its frozen snapshot', async () => {
    assert.equal(view.row?.state, 'published');
    assert.equal(view.row?.publishedAt?.slice(0, 10), '2024-01-20');
    assert.deepEqual(view.changes, []);
    const entry = await t.db
      .selectFrom('catalogue_entries as e')
      .innerJoin('catalogue_columns as c', 'c.id', 'e.column_id')
      .select(['e.title', 'e.state', 'c.name', 'e.published_on'])
      .where('e.id', '=', view.row!.entryId!)
      .executeTakeFirstOrThrow();
    assert.deepEqual(entry, {
      title: '东和乡人民政府2023年政府信息公开工作年度报告',
      state: 'published',
      name: '政府信息公开年度报告',
      published_on: '2024-01-20',
    });
  });
});
