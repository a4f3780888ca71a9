// Attachments beyond the portal form: a clerk registering a paper application attaches its scan and the ID copy; the
// JSON API's create endpoint takes them as multipart/form-data. Types are sniffed from the content, 5 MB each; a bad
// file gets a Chinese 4xx at its field and nothing is written (no case, no attachment row, no file); only the
// agency's own staff (the handling clerk) can download them.
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

const PDF = Buffer.from('%PDF-1.4\n% 纸质申请书扫描件\n%%EOF\n');
const JPG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('身份证复印件')]);
const BIG = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024 + 10, 0x20)]);
const EXE = Buffer.from('MZ\x90\x00 a program renamed to .pdf');
type Files = Record<string, { name: string; data: Buffer }>;

describe(`${DIALECT}: attachments at clerk registration and through the API`, () => {
  let s: TestServer;
  let a: { code: string }, other: { code: string };
  let clerk: Client;
  const count = async (t: 'requests' | 'request_attachments') =>
    Number(
      (
        await s.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  /** Stored attachment files: in the data folder on SQLite, in the database on PostgreSQL (files/store.ts). */
  const files = async () => {
    if (DIALECT === 'postgres')
      return Number(
        (
          await s.db
            .selectFrom('stored_files')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('key', 'like', 'attachments/%')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const d = path.join(s.dataDir, 'attachments');
    return existsSync(d) ? readdirSync(d).length : 0;
  };
  const written = async () => [await count('requests'), await count('request_attachments'), await files()];
  const form = (fields: Record<string, string>, f: Files) => {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    for (const [k, x] of Object.entries(f)) fd.append(k, new Blob([new Uint8Array(x.data)]), x.name);
    return fd;
  };
  const register = async (c: Client, f: Files) => {
    const page = await c.get('/admin/requests/new');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!;
    const body = form(
      {
        _csrf: csrf,
        channel: 'registered_mail',
        receivedOn: '2026-03-02',
        evidence: 'EMS 1234567890 签收',
        ...applicationInput({ formWanted: 'paper', delivery: 'post' }),
      },
      f,
    );
    const res = await c.request('/admin/requests/new', { method: 'POST', body });
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  };
  const viaApi = async (f: Files) => {
    const res = await new Client(s.url).request(`/api/v1/agencies/${a.code}/requests`, {
      method: 'POST',
      body: form(applicationInput(), f),
      headers: { accept: 'application/json' },
    });
    // biome-ignore lint/suspicious/noExplicitAny: the test reads the fields of the JSON it expects
    return { status: res.status, body: (await res.json()) as any };
  };

  before(async () => {
    s = await startTestServer();
    a = await buildAgency(s);
    other = await buildAgency(s);
    const u = await buildStaff(s, a.code, ['clerk']);
    clerk = new Client(s.url);
    await clerk.login(u.username, u.password);
  });
  after(async () => {
    await s.close();
  });

  test('a clerk registers a posted application with its scan (PDF) and ID copy (JPG); only the agency’s staff download them', async () => {
    const r = await register(clerk, {
      scan: { name: '申请书.pdf', data: PDF },
      idCopy: { name: '身份证.jpg', data: JPG },
    });
    assert.equal(r.status, 303, r.text.slice(0, 400));
    const id = Number(/\/admin\/requests\/(\d+)/.exec(r.location ?? '')![1]);
    const rows = await s.db
      .selectFrom('request_attachments')
      .select(['id', 'kind', 'media_type'])
      .where('request_id', '=', id)
      .orderBy('kind')
      .execute();
    assert.deepEqual(
      rows.map((x) => [x.kind, x.media_type]),
      [
        ['idCopy', 'image/jpeg'],
        ['scan', 'application/pdf'],
      ],
    );
    const scan = rows.find((x) => x.kind === 'scan')!;
    const page = await clerk.get(`/admin/requests/${id}`);
    assert.match(page.text, /申请书扫描件/);
    const file = await clerk.request(`/admin/requests/${id}/attachments/${scan.id}`);
    assert.equal(file.status, 200);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), PDF);
    const o = await buildStaff(s, other.code, ['clerk']);
    const stranger = new Client(s.url);
    await stranger.login(o.username, o.password);
    assert.equal(
      (await stranger.request(`/admin/requests/${id}/attachments/${scan.id}`)).status,
      404,
      'another agency: not found',
    );
    const anonymous = await new Client(s.url).request(`/admin/requests/${id}/attachments/${scan.id}`);
    assert.notEqual(anonymous.status, 200);
    assert.ok(!Buffer.from(await anonymous.arrayBuffer()).includes(PDF.subarray(0, 8)));
  });

  test('registration: a wrong type or an oversize file comes back with a Chinese message at its field; nothing written', async () => {
    const before = await written();
    const wrong = await register(clerk, { scan: { name: '申请书.pdf', data: EXE } });
    assert.equal(wrong.status, 400);
    assert.match(wrong.text, /申请书扫描件只接受 PDF、JPG 或 PNG 文件/);
    assert.match(wrong.text, /id="f-scan-err"/);
    assert.match(wrong.text, /value="EMS 1234567890 签收"/, 'what was typed is kept');
    const big = await register(clerk, { idCopy: { name: 'big.pdf', data: BIG } });
    assert.equal(big.status, 400);
    assert.match(big.text, /身份证明复印件不超过 5 MB/);
    assert.deepEqual(await written(), before);
  });

  test('the API create endpoint accepts multipart with an attachment; a bad file is a Chinese 400 per field, nothing written', async () => {
    const ok = await viaApi({ idCopy: { name: '身份证.jpg', data: JPG } });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.deepEqual(Object.keys(ok.body).sort(), ['code', 'number']);
    const id = Number(
      (await s.db.selectFrom('requests').select('id').where('number', '=', ok.body.number).executeTakeFirstOrThrow())
        .id,
    );
    const rows = await s.db
      .selectFrom('request_attachments')
      .select(['kind', 'media_type', 'size'])
      .where('request_id', '=', id)
      .execute();
    assert.deepEqual(
      rows.map((x) => [x.kind, x.media_type, Number(x.size)]),
      [['idCopy', 'image/jpeg', JPG.length]],
    );
    const before = await written();
    const wrong = await viaApi({ authorization: { name: '委托书.pdf', data: EXE } });
    assert.equal(wrong.status, 400);
    assert.ok(hasChinese(wrong.body.error.fields.authorization));
    const big = await viaApi({ idCopy: { name: 'big.pdf', data: BIG } });
    assert.equal(big.status, 400);
    assert.match(big.body.error.fields.idCopy, /5 MB/);
    const badField = await viaApi({ idCopy: { name: 'a.png', data: JPG } });
    assert.equal(badField.status, 201, 'a JPG named .png is accepted by its content');
    assert.deepEqual(
      (await written()).map((n, i) => n - before[i]!),
      [1, 1, 1],
      'only the accepted application wrote anything',
    );
  });
});
