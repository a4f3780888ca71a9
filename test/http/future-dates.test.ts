// Dates of things that have already happened cannot be after today: an appeal filed in 2030, a decision, a document,
// a training held or an accountability decision in the future are refused with a Chinese message and a 400, and
// nothing is written; today itself is accepted.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { chinaToday } from '../../src/time.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: dates in the future where the law makes them impossible`, () => {
  let s: TestServer;
  let clerk: Client, head: Client;
  const today = chinaToday(new Date());
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const as = async (roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, a.code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerk, head] = [await as(['clerk']), await as(['head'])];
  });
  after(async () => {
    await s.close();
  });

  test('an appeal filed in 2030 is refused; filed today it is recorded', async () => {
    const bad = await clerk.postForm(
      '/admin/appeals',
      {
        kind: 'reconsideration',
        procedure: 'ordinary',
        body: '示范县人民政府',
        applicant: '张某',
        filedOn: '2030-01-05',
      },
      { from: '/admin/appeals' },
    );
    assert.equal(bad.status, 400);
    assert.match(bad.text, /提出复议申请或起诉的日期不能晚于今天/);
    assert.ok(hasChinese(bad.text));
    assert.doesNotMatch((await clerk.get('/admin/appeals')).text, /2030-01-05/);
    const ok = await clerk.postForm(
      '/admin/appeals',
      { kind: 'reconsideration', procedure: 'ordinary', body: '示范县人民政府', applicant: '张某', filedOn: today },
      { from: '/admin/appeals' },
    );
    assert.equal(ok.status, 303);
    const url = ok.location!.split('?')[0]!;
    const version = /name="version" value="(\d+)"/.exec((await clerk.get(url)).text)![1]!;
    const decided = await clerk.postForm(
      `${url}/steps`,
      {
        version,
        acceptedOn: today,
        copyReceivedOn: '',
        answeredOn: '',
        extendedDays: '',
        decidedOn: '2030-02-01',
        decision: 'upheld',
      },
      { from: url },
    );
    assert.equal(decided.status, 400);
    assert.match(decided.text, /决定日期不能晚于今天/);
    const doc = await clerk.postForm(
      `${url}/documents`,
      { kind: '决定书', title: '行政复议决定书', dated: '2030-02-01', docNumber: '' },
      { from: url },
    );
    assert.equal(doc.status, 400);
    assert.match(doc.text, /文书日期不能晚于今天/);
  });

  test('a training held or an accountability decision taken in the future is refused', async () => {
    const training = await head.postForm(
      '/admin/supervision/training',
      { heldOn: '2030-03-15', topic: '政务公开培训', organiser: '本机关', attendees: '', attendeeUnits: '各科室' },
      { from: '/admin/supervision' },
    );
    assert.equal(training.status, 400);
    assert.match(training.text, /培训日期（记录已举办的培训）不能晚于今天/);
    const decision = await head.postForm(
      '/admin/supervision/accountability',
      { decidedOn: '2030-03-15', person: '某科室', matter: '逾期答复', outcome: '通报批评' },
      { from: '/admin/supervision' },
    );
    assert.equal(decision.status, 400);
    assert.match(decision.text, /追责决定日期不能晚于今天/);
    assert.doesNotMatch((await head.get('/admin/supervision')).text, /2030-03-15/);
  });
});
