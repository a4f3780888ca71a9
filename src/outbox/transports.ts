// How a queued message leaves: dropped as a file under <data>/outbox/ (the default; an operator or a mail relay picks
// it up), or sent through the SMTP server named by GONGKAI_SMTP_URL. Internal notes addressed to a person rather than an
// e-mail address (reminders to 承办人) always go to the folder.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { MailFile } from './attachments.ts';
import type { OutboxMessage } from './store.ts';

export type Transport = { send(m: OutboxMessage, files?: readonly MailFile[]): Promise<void>; close(): void };

/** A failure that another attempt cannot cure (a rejected address): the message is marked failed at once. */
export class PermanentMailError extends Error {}

const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/;

export function openTransport(config: Pick<Config, 'dataDir' | 'mail'>): Transport {
  const files = fileTransport(path.join(config.dataDir, 'outbox'));
  if (config.mail.kind === 'file') return files;
  const smtp = smtpTransport(config.mail.url, config.mail.from);
  return {
    send: (m, f) => (EMAIL.test(m.recipient) ? smtp.send(m, f) : files.send(m, f)),
    close: () => smtp.close(),
  };
}

function fileTransport(dir: string): Transport {
  let made: Promise<unknown> | undefined;
  return {
    async send(m, attached = []) {
      await (made ??= mkdir(dir, { recursive: true, mode: 0o700 }));
      const file = path.join(dir, `${String(m.id).padStart(8, '0')}-${m.dedupeKey.replace(/[^\w-]/g, '_')}.eml`);
      const subject = `=?UTF-8?B?${Buffer.from(m.subject).toString('base64')}?=`;
      // With an attachment, the whole MIME message as an SMTP server would get it (multipart, the PDF in base64).
      const text = attached.length
        ? await composeMime(m, attached)
        : `To: ${m.recipient}\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${m.body}\r\n`;
      // Off the event loop (the file system's threads), readable by the owner only: it holds the applicant's address.
      // A file already there is this message, written by an attempt that died before marking it sent: delivered.
      await writeFile(file, text, { flag: 'wx', mode: 0o600 }).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'EEXIST') throw err;
      });
    },
    close() {},
  };
}

function smtpTransport(url: string, from: string): Transport {
  // Short timeouts: an unreachable server costs a sender seconds, not the two minutes of nodemailer's defaults.
  const t = nodemailer.createTransport({
    url,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    async send(m, attached = []) {
      try {
        await t.sendMail({
          from,
          to: m.recipient,
          subject: m.subject,
          text: m.body,
          attachments: attached.map((f) => ({ ...f })),
          headers: { 'X-Gongkai-Message': m.dedupeKey },
        });
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        if (code && code >= 500 && code < 600) throw new PermanentMailError(`SMTP ${code}: ${(err as Error).message}`);
        throw err;
      }
    },
    close: () => t.close(),
  };
}

/** The message in MIME (RFC 2045), built by nodemailer's stream transport: what the folder keeps of a mail with files. */
async function composeMime(m: OutboxMessage, attached: readonly MailFile[]): Promise<Buffer> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await composer.sendMail({
    to: m.recipient,
    subject: m.subject,
    text: m.body,
    attachments: attached.map((f) => ({ ...f })),
    headers: { 'X-Gongkai-Message': m.dedupeKey },
  });
  return info.message as Buffer;
}
