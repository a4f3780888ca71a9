// Mail that did not go out is listed for the agency's handlers (addresses masked, the server's answer shown) and a
// failed message can be sent again: queued with a fresh round of attempts, delivered, audited. Another agency's clerk
// neither sees it nor can retry it; retrying a message that is not failed is a Chinese 409.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { outboxIdle } from '../../src/outbox/runner.ts';
import { enqueue, findByKey, markFailed } from '../../src/outbox/store.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: mail that did not go out`, () => {
  let s: TestServer;
  let clerkA: Client, clerkB: Client, headA: Client;
  let failedId: number;
  before(async () => {
    s = await startTestServer();
    const [a, b] = [await buildAgency(s), await buildAgency(s)];
    const login = async (code: string, role: 'clerk' | 'head' = 'clerk') => {
      const u = await buildStaff(s, code, [role]);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerkA, clerkB, headA] = [await login(a.code), await login(b.code), await login(a.code, 'head')];
    const now = s.config.clock().toISOString();
    for (const [key, recipient, final] of [
      ['mail-test-failed', 'zhangsan.applicant@example.cn', true],
      ['mail-test-waiting', 'lisi@example.cn', false],
    ] as const) {
      await enqueue(s.db, {
        agencyId: a.id,
        dedupeKey: key,
        recipient,
        subject: `申请回执 ${key}`,
        body: '您的申请已收到。',
        now,
      });
      const m = (await findByKey(s.db, { kind: 'system' }, key))!;
      await markFailed(s.db, m.id, {
        error: '550 5.1.1 mailbox unavailable',
        nextAttemptAt: new Date(s.config.clock().getTime() + 60_000).toISOString(),
        final,
      });
      if (final) failedId = m.id;
    }
  });
  after(async () => {
    await s.close();
  });

  test('the agency’s clerk sees both messages, masked, with the server’s answer; only the failed one has a button', async () => {
    const list = await clerkA.get('/admin/requests');
    assert.match(list.text, /href="\/admin\/requests\/mail"/);
    const page = await clerkA.get('/admin/requests/mail');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes('z***@example.cn') && page.text.includes('l***@example.cn'));
    assert.ok(!page.text.includes('zhangsan.applicant@'), 'the address is masked');
    assert.match(page.text, /550 5\.1\.1 mailbox unavailable/);
    assert.match(page.text, /发送失败（已停止重试）/);
    assert.match(page.text, /等待重试/);
    assert.equal(page.text.match(/\/retry"/g)?.length, 1);
  });

  test('another agency’s clerk sees none of it and cannot retry it', async () => {
    const page = await clerkB.get('/admin/requests/mail');
    assert.equal(page.status, 200);
    assert.ok(!page.text.includes('example.cn'));
    const r = await clerkB.postForm(`/admin/requests/mail/${failedId}/retry`, {}, { from: '/admin/requests/mail' });
    assert.equal(r.status, 404);
    assert.equal((await findByKey(s.db, { kind: 'system' }, 'mail-test-failed'))!.state, 'failed');
  });

  test('a member of the agency who does not handle requests (the head) may not send it again', async () => {
    const r = await headA.postForm(`/admin/requests/mail/${failedId}/retry`, {}, { from: '/admin' });
    assert.equal(r.status, 403);
    assert.equal((await findByKey(s.db, { kind: 'system' }, 'mail-test-failed'))!.state, 'failed');
  });

  test('重新发送 queues it with fresh attempts, it is delivered, and the retry is audited with the address masked', async () => {
    const r = await clerkA.postForm(`/admin/requests/mail/${failedId}/retry`, {}, { from: '/admin/requests/mail' });
    assert.equal(r.status, 303);
    assert.equal(r.location, '/admin/requests/mail?ok=retried');
    await outboxIdle(s.db);
    const m = (await findByKey(s.db, { kind: 'system' }, 'mail-test-failed'))!;
    assert.equal(m.state, 'sent');
    assert.equal(m.attempts, 1, 'a fresh round: the earlier attempts no longer count');
    const audit = await s.db
      .selectFrom('audit_log')
      .select(['summary', 'object_id'])
      .where('action', '=', 'outbox.retry')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.object_id, String(failedId));
    assert.ok(audit[0]!.summary.includes('z***@example.cn') && !audit[0]!.summary.includes('zhangsan'));
  });

  test('retrying a message that is not failed any more is refused with a Chinese 409', async () => {
    const r = await clerkA.postForm(`/admin/requests/mail/${failedId}/retry`, {}, { from: '/admin/requests' });
    assert.equal(r.status, 409);
    assert.ok(hasChinese(r.text) && r.text.includes('无需重新发送'));
  });
});
