// Reading the outbox folder as a recipient would: each .eml file's subject, text and PDF attachments decoded, and a
// PDF's text read with pdftotext (poppler-utils), so tests check what the applicant actually opens.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

export type Mail = { file: string; to: string; subject: string; text: string; pdfs: { name: string; data: Buffer }[] };

/** Every message written to `<dataDir>/outbox`, oldest first. */
export function outboxMails(dataDir: string): Mail[] {
  const dir = path.join(dataDir, 'outbox');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml'))
    .sort()
    .map((f) => ({ file: f, ...parseEml(readFileSync(path.join(dir, f), 'latin1')) }));
}

function parseEml(raw: string): Omit<Mail, 'file'> {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = unfold(head);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  const parts = boundary
    ? raw
        .split(`--${boundary}`)
        .slice(1, -1)
        .map((p) => {
          const [h = '', ...b] = p.replace(/^\r?\n/, '').split(/\r?\n\r?\n/);
          return { headers: unfold(h), body: b.join('\r\n\r\n') };
        })
    : [{ headers, body: rest.join('\r\n\r\n') }];
  const text = parts.find((p) => (p.headers.get('content-type') ?? 'text/plain').startsWith('text/plain'));
  return {
    to: decodeWords(headers.get('to') ?? ''),
    subject: decodeWords(headers.get('subject') ?? ''),
    text: text ? decodeBody(text.headers, text.body).toString('utf8') : '',
    pdfs: parts
      .filter((p) => (p.headers.get('content-type') ?? '').startsWith('application/pdf'))
      .map((p) => ({
        name: filename(p.headers.get('content-disposition') ?? ''),
        data: decodeBody(p.headers, p.body),
      })),
  };
}

/** The attachment's name: RFC 2231 pieces (filename*0*=utf-8''…; filename*1*=…) or a plain filename="…". */
function filename(disposition: string): string {
  const pieces = [...disposition.matchAll(/filename\*(\d+)\*?="?([^";]+)"?/gi)].map((m) => m[2]!.trim());
  if (pieces.length) return decodeURIComponent(pieces.join('').replace(/^utf-8''/i, ''));
  return decodeWords(/filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? '');
}

function unfold(head: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return out;
}

function decodeBody(headers: Map<string, string>, body: string): Buffer {
  const enc = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (enc === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1');
  }
  return Buffer.from(body, 'latin1');
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), percent-encoded RFC 2231 names. */
function decodeWords(s: string): string {
  const words = s.replace(/\?=\s+=\?/g, '?==?');
  const decoded = words.replace(/=\?utf-8\?([BQ])\?([^?]*)\?=/gi, (_m, kind: string, v: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(v, 'base64').toString('latin1')
      : v.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
  );
  const bytes = Buffer.from(decoded, 'latin1').toString('utf8');
  return /%[0-9A-F]{2}/i.test(bytes) ? decodeURIComponent(bytes) : bytes;
}

/** The text of a PDF as pdftotext reads it, whitespace removed (CJK text comes out spaced). */
export async function pdfText(pdf: Buffer): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'gk-pdf-'));
  try {
    const file = path.join(dir, 'letter.pdf');
    await writeFile(file, pdf);
    const { stdout } = await promisify(execFile)('pdftotext', [file, '-']);
    return stdout.replace(/\s+/g, '');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
