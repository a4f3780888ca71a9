// The hostile-input corpus (test/http/hostile.test.ts sends it to every route): what an attacker or a broken client
// sends. Text to put in fields and in the URL, and whole bodies with their content types.
import { createDeflateRaw } from 'node:zlib';

/** Values for form fields, JSON fields, query strings and path parameters. */
export const HOSTILE_TEXT: readonly string[] = [
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  "' OR '1'='1' --",
  "'; drop table requests; --",
  '1 union select password_hash from users',
  '../../../../etc/passwd',
  '..%2f..%2f..%2fetc%2fpasswd',
  'C:\\Windows\\win.ini',
  'a\u0000b',
  '\u202etxt.exe',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, sent literally
  '{{7*7}}${7*7}<%= 7*7 %>',
  '__proto__',
  '-1',
  '99999999999999999999999',
  '长'.repeat(20_000),
  '😀🚀'.repeat(2_000),
  '',
];

export type Body = { name: string; type?: string; body: Buffer | string };

/** `size` zeros deflated, a megabyte at a time (never held whole): about a thousandth of the size. */
async function deflatedZeros(size: number): Promise<Buffer> {
  const z = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  z.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => z.on('end', resolve));
  const mb = Buffer.alloc(1024 * 1024);
  for (let left = size; left > 0; left -= mb.length)
    if (!z.write(left >= mb.length ? mb : mb.subarray(0, left))) await new Promise((r) => z.once('drain', r));
  z.end();
  await done;
  return Buffer.concat(out);
}

/**
 * A ZIP holding `name` deflated from `size` zeros: a few hundred kilobytes that inflate to `size` bytes. `claim` is the
 * size its directory states (a lying bomb states a small one).
 */
export async function zipBomb(name: string, size: number, claim = size): Promise<Buffer> {
  const data = await deflatedZeros(size);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(claim, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(claim, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const dirStart = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(dirStart, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

function multipart(
  boundary: string,
  parts: Array<{ name: string; filename?: string; type?: string; data: Buffer | string }>,
): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${p.filename !== undefined ? `; filename="${p.filename}"` : ''}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`,
      ),
    );
    chunks.push(Buffer.isBuffer(p.data) ? p.data : Buffer.from(p.data));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The file fields the routes take: `file` (catalogue, appeals), `files` (the report checker), `idCopy` (applications). */
const FILE_FIELDS = ['file', 'files', 'idCopy'] as const;

/** Whole bodies; `{csrf}` in a body is replaced by the sender's token, so that bodies reach the handlers too. */
export async function hostileBodies(): Promise<Body[]> {
  const deep = '['.repeat(100_000) + ']'.repeat(100_000);
  const short = HOSTILE_TEXT.filter((v) => v.length < 1000);
  const names = [
    'name',
    'subject',
    'body',
    'title',
    'username',
    'password',
    'reply',
    'code',
    'number',
    'q',
    'year',
    'version',
    'kind',
    'event',
    'roles',
    'next',
    'current',
    'confirm',
    'key',
    'reason',
  ];
  // Every field gets a hostile value; rotating them over the fields, four bodies carry every value in every field.
  const fields = (shift: number) =>
    Object.fromEntries(names.map((k, i) => [k, short[(i + shift * 5) % short.length]!]));
  // 128 MB inflated (twice any ceiling), about 128 KB sent.
  const bomb = await zipBomb('word/document.xml', 128 * 1024 * 1024);
  const liar = await zipBomb('word/document.xml', 128 * 1024 * 1024, 4096);
  const zip = await zipBomb('2025年报告.txt', 128 * 1024 * 1024);
  const sheet = await zipBomb('xl/workbook.xml', 128 * 1024 * 1024, 4096);
  const lying: Array<[string, string, Buffer, string]> = [
    [
      'HTML posing as PNG',
      'photo.png',
      Buffer.concat([PNG, Buffer.from('<html><script>alert(1)</script></html>')]),
      'image/png',
    ],
    ['a program named .pdf', 'report.pdf', Buffer.from('MZ\x90\x00 not a pdf'), 'application/pdf'],
    ['a traversal file name', '../../../../tmp/owned.pdf', Buffer.from('%PDF-1.4\n%%EOF'), 'application/pdf'],
    [
      'a DOCX zip bomb (128 MB inflated)',
      'bomb.docx',
      bomb,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    [
      'a DOCX zip bomb that claims 4 KB',
      'liar.docx',
      liar,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['a zip bomb named .zip', 'reports.zip', zip, 'application/zip'],
    [
      'an XLSX zip bomb that claims 4 KB',
      'sheet.xlsx',
      sheet,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  ];
  return [
    ...[0, 1, 2, 3].map((k) => ({
      name: `form, hostile fields ${k}`,
      type: 'application/x-www-form-urlencoded',
      body: `_csrf={csrf}&${new URLSearchParams(fields(k)).toString()}`,
    })),
    ...[0, 1, 2, 3].map((k) => ({
      name: `JSON, hostile fields ${k}`,
      type: 'application/json',
      body: JSON.stringify({ ...fields(k), application: fields(k + 1), body: fields(k + 2) }),
    })),
    { name: 'JSON nested 100,000 deep', type: 'application/json', body: deep },
    {
      name: 'JSON with __proto__ and constructor',
      type: 'application/json',
      body: '{"__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}},"roles":["admin"]}',
    },
    { name: 'JSON of the wrong shape', type: 'application/json', body: '[1,2,3]' },
    { name: 'JSON null', type: 'application/json', body: 'null' },
    { name: 'JSON cut short', type: 'application/json', body: '{"name": "张' },
    {
      name: 'over the size limit',
      type: 'application/x-www-form-urlencoded',
      body: `_csrf={csrf}&body=${'x'.repeat(1_200_000)}`,
    },
    {
      name: 'invalid UTF-8 (form)',
      type: 'application/x-www-form-urlencoded',
      body: Buffer.concat([Buffer.from('_csrf={csrf}&name='), Buffer.from([0xc3, 0x28, 0xff, 0xfe])]),
    },
    {
      name: 'invalid UTF-8 (JSON)',
      type: 'application/json',
      body: Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]),
    },
    {
      name: 'bad percent escapes',
      type: 'application/x-www-form-urlencoded',
      body: '_csrf={csrf}&name=%E4%B8&subject=%zz',
    },
    {
      name: 'null bytes in fields',
      type: 'application/x-www-form-urlencoded',
      body: '_csrf={csrf}&name=a%00b&username=root%00',
    },
    { name: 'plain text', type: 'text/plain', body: 'hello' },
    {
      name: 'XML with an external entity',
      type: 'application/xml',
      body: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
    },
    { name: 'no content type', body: 'name=x' },
    { name: 'garbage content type', type: ';;;===', body: 'x' },
    { name: 'JSON declared Latin-1', type: 'application/json; charset=latin1', body: '{"name":"x"}' },
    { name: 'multipart without boundary', type: 'multipart/form-data', body: '--x\r\n\r\n' },
    {
      name: 'multipart with a broken boundary',
      type: 'multipart/form-data; boundary=abc',
      body: '--xyz\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--xyz--\r\n',
    },
    {
      name: 'multipart: 200 fields',
      type: 'multipart/form-data; boundary=b6',
      body: multipart('b6', [
        { name: '_csrf', data: '{csrf}' },
        ...Array.from({ length: 200 }, (_, i) => ({ name: `f${i}`, data: 'x' })),
      ]),
    },
    ...lying.flatMap(([what, filename, data, type], i) =>
      FILE_FIELDS.map((field) => ({
        name: `multipart: ${what} as ${field}`,
        type: `multipart/form-data; boundary=f${i}${field}`,
        body: multipart(`f${i}${field}`, [
          { name: '_csrf', data: '{csrf}' },
          { name: 'title', data: '上传' },
          { name: 'kind', data: 'decision' },
          { name: field, filename, type, data },
        ]),
      })),
    ),
  ];
}
