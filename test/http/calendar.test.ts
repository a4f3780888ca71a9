// The calendar in the back office: the top agency's administrator enters a year; clerks compute deadlines with a trace.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { yearDays } from '../../src/calendar/store.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

const YEAR_2027 = `2027-01-01~2027-01-03 休 元旦
2027-02-05~2027-02-12 休 春节
2027-02-20 班 春节
2027-04-03~2027-04-05 休 清明节
2027-05-01~2027-05-05 休 劳动节
2027-04-25 班 劳动节
2027-06-09 休 端午节
2027-09-15 休 中秋节
2027-10-01~2027-10-07 休 国庆节
2027-09-26 班 国庆节
2027-10-09 班 国庆节`;

describe(`${DIALECT}: calendar and deadline calculator pages`, () => {
  let s: TestServer;
  let top: Client, townAdmin: Client, clerk: Client;
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county' });
    const town = await buildAgency(s, { parent: county.code });
    const [a, b, c] = [
      await buildStaff(s, county.code, ['admin']),
      await buildStaff(s, town.code, ['admin']),
      await buildStaff(s, town.code, ['clerk']),
    ];
    top = new Client(s.url);
    await top.login(a.username, a.password);
    townAdmin = new Client(s.url);
    await townAdmin.login(b.username, b.password);
    clerk = new Client(s.url);
    await clerk.login(c.username, c.password);
  });
  after(async () => {
    await s.close();
  });

  test('a clerk computes a deadline over 国庆+中秋 2025 and sees the day-by-day trace', async () => {
    const r = await clerk.get('/admin/calendar/deadline?received=2025-09-28&channel=online');
    assert.equal(r.status, 200);
    assert.match(r.text, /<strong>2025-10-31<\/strong>/);
    assert.match(r.text, /<td>2025-10-01<\/td><td>不计<\/td><td>[^<]*国庆/);
    assert.doesNotMatch(r.text, /暂定/);
  });

  test('a deadline reaching into an unloaded year is provisional until the top administrator loads that year', async () => {
    // Before the notice: the statutory 元旦 (2027-01-01) is already off, only the 调休 are unknown — provisional.
    const before = await clerk.get('/admin/calendar/deadline?received=2026-12-20&channel=in_person');
    assert.match(before.text, /<strong>2027-01-18<\/strong>/);
    assert.match(before.text, /暂定/);
    const csrf = await top.csrf('/admin/calendar');
    const r = await top.postForm(
      '/admin/calendar',
      { year: '2027', noticeTitle: '测试用2027年安排', noticeDate: '2026-11-01', days: YEAR_2027 },
      { csrf },
    );
    assert.equal(r.status, 200, r.text.slice(0, 300));
    assert.match(r.text, /已载入 2027 年放假安排/);
    const after = await clerk.get('/admin/calendar/deadline?received=2026-12-20&channel=in_person');
    assert.match(after.text, /<strong>2027-01-18<\/strong>/);
    assert.doesNotMatch(after.text, /暂定/);
  });

  test('a township administrator cannot change the calendar every agency counts', async () => {
    const page = await townAdmin.get('/admin/calendar');
    assert.doesNotMatch(page.text, /action="\/admin\/calendar"/);
    const r = await townAdmin.postForm(
      '/admin/calendar',
      { year: '2028', noticeTitle: '', noticeDate: '', days: YEAR_2027.replaceAll('2027', '2028') },
      { from: '/admin/calendar' },
    );
    assert.equal(r.status, 403);
    assert.equal(await yearDays(s.db, 2028), null);
  });

  test('an unreadable or incomplete arrangement is refused with the line or festival named, and nothing is written', async () => {
    const csrf = await top.csrf('/admin/calendar');
    const bad = await top.postForm(
      '/admin/calendar',
      { year: '2029', noticeTitle: '', noticeDate: '', days: '2029-01-01 休 元旦\n春节放七天' },
      { csrf },
    );
    assert.equal(bad.status, 400);
    assert.match(bad.text, /第 2 行/);
    const incomplete = await top.postForm(
      '/admin/calendar',
      { year: '2029', noticeTitle: '', noticeDate: '', days: '2029-01-01 休 元旦' },
      { csrf },
    );
    assert.equal(incomplete.status, 400);
    assert.match(incomplete.text, /春节/);
    assert.equal(await yearDays(s.db, 2029), null);
  });

  test('bad calculator input gets a Chinese 400', async () => {
    for (const q of [
      'received=2025-02-30',
      'received=2025-09-28&channel=pigeon',
      'received=2025-09-28&extendedOn=2025-10-10&extendedDays=40',
    ]) {
      const r = await clerk.get(`/admin/calendar/deadline?${q}`);
      assert.equal(r.status, 400, q);
      assert.ok(hasChinese(r.text));
    }
  });
});
