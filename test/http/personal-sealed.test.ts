// Personal data beyond ID numbers and phones is sealed at rest too: an applicant's e-mail address (on the case and on
// the queued receipt), the feedback box's name and contact. Nothing of them is readable in the database; lists show
// them masked; the handling staff see them whole.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

const EMAIL = 'wangwu.private@example.com';
const NAME = '欧阳小明';
const CONTACT = 'ouyang-wechat-7788';

describe(`${DIALECT}: e-mail addresses and the feedback box's name and contact are sealed`, () => {
  let s: TestServer;
  let a: { code: string };
  let clerk: Client, supervisorView: Client;
  let clerkId: number;
  before(async () => {
    s = await startTestServer();
    a = await buildAgency(s);
    const c = await buildStaff(s, a.code, ['clerk']);
    clerkId = c.id;
    clerk = new Client(s.url);
    await clerk.login(c.username, c.password);
    const r = await buildStaff(s, a.code, ['reviewer']);
    supervisorView = new Client(s.url);
    await supervisorView.login(r.username, r.password);
  });
  after(async () => {
    await s.close();
  });

  /** Every text cell of the tables that hold them, as the database has it. */
  async function everything(): Promise<string> {
    const out: string[] = [];
    for (const table of ['requests', 'feedback', 'outbox', 'audit_log'])
      out.push(JSON.stringify((await sql`select * from ${sql.table(table)}`.execute(s.db)).rows));
    return out.join('\n');
  }

  test('none of them is stored in clear, and the receipt still goes to the address', async () => {
    const citizen = new Client(s.url);
    const r = await citizen.json(`/api/v1/agencies/${a.code}/requests`, {
      method: 'POST',
      body: applicationInput({ email: EMAIL }),
    });
    assert.equal(r.status, 201);
    const page = await citizen.get(`/${a.code}/feedback`);
    const key = /name="key" value="([^"]+)"/.exec(page.text)![1]!;
    const f = await citizen.postForm(
      `/${a.code}/feedback`,
      { key, name: NAME, contact: CONTACT, subject: '意见', body: '希望公开更多信息。' },
      { from: `/${a.code}/feedback` },
    );
    assert.equal(f.status, 201);
    const stored = await everything();
    for (const clear of [EMAIL, 'wangwu.private', NAME, CONTACT])
      assert.ok(!stored.includes(clear), `${clear} is in the database in clear`);
    const { outboxIdle } = await import('../../src/outbox/runner.ts');
    await outboxIdle(s.db);
    const { readdirSync, readFileSync } = await import('node:fs');
    const sent = readdirSync(`${s.dataDir}/outbox`).map((file) => readFileSync(`${s.dataDir}/outbox/${file}`, 'utf8'));
    assert.ok(
      sent.some((m) => m.startsWith(`To: ${EMAIL}`)),
      'the receipt was addressed to the applicant',
    );
  });

  test('lists show them masked; the clerk who handles them sees them whole', async () => {
    const list = await supervisorView.get('/admin/feedback');
    assert.match(list.text, /欧阳\*\*/);
    assert.ok(!list.text.includes(NAME));
    const id = /href="\/admin\/feedback\/(\d+)"/.exec(list.text)![1]!;
    const asReviewer = await supervisorView.get(`/admin/feedback/${id}`);
    assert.ok(
      !asReviewer.text.includes(CONTACT) && !asReviewer.text.includes(NAME),
      'someone who does not answer feedback sees them masked',
    );
    const asClerk = await clerk.get(`/admin/feedback/${id}`);
    assert.ok(asClerk.text.includes(CONTACT) && asClerk.text.includes(NAME));
    const number = (await s.db.selectFrom('requests').select('number').executeTakeFirstOrThrow()).number;
    await s.db.updateTable('requests').set({ handler_user_id: clerkId }).execute(); // the clerk handles the case
    const cases = await clerk.get('/admin/requests');
    assert.ok(!cases.text.includes(EMAIL));
    const personal = await clerk.json(`/api/v1/staff/requests/${number}/personal`);
    assert.equal(personal.status, 200);
    assert.equal(personal.body.email, EMAIL);
  });
});
