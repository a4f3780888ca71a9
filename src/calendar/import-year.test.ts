// On the database under test (SQLite, or PostgreSQL with DATABASE_URL): seeding, importing a year, and what that
// does to a deadline that reaches into it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { StaffActor } from '../auth/actor.ts';
import { computeDeadline } from '../clock/deadline.ts';
import type { DomainError } from '../errors.ts';
import { DIALECT, type TestDb, createTestDb } from '../../test/db.ts';
import { EXAMPLE_2027 } from '../../test/support/calendar-example-2027.ts';
import { importCalendarYear } from './import-year.ts';
import { seedCalendar } from './seed.ts';
import { listCalendarYears, loadCalendar, yearDays } from './store.ts';

const staff = (roles: StaffActor['roles']): StaffActor => ({
  kind: 'staff',
  userId: 1,
  username: 'admin',
  displayName: '管理员',
  agencyId: 1,
  agencyCode: 'demo',
  agencyPath: '/1/',
  roles,
});
const now = new Date('2026-11-20T02:00:00Z');
const yearEndCase = { received: '2026-12-20', channel: 'online' as const, events: [] };

describe(`${DIALECT}: calendar seed and importCalendarYear`, () => {
  let t: TestDb;
  before(async () => {
    t = await createTestDb();
  });
  after(async () => t.close());

  test('the seed loads 2004–2026 once, with an audit record per year', async () => {
    assert.equal((await seedCalendar(t.db, now, t.config)).length, 23);
    assert.deepEqual(await seedCalendar(t.db, now, t.config), []);
    const years = await listCalendarYears(t.db);
    assert.equal(years[0]!.year, 2004);
    assert.deepEqual(
      { ...years.at(-1)!, loadedAt: '' },
      {
        year: 2026,
        source: 'chinese-days@1.5.7',
        noticeTitle: null,
        noticeDate: null,
        loadedAt: '',
        offDays: 33,
        workDays: 6,
      },
    );
    const audits = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'calendar.year_loaded')
      .execute();
    assert.equal(audits.length, 23);
  });

  // Received 2026-12-20 (Sunday). 2026: nothing off after October. Counted: 12/21–25 (5), 12/28–31 (9); 2027 not
  // loaded, so its statutory holidays and weekends: 1/1 元旦 off, 1/4–8 (14), 1/11–15 (19), 1/18 (20) → provisional.
  test('a deadline reaching into 2027 before 2027 is loaded skips the statutory 元旦 and is provisional', async () => {
    const r = computeDeadline(await loadCalendar(t.db), yearEndCase);
    assert.deepEqual([r.due, r.provisional], ['2027-01-18', true]);
  });

  test('a clerk may not load a year: forbidden, nothing written', async () => {
    await assert.rejects(
      importCalendarYear({ db: t.db, config: t.config, actor: staff(['clerk']), now }, EXAMPLE_2027),
      (e: DomainError) => e.code === 'forbidden',
    );
    assert.equal(await yearDays(t.db, 2027), null);
  });

  test('an administrator of a township (not the top of the tree) may not change the calendar every agency counts', async () => {
    const township = { ...staff(['admin']), agencyPath: '/1/2/' };
    await assert.rejects(
      importCalendarYear({ db: t.db, config: t.config, actor: township, now }, EXAMPLE_2027),
      (e: DomainError) => e.code === 'forbidden' && /最上级机关/.test(e.message),
    );
    assert.equal(await yearDays(t.db, 2027), null);
  });

  test('an incomplete year is refused with the missing festivals named, nothing written', async () => {
    const input = { ...EXAMPLE_2027, days: EXAMPLE_2027.days.filter((d) => d.name !== '春节') };
    await assert.rejects(
      importCalendarYear({ db: t.db, config: t.config, actor: staff(['admin']), now }, input),
      (e: DomainError) => e.code === 'invalid_input' && /春节/.test(e.fields?.festivals ?? ''),
    );
    assert.equal(await yearDays(t.db, 2027), null);
  });

  // With the (example) 2027 arrangement, 1/1–1/3 are off: 1/4–8 (10–14), 1/11–15 (15–19), 1/18 (20).
  test('loading 2027 reports the changed dates, is audited, and makes the year-end deadline final', async () => {
    const r = await importCalendarYear({ db: t.db, config: t.config, actor: staff(['admin']), now }, EXAMPLE_2027);
    assert.equal(r.replaced, false);
    // 元旦 1/1 was already off by law; 1/2 is a Saturday; the 调休 swaps are what changes (the example's 2/20 worked,
    // 2/9–2/12 off, 4/5 worked to 4/3–4/5 …).
    assert.ok(
      !r.changedDates.includes('2027-01-01') &&
        r.changedDates.includes('2027-02-20') &&
        r.changedDates.includes('2027-02-09') &&
        !r.changedDates.includes('2027-01-02'),
    );
    const d = computeDeadline(await loadCalendar(t.db), yearEndCase);
    assert.deepEqual([d.due, d.provisional], ['2027-01-18', false]);
    const audit = await t.db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    assert.equal(audit.action, 'calendar.year_loaded');
    assert.equal(audit.object_id, '2027');
    assert.match(audit.summary, /"year":2027/);
  });

  test('loading a year again replaces it and reports only the dates that changed', async () => {
    const input = { ...EXAMPLE_2027, days: EXAMPLE_2027.days.filter((d) => d.date !== '2027-10-09') };
    const r = await importCalendarYear(
      { db: t.db, config: t.config, actor: { kind: 'system', label: 'cli' }, now },
      input,
    );
    assert.equal(r.replaced, true);
    assert.deepEqual(r.changedDates, ['2027-10-09']);
    assert.equal((await yearDays(t.db, 2027))!.length, EXAMPLE_2027.days.length - 1);
  });
});
