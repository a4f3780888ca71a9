// Issue 3: loading a year's arrangement recomputes every open deadline; each case whose due date moved is shown to its
// clerk until acknowledged.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedArrangements } from '../../src/calendar/seed.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

// The official 2026 arrangement as the back-office form takes it, and a correction of it with one more day off.
const seed2026 = seedArrangements().find((a) => a.year === 2026)!;
const LINES_2026 = seed2026.days.map((d) => `${d.date} ${d.kind === 'off' ? '休' : '班'} ${d.name}`).join('\n');
const CORRECTED_2026 = `${LINES_2026}\n2026-12-07 休 更正测试`;

describe(`${DIALECT}: deadlines recomputed when a calendar year is loaded`, () => {
  let s: TestServer;
  let clerk: Client, top: Client, otherClerk: Client;
  let agencyCode: string;
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county' });
    const town = await buildAgency(s, { parent: county.code });
    const other = await buildAgency(s, { parent: county.code });
    agencyCode = town.code;
    const login = async (code: string, roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerk, top, otherClerk] = [
      await login(town.code, ['clerk']),
      await login(county.code, ['admin']),
      await login(other.code, ['clerk']),
    ];
  });
  after(async () => {
    await s.close();
  });

  test('a case whose due date moves when a year’s arrangement is corrected is shown to its clerk until acknowledged', async () => {
    const csrf = await clerk.csrf('/admin');
    const r = await clerk.json(`/api/v1/agencies/${agencyCode}/requests/registrations`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrf },
      body: {
        application: applicationInput(),
        channel: 'in_person',
        receivedOn: '2026-11-27',
        evidence: '窗口当面签收',
      },
    });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const number = r.body.number as string;
    const before = await clerk.json(`/api/v1/staff/requests/${number}`);
    // 11/30 is the 1st working day; 20 working days end on Friday 2026-12-25.
    assert.match(JSON.stringify(before.body), /2026-12-25/);

    const load = await top.postForm(
      '/admin/calendar',
      {
        year: '2026',
        noticeTitle: '国务院办公厅关于2026年部分节假日安排的通知（更正测试）',
        noticeDate: '2025-11-04',
        days: CORRECTED_2026,
      },
      { from: '/admin/calendar' },
    );
    assert.equal(load.status, 200);
    assert.match(load.text, /1 件未办结申请的答复期限随之调整/);

    const home = await clerk.get('/admin');
    assert.match(home.text, new RegExp(`${number}</a>：2026-12-25 → <strong>2026-12-28</strong>`));
    assert.doesNotMatch((await otherClerk.get('/admin')).text, new RegExp(number), 'other agencies are not told');
    const id = /action="\/admin\/deadline-notices\/(\d+)\/seen"/.exec(home.text)![1]!;
    assert.equal((await otherClerk.postForm(`/admin/deadline-notices/${id}/seen`, {}, { from: '/admin' })).status, 404);
    assert.equal((await clerk.postForm(`/admin/deadline-notices/${id}/seen`, {}, { from: '/admin' })).status, 303);
    assert.doesNotMatch((await clerk.get('/admin')).text, /答复期限发生了变化/);

    const again = await top.postForm(
      '/admin/calendar',
      {
        year: '2026',
        noticeTitle: '国务院办公厅关于2026年部分节假日安排的通知（更正测试）',
        noticeDate: '2025-11-04',
        days: CORRECTED_2026,
      },
      { from: '/admin/calendar' },
    );
    assert.match(again.text, /0 个日期的工作日属性发生变化，0 件/);
  });
});
