// Supervision through the API: trainings and accountability recorded and listed (paged by cursor, ?year=), the 工作机制,
// an assessment round scored unit by unit, key tasks added and done — and the refusals of each.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { thisYear } from '../clock.ts';
import { DIALECT } from '../db.ts';
import { buildAgency } from '../factories.ts';
import { startTestServer, type TestServer } from './client.ts';
import { type ApiCaller, apiStaff, assertError } from './office-api.ts';

describe(`${DIALECT}: supervision through the API`, () => {
  let s: TestServer;
  let head: ApiCaller, clerk: ApiCaller, other: ApiCaller;
  const year = thisYear() - 1;
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s, { kind: 'county' });
    const b = await buildAgency(s);
    await buildAgency(s, { parent: a.code, name: '东和乡人民政府' });
    [head, clerk, other] = [
      await apiStaff(s, a.code, ['head']),
      await apiStaff(s, a.code, ['clerk']),
      await apiStaff(s, b.code, ['head']),
    ];
  });
  after(async () => {
    await s.close();
  });

  test('trainings are recorded and listed newest first, by cursor and by year; accountability is recorded', async () => {
    const days = [`${year - 1}-11-03`, `${year}-03-10`, `${year}-06-18`, `${year}-09-01`];
    for (const heldOn of days) {
      const r = await head.call('/api/v1/supervision/trainings', {
        heldOn,
        topic: `政府信息公开业务培训（${heldOn}）`,
        organiser: '县政务公开办',
        attendees: '35',
        attendeeUnits: '各乡镇、县直部门',
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.attendees, 35);
    }
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const r = await clerk.call(`/api/v1/supervision/trainings?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      seen.push(...r.body.items.map((t: { heldOn: string }) => t.heldOn));
      cursor = r.body.nextCursor;
    }
    assert.deepEqual(seen, [...days].reverse());
    const ofYear = await clerk.call(`/api/v1/supervision/trainings?year=${year}`);
    assert.equal(ofYear.body.items.length, 3);
    assert.equal((await other.call('/api/v1/supervision/trainings')).body.items.length, 0, 'another agency’s own');

    const decided = await head.call('/api/v1/supervision/accountability', {
      decidedOn: `${year}-05-06`,
      person: '某股室',
      matter: '逾期答复政府信息公开申请',
      outcome: '通报批评',
    });
    assert.equal(decided.status, 201, JSON.stringify(decided.body));
    assert.equal((await clerk.call('/api/v1/supervision/accountability')).body.items[0].outcome, '通报批评');

    assertError(
      await clerk.call('/api/v1/supervision/trainings', {
        heldOn: `${year}-01-02`,
        topic: '培训',
        organiser: '某',
        attendeeUnits: '某',
      }),
      403,
    );
    assertError(
      await head.call('/api/v1/supervision/trainings', {
        heldOn: `${year}-02-30`,
        topic: '',
        organiser: '某',
        attendeeUnits: '某',
      }),
      400,
      'heldOn',
    );
    assertError(await head.call('/api/v1/supervision/trainings?cursor=%%%'), 400, 'cursor');
  });

  test('the 工作机制: a responsibility and a rule recorded', async () => {
    const people = await head.call('/api/v1/supervision/mechanism/people', {
      duty: 'principal',
      person: '王某',
      post: '副县长',
      since: `${year}-01-01`,
    });
    assert.equal(people.status, 201, JSON.stringify(people.body));
    assert.equal(people.body.people[0].person, '王某');
    const rules = await head.call('/api/v1/supervision/mechanism/rules', {
      title: '政府信息公开保密审查制度',
      adoptedOn: `${year}-02-01`,
      summary: '公开前逐条进行保密审查。',
    });
    assert.equal(rules.status, 201, JSON.stringify(rules.body));
    assert.equal(rules.body.rules[0].version, 1);
    assertError(
      await head.call('/api/v1/supervision/mechanism/people', {
        duty: 'boss',
        person: '王某',
        post: '某',
        since: `${year}-01-01`,
      }),
      400,
      'duty',
    );
  });

  test('an assessment round is opened, each unit scored and ranked; its page lists the figures of the units below', async () => {
    const round = await head.call('/api/v1/supervision/assessments', {
      year,
      title: `${year}年度政务公开工作考核`,
      items: '栏目按时更新 40\n依申请按期答复 40\n培训参与 20',
      useAnnual: 'yes',
    });
    assert.equal(round.status, 201, JSON.stringify(round.body));
    assert.equal(round.body.items.length, 3);
    assert.ok(round.body.figures.some((f: { name: string }) => f.name === '东和乡人民政府'));
    const id = round.body.id as number;
    const one = await head.call(`/api/v1/supervision/assessments/${id}/results`, {
      unit: '东和乡人民政府',
      scores: ['35', '40', '18.5'],
    });
    assert.equal(one.status, 200, JSON.stringify(one.body));
    assert.equal(one.body.results[0].total, 93.5);
    assertError(
      await head.call(`/api/v1/supervision/assessments/${id}/results`, { unit: '南和乡', scores: ['41', '40', '20'] }),
      400,
    );
    assertError(await clerk.call(`/api/v1/supervision/assessments/${id}/results`, { unit: '某', scores: ['1'] }), 403);
    assertError(await other.call(`/api/v1/supervision/assessments/${id}`), 404);
    const list = await clerk.call('/api/v1/supervision/assessments');
    assert.equal(list.body.items[0].units, 1);
    assertError(
      await head.call('/api/v1/supervision/assessments', { year: 'abc', title: 'x', items: '没有分值' }),
      400,
      'year',
    );
  });

  test('key tasks are added, listed by due date with their status, and marked done', async () => {
    for (const dueOn of [`${year}-12-31`, `${year}-06-30`]) {
      const r = await head.call('/api/v1/supervision/tasks', {
        year,
        source: '省政务公开工作要点',
        task: `完成基层政务公开标准目录（${dueOn}）`,
        owner: '县政务公开办',
        dueOn,
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      assert.equal(r.body.status, 'overdue', 'a past due date undone');
    }
    const list = await clerk.call(`/api/v1/supervision/tasks?year=${year}&limit=1`);
    assert.equal(list.body.items[0].dueOn, `${year}-06-30`);
    assert.ok(list.body.nextCursor);
    const id = list.body.items[0].id as number;
    const done = await head.call(`/api/v1/supervision/tasks/${id}/done`, { doneOn: `${year}-06-28`, note: '已印发' });
    assert.equal(done.status, 200, JSON.stringify(done.body));
    assert.equal(done.body.statusLabel, '已完成');
    assertError(await other.call(`/api/v1/supervision/tasks/${id}/done`, { doneOn: `${year}-06-28` }), 404);
    assertError(await head.call(`/api/v1/supervision/tasks/${id}/done`, { doneOn: 'soon' }), 400, 'doneOn');
  });
});
