// Letters (告知书) generated as DOCX and PDF, opened back: the DOCX text read by mammoth, the PDF rendered to PNG by
// pdftoppm. Each names the article relied on and the 救济途径 with the 复议机关 named (for a township, its county) and the
// periods as the law states them; a refusal says that 行政复议 comes first. A letter whose source step is missing is
// refused.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import mammoth from 'mammoth';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency, buildStaff } from '../factories.ts';
import { Client, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: letters as DOCX and PDF`, () => {
  let s: TestServer;
  let a: { code: string };
  let web: Client, token: string;
  const out = mkdtempSync(path.join(os.tmpdir(), 'gongkai-letters-'));

  const api = (p: string, body?: unknown) =>
    new Client(s.url).json(p, { token, method: body === undefined ? 'GET' : 'POST', body });
  const step = async (n: string, body: Record<string, unknown>) => {
    const v = await api(`/api/v1/staff/requests/${n}`);
    const r = await api(`/api/v1/staff/requests/${n}/steps`, { version: v.body.version, ...body });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body;
  };
  const newCase = async () => {
    const r = await api(`/api/v1/agencies/${a.code}/requests/registrations`, {
      application: applicationInput(),
      channel: 'in_person',
      receivedOn: '2026-03-02',
      evidence: '当面签收',
    });
    return r.body as { number: string; code: string };
  };
  const caseId = async (n: string) =>
    Number((await s.db.selectFrom('requests').select('id').where('number', '=', n).executeTakeFirstOrThrow()).id);

  before(async () => {
    s = await startTestServer();
    const county = await buildAgency(s, { name: '示范县人民政府', kind: 'county' });
    a = await buildAgency(s, { name: '东和乡人民政府', parent: county.code });
    const u = await buildStaff(s, a.code, ['clerk']);
    web = new Client(s.url);
    await web.login(u.username, u.password);
    const page = await web.postForm('/admin/account/tokens', { name: '测试' }, { from: '/admin/account' });
    token = /gk_[\w-]+/.exec(page.text)![0];
  });
  after(async () => {
    await s.close();
  });

  test('a refusal letter (国家秘密) gives its reasons and says 行政复议 comes first, before the county government; DOCX read back', async () => {
    const { number } = await newCase();
    await step(number, { event: 'accepted', onDate: '2026-03-02' });
    await step(number, {
      event: 'replied',
      outcome: 'state_secret',
      basis: '条例第十四条',
      reason: '该文件经定密为秘密级',
      onDate: '2026-03-10',
    });
    const issued = await api(`/api/v1/staff/requests/${number}/letters`, { kind: 'reply' });
    assert.equal(issued.status, 201);
    const docx = await web.request(`/admin/requests/${await caseId(number)}/letters/${issued.body.id}.docx`);
    assert.equal(docx.status, 200);
    const buf = Buffer.from(await docx.arrayBuffer());
    writeFileSync(path.join(out, 'refusal.docx'), buf);
    const { value: text } = await mammoth.extractRawText({ buffer: buf });
    for (const part of [
      '东和乡人民政府',
      '政府信息公开申请答复告知书',
      number,
      '不予公开：属于国家秘密',
      '理由：该文件经定密为秘密级',
      '法律依据：条例第十四条',
      '行政复议法》第二十三条第一款第（四）项',
      '应当先申请行政复议',
      '自收到本告知书之日起60日内向示范县人民政府申请行政复议',
    ]) {
      assert.ok(text.includes(part), `DOCX lacks ${part}:\n${text}`);
    }
    assert.ok(!text.includes('6个月内'), 'a refusal offers no direct lawsuit');
    assert.ok(
      !/本级人民政府|上一级行政机关|\d{4}-\d{2}-\d{2}/.test(text),
      'the body is named, the period stated as the law does',
    );
  });

  test('a disclosure letter offers 行政复议 (60 days) or 诉讼 (6 months) from receipt; PDF renders to a page image', async () => {
    const { number, code } = await newCase();
    await step(number, { event: 'accepted', onDate: '2026-03-02' });
    await step(number, {
      event: 'replied',
      outcome: 'disclosed',
      basis: '条例第三十六条第（二）项',
      onDate: '2026-03-10',
    });
    const issued = await api(`/api/v1/staff/requests/${number}/letters`, { kind: 'reply' });
    const docx = Buffer.from(
      await (await web.request(`/admin/requests/${await caseId(number)}/letters/${issued.body.id}.docx`)).arrayBuffer(),
    );
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    assert.ok(
      text.includes('可以自收到本告知书之日起60日内向示范县人民政府申请行政复议') &&
        text.includes('也可以自收到本告知书之日起6个月内依法向人民法院提起行政诉讼'),
      text,
    );
    // The applicant downloads the PDF from the status page with the 编号 and 查询码.
    const pdf = await new Client(s.url).postForm(
      `/${a.code}/track/letter`,
      { number, code, letter: String(issued.body.id), format: 'pdf' },
      { from: `/${a.code}/track` },
    );
    assert.equal(pdf.status, 200);
    assert.equal(pdf.res.headers.get('content-type'), 'application/pdf');
    const file = path.join(out, 'disclosed.pdf');
    const raw = await web.request(`/admin/requests/${await caseId(number)}/letters/${issued.body.id}.pdf`);
    writeFileSync(file, Buffer.from(await raw.arrayBuffer()));
    assert.equal(readFileSync(file).subarray(0, 5).toString(), '%PDF-');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, path.join(out, 'disclosed')]);
    const png = readdirSync(out).find((f) => f.startsWith('disclosed') && f.endsWith('.png'));
    assert.ok(png, 'pdftoppm produced a page image');
    assert.ok(readFileSync(path.join(out, png!)).length > 5000, 'the page is not blank');
    if (process.env.GONGKAI_KEEP_LETTERS)
      writeFileSync(process.env.GONGKAI_KEEP_LETTERS, readFileSync(path.join(out, png!)));
  });

  test('a letter whose step has not happened is refused; the 补正告知书 carries the items and the period', async () => {
    const { number } = await newCase();
    const fee = await api(`/api/v1/staff/requests/${number}/letters`, { kind: 'fee' });
    assert.equal(fee.status, 409);
    assert.match(fee.body.error.message, /不能出具/);
    await step(number, {
      event: 'correction_requested',
      items: '请写明所需信息的年份',
      replyBy: '2026-03-20',
      onDate: '2026-03-04',
    });
    const issued = await api(`/api/v1/staff/requests/${number}/letters`, { kind: 'correction' });
    assert.equal(issued.status, 201);
    const docx = Buffer.from(
      await (await web.request(`/admin/requests/${await caseId(number)}/letters/${issued.body.id}.docx`)).arrayBuffer(),
    );
    const { value: text } = await mammoth.extractRawText({ buffer: docx });
    for (const part of ['补正告知书', '请写明所需信息的年份', '2026年3月20日', '条例第三十条', '视为放弃'])
      assert.ok(text.includes(part), part);
    assert.equal((await api(`/api/v1/staff/requests/${number}/letters`, { kind: 'nonsense' })).status, 400);
  });
});
