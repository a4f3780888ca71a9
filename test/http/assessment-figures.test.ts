// An assessment of subordinate agencies shows, beside the scoring form, the figures gongkai keeps for each of them.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: assessment figures from the platform`, () => {
  let s: TestServer;
  let head: Client, townClerk: Client;
  let town: { code: string; name: string };
  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { kind: 'county' });
    town = await buildAgency(s, { parent: county.code });
    const login = async (code: string, roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [head, townClerk] = [await login(county.code, ['head']), await login(town.code, ['clerk'])];
  });
  after(async () => {
    await s.close();
  });

  test('the round page lists each subordinate with its overdue requests, and the new-round form suggests a sheet', async () => {
    const csrf = await townClerk.csrf('/admin');
    const reg = await townClerk.json(`/api/v1/agencies/${town.code}/requests/registrations`, {
      method: 'POST',
      headers: { 'x-csrf-token': csrf },
      body: { application: applicationInput(), channel: 'in_person', receivedOn: '2026-01-05', evidence: '当面签收' },
    });
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    const form = await head.get('/admin/supervision/assessments');
    assert.match(form.text, /栏目按时更新（按栏目监测/);
    const r = await head.postForm(
      '/admin/supervision/assessments',
      { year: '2026', title: '2026年度乡镇政务公开考核', items: '栏目按时更新 50\n依申请按期答复 50' },
      { from: '/admin/supervision/assessments' },
    );
    assert.equal(r.status, 303);
    const page = await head.get(r.location!.split('?')[0]!);
    const row = new RegExp(
      `<tr><td>${town.name}</td><td>\\d+</td><td>\\d+</td><td>\\d+</td><td>[^<]*</td><td>1</td><td>0</td></tr>`,
    );
    assert.match(page.text, row, 'the town has one overdue request');
  });
});
