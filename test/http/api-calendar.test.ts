// The calendar import through the API: the top administrator loads a year's arrangement (as dated days or as the back
// office's lines); open deadlines are recomputed and the moved case waits in the clerk's deadline notices until
// acknowledged through the API; refusals for a clerk, a township's administrator and an unreadable arrangement.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { addDays } from '../../src/calendar/dates.ts';
import { seedArrangements } from '../../src/calendar/seed.ts';
import { thisYear } from '../clock.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';
import { startTestServer, type TestServer } from './client.ts';
import { type ApiCaller, apiStaff, assertError } from './office-api.ts';

const YEAR = thisYear();
const seed = seedArrangements().find((a) => a.year === YEAR)!;
const marked = new Set(seed.days.map((d) => d.date));
/** A weekday from mid-January that the official arrangement leaves an ordinary working day. */
function ordinaryWorkday(): string {
  for (let d = `${YEAR}-01-12`; ; d = addDays(d, 1)) {
    const w = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (w !== 0 && w !== 6 && !marked.has(d)) return d;
  }
}

describe(`${DIALECT}: the calendar import through the API`, () => {
  let s: TestServer;
  let top: ApiCaller, townAdmin: ApiCaller, clerk: ApiCaller;
  let code = '';
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county' });
    const town = await buildAgency(s, { parent: county.code });
    code = town.code;
    [top, townAdmin, clerk] = [
      await apiStaff(s, county.code, ['admin']),
      await apiStaff(s, town.code, ['admin']),
      await apiStaff(s, town.code, ['clerk']),
    ];
  });
  after(async () => {
    await s.close();
  });

  test('a year loaded as dated days moves an open deadline; the clerk acknowledges the notice through the API', async () => {
    const reg = await clerk.call(`/api/v1/agencies/${code}/requests/registrations`, {
      application: applicationInput(),
      channel: 'in_person',
      receivedOn: `${YEAR}-01-05`,
      evidence: '窗口当面签收',
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    const number = reg.body.number as string;
    const dueBefore = (await clerk.call(`/api/v1/staff/requests/${number}`)).body.deadline.due;
    const extra = ordinaryWorkday();
    const days = [
      ...seed.days.map((d) => ({ date: d.date, kind: d.kind, name: d.name })),
      { date: extra, kind: 'off', name: '更正测试' },
    ];
    const loaded = await top.call('/api/v1/calendar/years', {
      year: YEAR,
      notice: { title: `国务院办公厅关于${YEAR}年部分节假日安排的通知（更正）`, date: `${YEAR - 1}-11-12` },
      days,
    });
    assert.equal(loaded.status, 201, JSON.stringify(loaded.body));
    assert.equal(loaded.body.replaced, true);
    assert.deepEqual(loaded.body.changedDates, [extra]);
    assert.ok(loaded.body.moved >= 1);
    const dueAfter = (await clerk.call(`/api/v1/staff/requests/${number}`)).body.deadline.due;
    assert.ok(dueAfter > dueBefore, `${dueAfter} after ${dueBefore}`);

    const notices = await clerk.call('/api/v1/staff/deadline-notices');
    const notice = notices.body.items.find((n: { number: string }) => n.number === number);
    assert.deepEqual([notice.oldDue, notice.newDue], [dueBefore, dueAfter]);
    assertError(await top.call(`/api/v1/staff/deadline-notices/${notice.id}/seen`, {}), 403);
    const seen = await clerk.call(`/api/v1/staff/deadline-notices/${notice.id}/seen`, {});
    assert.equal(seen.status, 200, JSON.stringify(seen.body));
    assert.ok(
      !(await clerk.call('/api/v1/staff/deadline-notices')).body.items.some((n: { id: number }) => n.id === notice.id),
    );
    assertError(await clerk.call(`/api/v1/staff/deadline-notices/${notice.id}/seen`, {}), 404);

    const years = await clerk.call('/api/v1/calendar/years');
    const row = years.body.years.find((y: { year: number }) => y.year === YEAR);
    assert.equal(row.source, 'api');
    assert.equal(row.offDays, seed.days.filter((d) => d.kind === 'off').length + 1);
  });

  test('the same year loaded as the back office’s lines; refusals and bad input', async () => {
    const lines = seed.days.map((d) => `${d.date} ${d.kind === 'off' ? '休' : '班'} ${d.name}`).join('\n');
    const loaded = await top.call('/api/v1/calendar/years', { year: YEAR, days: lines });
    assert.equal(loaded.status, 201, JSON.stringify(loaded.body));
    assert.equal(loaded.body.offDays.length, seed.days.filter((d) => d.kind === 'off').length);
    assertError(await clerk.call('/api/v1/calendar/years', { year: YEAR, days: lines }), 403);
    assertError(await townAdmin.call('/api/v1/calendar/years', { year: YEAR, days: lines }), 403);
    const unreadable = await top.call('/api/v1/calendar/years', {
      year: YEAR,
      days: `${YEAR}-01-01 休 元旦\n春节放七天`,
    });
    assertError(unreadable, 400, 'days');
    assert.match(unreadable.body.error.message, /第 2 行/);
    assertError(
      await top.call('/api/v1/calendar/years', {
        year: YEAR,
        days: [{ date: `${YEAR}-01-01`, kind: 'holiday', name: '元旦' }],
      }),
      400,
      'days',
    );
    assertError(await top.call('/api/v1/calendar/years', { year: 'next', days: [] }), 400, 'year');
  });
});
