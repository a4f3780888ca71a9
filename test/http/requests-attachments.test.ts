// Attachments to an application: PDF/JPG/PNG only (sniffed from the content), 5 MB each, sealed on disk; only the
// handling clerk opens them, and every opening is audited.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getFile } from '../../src/files/store.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('身份证复印件的图像数据'),
]);

describe(`${DIALECT}: application attachments`, () => {
  let s: TestServer;
  let a: { code: string };
  const count = async (t: 'requests' | 'request_attachments') =>
    Number(
      (
        await s.db
          .selectFrom(t)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  before(async () => {
    s = await startTestServer();
    a = await buildAgency(s);
  });
  after(async () => {
    await s.close();
  });

  async function submit(c: Client, files: Record<string, { name: string; data: Buffer }>) {
    const page = await c.get(`/${a.code}/apply?applicantType=natural`);
    const form = new FormData();
    form.append('_csrf', /name="_csrf" value="([^"]+)"/.exec(page.text)![1]!);
    for (const [k, v] of Object.entries(applicationInput())) form.append(k, v);
    form.append('nonce', /name="nonce" value="([^"]+)"/.exec(page.text)![1]!);
    for (const [k, f] of Object.entries(files)) form.append(k, new Blob([new Uint8Array(f.data)]), f.name);
    const res = await c.request(`/${a.code}/apply`, { method: 'POST', body: form });
    return { status: res.status, text: await res.text() };
  }

  test('a PNG ID copy is stored sealed; the handler opens it and the opening is audited; another clerk cannot', async () => {
    const r = await submit(new Client(s.url), {
      idCopy: { name: '身份证.png', data: PNG },
      authorization: { name: '', data: Buffer.alloc(0) },
    });
    assert.equal(r.status, 201, r.text.slice(0, 500));
    const number = /(YS\d{12})/.exec(r.text)![1]!;
    const row = await s.db.selectFrom('request_attachments').selectAll().executeTakeFirstOrThrow();
    assert.deepEqual([row.kind, row.media_type, Number(row.size)], ['idCopy', 'image/png', PNG.length]);
    const stored = await getFile(s.db, { dataDir: s.dataDir, area: 'attachments', name: row.stored_as }); // disk or database
    assert.ok(!stored.includes(PNG.subarray(0, 8)), 'the file is stored sealed');
    const u = await buildStaff(s, a.code, ['clerk']);
    const other = await buildStaff(s, a.code, ['clerk']);
    const clerk = new Client(s.url);
    await clerk.login(u.username, u.password);
    const id = Number(
      (await s.db.selectFrom('requests').select('id').where('number', '=', number).executeTakeFirstOrThrow()).id,
    );
    const form = await clerk.get(`/admin/requests/${id}?step=accepted`);
    const version = /name="version" value="(\d+)"/.exec(form.text)![1]!;
    assert.equal(
      (
        await clerk.postForm(
          `/admin/requests/${id}/steps`,
          { event: 'accepted', version },
          { from: `/admin/requests/${id}` },
        )
      ).status,
      303,
    );
    const file = await clerk.request(`/admin/requests/${id}/attachments/${row.id}`);
    assert.equal(file.status, 200);
    assert.deepEqual(Buffer.from(await file.arrayBuffer()), PNG);
    const stranger = new Client(s.url);
    await stranger.login(other.username, other.password);
    assert.equal((await stranger.request(`/admin/requests/${id}/attachments/${row.id}`)).status, 403);
    const audit = await s.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['request.attachment_viewed', 'access.denied'])
      .execute();
    assert.ok(
      audit.some((x) => x.action === 'request.attachment_viewed') && audit.some((x) => x.action === 'access.denied'),
    );
  });

  test('a program renamed to .pdf is refused by its content, with a Chinese message at the field; nothing stored', async () => {
    const before = [await count('requests'), await count('request_attachments')];
    const r = await submit(new Client(s.url), {
      authorization: { name: '委托书.pdf', data: Buffer.from('MZ\x90\x00 not a pdf') },
    });
    assert.equal(r.status, 400);
    assert.match(r.text, /只接受 PDF、JPG 或 PNG/);
    assert.deepEqual([await count('requests'), await count('request_attachments')], before);
  });

  test('a file over 5 MB is refused with a Chinese message naming the 5 MB limit; nothing stored', async () => {
    const before = await count('requests');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(5 * 1024 * 1024 + 10, 0x20)]);
    const r = await submit(new Client(s.url), { idCopy: { name: 'big.pdf', data: big } });
    // The upload limit for the whole app is the catalogue's 20 MB; the 5 MB limit of application materials is
    // checked by the application itself, so the form comes back with the message beside the field.
    assert.equal(r.status, 400);
    assert.ok(hasChinese(r.text) && /5 MB/.test(r.text));
    assert.equal(await count('requests'), before);
  });
});
