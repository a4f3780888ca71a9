// The 意见箱 through the API: a citizen's feedback submitted publicly (rate-limited like the portal's form), tracked by
// its code, listed and read by staff (contacts masked unless the reader answers feedback), answered, shown publicly.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { buildAgency } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';
import { type ApiCaller, apiStaff, assertError } from './office-api.ts';

describe(`${DIALECT}: the feedback box through the API`, () => {
  let s: TestServer;
  let code = '';
  let clerk: ApiCaller, reviewer: ApiCaller, head: ApiCaller, admin: ApiCaller, other: ApiCaller;
  before(async () => {
    s = await startTestServer();
    const a = await buildAgency(s);
    const b = await buildAgency(s);
    code = a.code;
    [clerk, reviewer, head, admin, other] = [
      await apiStaff(s, a.code, ['clerk']),
      await apiStaff(s, a.code, ['reviewer']),
      await apiStaff(s, a.code, ['head']),
      await apiStaff(s, a.code, ['admin']),
      await apiStaff(s, b.code, ['clerk']),
    ];
  });
  after(async () => {
    await s.close();
  });
  const submit = (body: Record<string, unknown>) =>
    new Client(s.url).json(`/api/v1/agencies/${code}/feedback`, {
      method: 'POST',
      body: { key: randomBytes(12).toString('base64url'), ...body },
    });

  test('submitted publicly, tracked by code, answered by staff and shown publicly; refusals on the way', async () => {
    const key = randomBytes(12).toString('base64url');
    const fields = {
      key,
      name: '李四',
      contact: '13912345678',
      subject: '建议公开村务开支',
      body: '希望每季度公开各村的开支明细。',
      wantsPublic: 'yes',
    };
    const sent = await new Client(s.url).json(`/api/v1/agencies/${code}/feedback`, { method: 'POST', body: fields });
    assert.equal(sent.status, 201, JSON.stringify(sent.body));
    assert.match(sent.body.code, /^[A-Z2-9]{12}$/);
    assert.equal(sent.body.duplicate, false);
    const again = await new Client(s.url).json(`/api/v1/agencies/${code}/feedback`, { method: 'POST', body: fields });
    assert.deepEqual([again.body.code, again.body.duplicate], [sent.body.code, true], 'the same key, the same code');

    const list = await clerk.call('/api/v1/feedback?status=received');
    assert.equal(list.status, 200, JSON.stringify(list.body));
    const item = list.body.items.find((f: { subject: string }) => f.subject === fields.subject);
    assert.ok(item);
    assert.notEqual(item.contact, fields.contact, 'lists mask the contact');
    assert.equal((await clerk.call(`/api/v1/feedback/${item.id}`)).body.contact, fields.contact, 'the one who answers');
    assert.notEqual(
      (await admin.call(`/api/v1/feedback/${item.id}`)).body.contact,
      fields.contact,
      'masked for others',
    );

    assertError(await clerk.call(`/api/v1/feedback/${item.id}/publish`, { publish: true }), 403);
    assertError(await reviewer.call(`/api/v1/feedback/${item.id}/publish`, { publish: true }), 409); // not answered yet
    assertError(await admin.call(`/api/v1/feedback/${item.id}/reply`, { reply: '已答复', version: 1 }), 403);
    assertError(await other.call(`/api/v1/feedback/${item.id}`), 404);
    assertError(await other.call(`/api/v1/feedback/${item.id}/reply`, { reply: '已答复', version: 1 }), 404);
    assertError(
      await clerk.call(`/api/v1/feedback/${item.id}/reply`, { reply: '', version: item.version }),
      400,
      'reply',
    );

    const answered = await clerk.call(`/api/v1/feedback/${item.id}/reply`, {
      reply: '感谢建议，自下季度起公开各村开支。',
      version: item.version,
    });
    assert.equal(answered.status, 200, JSON.stringify(answered.body));
    assert.equal(answered.body.status, 'replied');
    assertError(
      await clerk.call(`/api/v1/feedback/${item.id}/reply`, { reply: '再次答复', version: item.version }),
      409,
    );
    const shown = await head.call(`/api/v1/feedback/${item.id}/publish`, { publish: true });
    assert.equal(shown.status, 200, JSON.stringify(shown.body));
    assert.equal(shown.body.published, true);
    assert.match((await new Client(s.url).get(`/${code}/feedback`)).text, /自下季度起公开各村开支/);

    const tracked = await new Client(s.url).json(`/api/v1/agencies/${code}/feedback/track`, {
      method: 'POST',
      body: { code: sent.body.code },
    });
    assert.equal(tracked.status, 200, JSON.stringify(tracked.body));
    assert.equal(tracked.body.reply, '感谢建议，自下季度起公开各村开支。');
    assertError(
      await new Client(s.url).json(`/api/v1/agencies/${code}/feedback/track`, {
        method: 'POST',
        body: { code: 'ABCDEFGHJKLM' },
      }),
      404,
    );
    const audit = await s.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_type', '=', 'feedback')
      .where('object_id', '=', String(item.id))
      .execute();
    assert.deepEqual(
      audit.map((r) => r.action),
      ['feedback.received', 'feedback.replied', 'feedback.published'],
    );
  });

  test('bad input is a Chinese 400 on its field; the public form is rate-limited as the portal’s is', async () => {
    assertError(await submit({ subject: '短', body: '希望公开。' }), 400, 'subject');
    assertError(await submit({ subject: '关于路灯', body: '好' }), 400, 'body');
    assertError(await clerk.call('/api/v1/feedback?status=open'), 400, 'status');
    // Five a visitor may send in ten minutes (the two above and the two of the test before count).
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await submit({ subject: '关于路灯', body: '希望修好路灯。' })).status);
    assert.deepEqual(statuses, [201, 429]);
    assertError(await submit({ subject: '关于路灯', body: '希望修好路灯。' }), 429);
  });

  test('the staff list pages by cursor in the inbox’s order', async () => {
    const seen: number[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const r = await clerk.call(`/api/v1/feedback?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      assert.equal(r.status, 200);
      seen.push(...r.body.items.map((f: { id: number }) => f.id));
      cursor = r.body.nextCursor;
    }
    const all = await clerk.call('/api/v1/feedback?limit=100');
    assert.deepEqual(
      seen,
      all.body.items.map((f: { id: number }) => f.id),
    );
    assert.ok(seen.length >= 2);
    assert.equal((await other.call('/api/v1/feedback')).body.items.length, 0);
  });
});
