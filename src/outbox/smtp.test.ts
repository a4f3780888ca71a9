// SMTP delivery against a real SMTP server (smtp-server on 127.0.0.1, a free port) and a real database: the citizen's
// receipt arrives with its 编号 and Chinese text, never the 查询码; a server that is down leaves the receipt queued with
// its error, the submission unharmed, and a later attempt delivers it.
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { loadConfig } from '../config.ts';
import { type Log, makeCtx } from '../context.ts';
import { parseInput } from '../input.ts';
import { Application } from '../requests/form.ts';
import { submitApplication } from '../requests/submit.ts';
import { DIALECT, createTestDb, type TestDb } from '../../test/db.ts';
import { applicationInput, buildAgency } from '../../test/factories.ts';
import { deliverOutbox, retryPauseMs } from './deliver.ts';
import { outboxIdle } from './runner.ts';
import { findByKey } from './store.ts';
import { testClock } from '../../test/clock.ts';

type Received = { to: string[]; raw: string };

/** A real SMTP server on loopback; `port` reuses a port (to bring a "down" server back). */
async function startSmtp(received: Received[], port = 0, reject?: string): Promise<SMTPServer & { port: number }> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _s, cb) {
      if (address.address === reject) return cb(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      cb();
    },
    onData(stream, session, cb) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return Object.assign(server, { port: (server.server.address() as AddressInfo).port });
}
const stopSmtp = (s: SMTPServer) => new Promise<void>((resolve) => s.close(() => resolve()));

/** The decoded subject and text body of a single-part message as nodemailer writes it (RFC 2047 words, QP or base64). */
function decode(raw: string): { subject: string; body: string } {
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const unfolded = head.replace(/\r\n[ \t]+/g, ' ');
  const subjectLine = /^Subject: (.*)$/m.exec(unfolded)?.[1] ?? '';
  const subject = subjectLine.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
  );
  const encoding = /^Content-Transfer-Encoding: (.*)$/im.exec(unfolded)?.[1]?.trim().toLowerCase();
  const text = rest.join('\r\n\r\n');
  const body =
    encoding === 'base64'
      ? Buffer.from(text, 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? qp(text.replace(/=\r\n/g, ''))
        : text;
  return { subject, body };
}
function qp(s: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '=' && /^[0-9A-F]{2}$/i.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

describe(`${DIALECT}: outgoing mail through SMTP`, () => {
  let t: TestDb;
  const lines: unknown[] = [];
  const log: Log = {
    info: (o) => lines.push(o),
    warn: (o, m) => lines.push([o, m]),
    error: (o, m) => lines.push([o, m]),
  };
  before(async () => {
    t = await createTestDb();
  });
  after(async () => {
    await t.close();
  });
  const smtpConfig = (port: number) =>
    loadConfig({ ...t.env, GONGKAI_SMTP_URL: `smtp://127.0.0.1:${port}`, GONGKAI_MAIL_FROM: 'gongkai@example.gov.cn' });
  const submit = async (port: number, o: Record<string, string> = {}, now = testClock()) => {
    const agency = await buildAgency(t, { name: '东和乡人民政府' });
    const deps = { db: t.db, config: smtpConfig(port), log, now };
    return {
      agency,
      deps,
      r: await submitApplication(
        makeCtx(deps, { kind: 'public' }),
        agency.code,
        parseInput(Application, applicationInput(o)),
      ),
    };
  };

  test('the receipt e-mail reaches the SMTP server: recipient, subject, Chinese body with the 编号, no 查询码 anywhere', async () => {
    const received: Received[] = [];
    const smtp = await startSmtp(received);
    try {
      const { r } = await submit(smtp.port);
      await outboxIdle(t.db);
      assert.equal(received.length, 1);
      assert.deepEqual(received[0]!.to, ['zhangsan@example.com']);
      const { subject, body } = decode(received[0]!.raw);
      assert.equal(subject, `【东和乡人民政府】已收到您的政府信息公开申请 ${r.number}`);
      assert.match(body, /东和乡人民政府已于 \d{4}-\d{2}-\d{2} 收到您的政府信息公开申请/);
      assert.ok(body.includes(r.number));
      assert.ok(!received[0]!.raw.includes(r.code) && !body.includes(r.code), 'the 查询码 never travels by e-mail');
      assert.match(received[0]!.raw, /^From: gongkai@example\.gov\.cn/m);
      const row = await findByKey(t.db, { kind: 'system' }, `receipt:${r.number}`);
      assert.equal(row?.state, 'sent');
      assert.equal(row?.attempts, 1);
      assert.ok(!JSON.stringify(lines).includes(r.code));
    } finally {
      await stopSmtp(smtp);
    }
  });

  test('with the SMTP server down the submission still succeeds; the receipt stays queued with its error and a retry delivers it', async () => {
    const probe = await startSmtp([]);
    const port = probe.port;
    await stopSmtp(probe); // nothing listens on this port now
    const submittedAt = testClock();
    const { r } = await submit(port, {}, submittedAt);
    assert.match(r.number, /\S/);
    await outboxIdle(t.db);
    const queued = await findByKey(t.db, { kind: 'system' }, `receipt:${r.number}`);
    assert.equal(queued?.state, 'queued');
    assert.equal(queued?.attempts, 1);
    assert.match(queued?.lastError ?? '', /ECONNREFUSED/);
    assert.equal(queued?.nextAttemptAt, new Date(submittedAt.getTime() + retryPauseMs(1)).toISOString());
    const logged = JSON.stringify(lines);
    assert.ok(
      logged.includes('ECONNREFUSED') && !logged.includes(r.code) && !logged.includes('zhangsan@example.com'),
      'the failure is logged without the 查询码 or the address',
    );

    const received: Received[] = [];
    const smtp = await startSmtp(received, port);
    try {
      assert.equal(await deliverOutbox(t.db, smtpConfig(port), submittedAt), 0, 'not before the pause is over');
      const later = new Date(submittedAt.getTime() + retryPauseMs(1) + 1000);
      assert.equal(await deliverOutbox(t.db, smtpConfig(port), later), 1);
      assert.equal(received.length, 1);
      assert.ok(decode(received[0]!.raw).body.includes(r.number));
      const sent = await findByKey(t.db, { kind: 'system' }, `receipt:${r.number}`);
      assert.equal(sent?.state, 'sent');
      assert.equal(sent?.attempts, 2);
      assert.equal(
        await deliverOutbox(t.db, smtpConfig(port), new Date(later.getTime() + 3_600_000)),
        0,
        'never sent twice',
      );
    } finally {
      await stopSmtp(smtp);
    }
  });

  test('an address the server refuses (550) is marked failed at once, not retried', async () => {
    const smtp = await startSmtp([], 0, 'nobody@example.com');
    try {
      const { r } = await submit(smtp.port, { email: 'nobody@example.com' });
      await outboxIdle(t.db);
      const row = await findByKey(t.db, { kind: 'system' }, `receipt:${r.number}`);
      assert.equal(row?.state, 'failed');
      assert.match(row?.lastError ?? '', /550/);
      assert.ok(!(row?.lastError ?? '').includes('nobody@example.com'), 'the recorded error masks the address');
    } finally {
      await stopSmtp(smtp);
    }
  });
});
