// The case list beyond its first page: 50 cases a page with working 上一页/下一页 links, and the dashboard's counts see
// every open case however many newer ones there are (the list used to read only the newest 500, so an old overdue
// case behind them was neither counted nor reminded).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { makeCtx } from '../../src/context.ts';
import { caseCounts, listOpenCases } from '../../src/requests/list-cases.ts';
import { Application } from '../../src/requests/form.ts';
import { submitApplication } from '../../src/requests/submit.ts';
import { staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: the case list past its first page`, () => {
  let s: TestServer;
  let clerk: Client;
  let oldNumber = '';
  const NEWER = 505;
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const ctx = await staffCtx(s, a, ['clerk'], new Date('2026-11-20T02:00:00Z'));
    const input = Application.parse(applicationInput());
    // One case received long ago and never answered (overdue), then many newer ones received today: open, not yet due.
    oldNumber = (
      await submitApplication(ctx, a.code, input, {
        channel: 'in_person',
        receivedOn: '2026-01-05',
        evidence: '窗口当面签收',
      } as never)
    ).number;
    for (let i = 0; i < NEWER; i++)
      await submitApplication(ctx, a.code, input, {
        channel: 'in_person',
        receivedOn: '2026-11-20',
        evidence: '窗口当面签收',
      } as never);
    const u = await buildStaff(s, a.code, ['clerk']);
    clerk = new Client(s.url);
    await clerk.login(u.username, u.password);
  });
  after(async () => {
    await s.close();
  });

  test('the old overdue case is counted and listed among the open ones, behind 505 newer cases', async () => {
    const system = makeCtx({ ...s, now: new Date('2026-11-20T02:00:00Z') }, { kind: 'system', label: 'test' });
    const open = await listOpenCases(system);
    assert.equal(open.length, NEWER + 1);
    assert.ok(open.some((i) => i.c.number === oldNumber && i.clock.overdue));
    const n = await caseCounts(system);
    assert.equal(n.overdue, 1);
    assert.equal(
      Object.values(n.byState).reduce((x, y) => x + y, 0),
      NEWER + 1,
    );
  });

  test('50 cases a page; the last page holds the oldest case; the pager keeps the filter', async () => {
    const rows = (text: string) => text.match(/<tr><td><a href="\/admin\/requests\/\d+">/g)?.length ?? 0;
    const first = await clerk.get('/admin/requests');
    assert.equal(rows(first.text), 50);
    assert.match(first.text, new RegExp(`共 ${NEWER + 1} 件，第 1 / 11 页`));
    assert.match(first.text, /href="\/admin\/requests\?page=2" rel="next"/);
    const last = await clerk.get('/admin/requests?page=11');
    assert.equal(rows(last.text), 6);
    assert.ok(last.text.includes(oldNumber));
    assert.match(last.text, /rel="prev"/);
    const filtered = await clerk.get('/admin/requests?state=received&page=2');
    assert.match(filtered.text, /href="\/admin\/requests\?state=received&amp;page=3" rel="next"/);
    const beyond = await clerk.get('/admin/requests?page=999');
    assert.match(beyond.text, /第 11 \/ 11 页/, 'a page past the end shows the last one');
  });
});
