// `gongkai deadline` and `gongkai calendar import` in-process on the database under test, and once as a real process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { EXAMPLE_2027 } from '../../../test/support/calendar-example-2027.ts';
import { DIALECT, type TestDb, createTestDb } from '../../../test/db.ts';
import { runCommand } from '../../../test/cli.ts';

const run = runCommand;

const issueExample = JSON.stringify({
  received: '2025-09-28',
  channel: 'online',
  events: [
    { type: 'correctionRequested', date: '2025-09-30' },
    { type: 'correctionReceived', date: '2025-10-13' },
    { type: 'consultationStarted', date: '2025-10-20' },
    { type: 'consultationEnded', date: '2025-10-24' },
  ],
});

describe(`${DIALECT}: gongkai deadline and calendar import`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => t.close());

  test('deadline prints the due date, trace and basis for the issue example (seeding the calendar on first use)', async () => {
    const r = await run(t.env, ['deadline'], issueExample);
    assert.equal(r.code, 0, r.err);
    const out = JSON.parse(r.out);
    assert.deepEqual([out.due, out.provisional, out.correctionNoticeDue], ['2025-11-17', false, '2025-10-14']);
    assert.deepEqual(out.trace[3], {
      date: '2025-10-01',
      counted: false,
      why: '补正前的期间不计入（条例第三十条）；国庆节',
    });
    assert.ok(out.basis.includes('条例第三十三条'));
  });

  test('deadline --no-trace leaves the trace out', async () => {
    const r = await run(t.env, ['deadline', '--no-trace'], issueExample);
    assert.equal(JSON.parse(r.out).trace, undefined);
  });

  test('deadline refuses an unknown event, an extension over 20 and broken JSON with exit code 2 and a Chinese message', async () => {
    const unknown = await run(
      t.env,
      ['deadline'],
      JSON.stringify({ received: '2025-09-28', channel: 'online', events: [{ type: 'paused', date: '2025-10-01' }] }),
    );
    assert.deepEqual([unknown.code, unknown.out], [2, '']);
    assert.match(unknown.err, /未知的事件类型/);
    const tooLong = await run(
      t.env,
      ['deadline'],
      JSON.stringify({
        received: '2025-09-28',
        channel: 'online',
        events: [{ type: 'extended', date: '2025-10-09', workingDays: 30 }],
      }),
    );
    assert.match(tooLong.err, /最长不得超过20个工作日/);
    const broken = await run(t.env, ['deadline'], '{"received":');
    assert.deepEqual([broken.code, /不是有效的 JSON/.test(broken.err)], [2, true]);
  });

  test('calendar import loads 2027 from JSON, and the year-end deadline is no longer provisional', async () => {
    const yearEnd = JSON.stringify({ received: '2026-12-20', channel: 'online' });
    assert.equal(JSON.parse((await run(t.env, ['deadline'], yearEnd)).out).provisional, true);
    const file = path.join(t.dataDir, '2027.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...EXAMPLE_2027,
        days: EXAMPLE_2027.days.map((d) => ({ date: d.date, off: d.kind === 'off', name: d.name })),
      }),
    );
    const r = await run(t.env, ['calendar', 'import', file]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /2027年放假安排已导入：放假 28 天，调休上班 4 天/);
    const out = JSON.parse((await run(t.env, ['deadline'], yearEnd)).out);
    assert.deepEqual([out.due, out.provisional], ['2027-01-18', false]);
  });

  test("calendar import reads chinese-days' .ics, with the notice given on the command line", async () => {
    const ics = createRequire(import.meta.url).resolve('chinese-days/dist/years/2026.ics');
    const r = await run(t.env, [
      'calendar',
      'import',
      ics,
      '--title',
      '国务院办公厅关于2026年部分节假日安排的通知',
      '--date',
      '2025-11-04',
    ]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /2026年放假安排已替换：放假 33 天，调休上班 6 天；工作日状态变化的日期 0 个/);
    const row = await t.db.selectFrom('calendar_years').selectAll().where('year', '=', 2026).executeTakeFirstOrThrow();
    assert.deepEqual([row.notice_date, row.source], ['2025-11-04', 'import:2026.ics']);
  });

  test('calendar import refuses an incomplete year with exit code 2, naming what is missing', async () => {
    const file = path.join(t.dataDir, 'bad.json');
    writeFileSync(file, JSON.stringify({ year: 2028, days: [{ date: '2028-01-01', off: true, name: '元旦' }] }));
    const r = await run(t.env, ['calendar', 'import', file]);
    assert.equal(r.code, 2);
    assert.match(r.err, /缺少以下法定节假日的放假日期：春节、清明/);
  });

  test('bin/gongkai deadline as a real process exits 2 on bad input', () => {
    const bin = fileURLToPath(new URL('../../../bin/gongkai', import.meta.url));
    const p = spawnSync(process.execPath, [bin, 'deadline'], {
      input: JSON.stringify({ received: '2025-02-29', channel: 'online' }),
      env: { ...t.env, PATH: process.env.PATH },
      encoding: 'utf8',
    });
    assert.equal(p.status, 2, p.stderr);
    assert.match(p.stderr, /不是真实存在的日期/);
  });
});
