// The catalogue journey over real HTTP: a clerk drafts and uploads, the secrecy reviewer and the reviewer approve and
// publish, the public finds it by a two-character word on the portal and through the API; drafts never appear; bad
// input to every new form and API route is refused in Chinese with nothing written.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { idCheckChar } from '../../src/privacy/detect.ts';
import { xlsxFile } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { buildAgency, buildStaff } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

const FORM = {
  title: '城乡低保对象复核结果公示',
  summary: '公示第一季度低保复核结果',
  publisher: '测试乡人民政府',
  formedOn: '2026-03-02',
  docNo: '测政〔2026〕1号',
  topic: '民政、扶贫、救灾',
  genre: 'announcement',
  disclosure: 'active',
  validity: 'valid',
  body: '经评议审核，现将城乡低保复核结果公示如下。',
};

describe(`${DIALECT}: catalogue over HTTP`, () => {
  let s: TestServer;
  let code: string;
  let clerk: Client, secrecy: Client, reviewer: Client, anon: Client;
  let columnId: string;
  let publishedId: number, draftId: number;

  const count = async (table: 'catalogue_entries' | 'catalogue_attachments' | 'catalogue_findings') =>
    Number(
      (
        await s.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const version = async (id: number) =>
    String(
      (await s.db.selectFrom('catalogue_entries').select('version').where('id', '=', id).executeTakeFirstOrThrow())
        .version,
    );
  const post = (c: Client, path: string, fields: Record<string, string>) =>
    c.postForm(path, fields, { from: '/admin/catalogue' });
  const upload = async (c: Client, id: number, name: string | null, bytes: Buffer) => {
    const fd = new FormData();
    fd.append('_csrf', await c.csrf('/admin/catalogue'));
    if (name !== null) fd.append('file', new Blob([new Uint8Array(bytes)]), name);
    const res = await c.request(`/admin/catalogue/${id}/attachments`, { method: 'POST', body: fd });
    return { status: res.status, text: await res.text() };
  };

  before(async () => {
    s = await startTestServer();
    const agency = await buildAgency(s, { kind: 'township' });
    code = agency.code;
    const login = async (roles: Parameters<typeof buildStaff>[2]) => {
      const u = await buildStaff(s, code, roles);
      const c = new Client(s.url);
      await c.login(u.username, u.password);
      return c;
    };
    [clerk, secrecy, reviewer] = [await login(['clerk']), await login(['secrecy_reviewer']), await login(['reviewer'])];
    anon = new Client(s.url);
    const page = await clerk.get('/admin/catalogue/new');
    assert.equal(page.status, 200);
    columnId = /<option value="(\d+)">通知公告<\/option>/.exec(page.text)![1]!;
  });
  after(async () => s.close());

  test('a clerk drafts with an attachment; secrecy review, review and publication follow; the public finds it', async () => {
    const created = await post(clerk, '/admin/catalogue', { ...FORM, columnId });
    assert.equal(created.status, 303);
    publishedId = Number(/\/admin\/catalogue\/(\d+)/.exec(created.location!)![1]);
    assert.equal(
      (
        await upload(
          clerk,
          publishedId,
          '物资名单.xlsx',
          await xlsxFile([
            ['村', '物资'],
            ['和平村', '复合肥料'],
          ]),
        )
      ).status,
      303,
    );
    assert.equal(
      (
        await post(clerk, `/admin/catalogue/${publishedId}/review`, {
          action: 'submit',
          version: await version(publishedId),
        })
      ).status,
      303,
    );
    assert.equal(
      (
        await post(secrecy, `/admin/catalogue/${publishedId}/review`, {
          action: 'approve',
          version: await version(publishedId),
        })
      ).status,
      303,
    );
    assert.equal(
      (
        await post(reviewer, `/admin/catalogue/${publishedId}/review`, {
          action: 'approve',
          version: await version(publishedId),
        })
      ).status,
      303,
    );
    assert.equal(
      (await post(reviewer, `/admin/catalogue/${publishedId}/publish`, { version: await version(publishedId) })).status,
      303,
    );

    const entry = await anon.get(`/${code}/catalogue/${publishedId}`);
    assert.equal(entry.status, 200);
    assert.match(entry.text, /索引号/);
    assert.match(entry.text, /物资名单\.xlsx/);
    const search = await anon.get(`/${code}/search?q=${encodeURIComponent('低保')}`);
    assert.match(search.text, /找到 1 条/);
    assert.match(search.text, /<mark>低保<\/mark>/);
    assert.match((await anon.get(`/${code}/search?q=${encodeURIComponent('复合肥料')}`)).text, /找到 1 条/);
    const api = await anon.json(`/api/v1/catalogue?agency=${code}&q=${encodeURIComponent('低保')}`);
    assert.equal(api.status, 200);
    assert.equal(api.body.total, 1);
    assert.ok(api.body.items[0].snippet.some((p: { hit: boolean; text: string }) => p.hit && p.text === '低保'));
    assert.match((await anon.get(`/${code}/`)).text, /城乡低保对象复核结果公示/);
    const file = await anon.request(
      `/${code}/catalogue/${publishedId}/files/${(await s.db.selectFrom('catalogue_attachments').select('id').where('entry_id', '=', publishedId).executeTakeFirstOrThrow()).id}`,
    );
    assert.equal(file.status, 200);
    assert.match(file.headers.get('content-disposition')!, /attachment/);
    assert.match((await anon.get(`/${code}/columns/${columnId}/feed.atom`)).text, /<entry>[\s\S]*城乡低保/);
    assert.match((await anon.get(`/${code}/sitemap.xml`)).text, new RegExp(`/catalogue/${publishedId}<`));
    assert.match((await anon.get(`/${code}/guide`)).text, /自该政府信息形成或者变更之日起20个工作日内及时公开/);
  });

  test('drafts and entries in review never appear on pages, in search, feeds or the API', async () => {
    const created = await post(clerk, '/admin/catalogue', { ...FORM, columnId, title: '低保草稿内部讨论稿' });
    draftId = Number(/\/admin\/catalogue\/(\d+)/.exec(created.location!)![1]);
    await post(clerk, `/admin/catalogue/${draftId}/review`, { action: 'submit', version: await version(draftId) });
    assert.equal((await anon.get(`/${code}/catalogue/${draftId}`)).status, 404);
    for (const path of [
      `/${code}/`,
      `/${code}/catalogue`,
      `/${code}/search?q=${encodeURIComponent('草稿')}`,
      `/${code}/columns/${columnId}/feed.atom`,
      `/${code}/sitemap.xml`,
    ]) {
      assert.doesNotMatch((await anon.get(path)).text, /内部讨论稿/, path);
    }
    const api = await anon.json(`/api/v1/catalogue?agency=${code}&q=${encodeURIComponent('草稿')}`);
    assert.equal(api.body.total, 0);
    assert.equal((await anon.json(`/api/v1/catalogue?agency=${code}`)).body.total, 1);
  });

  test('the author cannot approve their own entry over HTTP either', async () => {
    const both = await buildStaff(s, code, ['clerk', 'secrecy_reviewer']);
    const c = new Client(s.url);
    await c.login(both.username, both.password);
    const created = await post(c, '/admin/catalogue', { ...FORM, columnId });
    const id = Number(/\/admin\/catalogue\/(\d+)/.exec(created.location!)![1]);
    await post(c, `/admin/catalogue/${id}/review`, { action: 'submit', version: await version(id) });
    const r = await post(c, `/admin/catalogue/${id}/review`, { action: 'approve', version: await version(id) });
    assert.equal(r.status, 403);
    assert.match(r.text, /本人/);
  });

  test('an ID number in an upload is a finding; publication is refused until it is handled', async () => {
    const created = await post(clerk, '/admin/catalogue', { ...FORM, columnId });
    const id = Number(/\/admin\/catalogue\/(\d+)/.exec(created.location!)![1]);
    const idNo = `32010219800101123${idCheckChar('32010219800101123')}`;
    await upload(clerk, id, '名单.xlsx', await xlsxFile([['张三', idNo]]));
    for (const [c, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await post(c, `/admin/catalogue/${id}/review`, { action, version: await version(id) });
    const refused = await post(reviewer, `/admin/catalogue/${id}/publish`, { version: await version(id) });
    assert.equal(refused.status, 409);
    assert.match(refused.text, /敏感信息/);
    assert.doesNotMatch((await reviewer.get(`/admin/catalogue/${id}`)).text, new RegExp(idNo));
  });

  test('bad input to every new form and API route: 4xx with a Chinese message, nothing written', async () => {
    const fresh = Number(
      /\/admin\/catalogue\/(\d+)/.exec((await post(clerk, '/admin/catalogue', { ...FORM, columnId })).location!)![1],
    );
    const before = await Promise.all([count('catalogue_entries'), count('catalogue_attachments')]);
    const bad = [
      await post(clerk, '/admin/catalogue', {
        ...FORM,
        columnId,
        title: '',
        formedOn: '2026-02-30',
        topic: '不存在',
        genre: 'x',
      }),
      await post(clerk, '/admin/catalogue', { ...FORM, columnId: '999999' }),
      await post(clerk, '/admin/catalogue', { ...FORM, columnId, disclosure: 'withheld', withheldReason: '' }),
      await post(clerk, '/admin/catalogue', { ...FORM, columnId, legacyIndexNo: '<script>' }),
      await post(clerk, `/admin/catalogue/${draftId}/edit`, { ...FORM, columnId }),
      await post(secrecy, `/admin/catalogue/${draftId}/review`, {
        action: 'return',
        comment: '',
        version: await version(draftId),
      }),
      await post(secrecy, `/admin/catalogue/${draftId}/review`, { action: 'fly', version: await version(draftId) }),
      await post(reviewer, `/admin/catalogue/${publishedId}/withdraw`, {
        reason: '',
        version: await version(publishedId),
      }),
      await post(secrecy, `/admin/catalogue/${draftId}/findings/1`, { how: 'override', reason: '' }),
      await post(clerk, '/admin/catalogue/columns/1/quiet', { until: 'tomorrow', note: '' }),
      await post(clerk, '/admin/catalogue/settings', { email: 'not-an-email' }),
      await post(reviewer, `/admin/catalogue/${publishedId}/posts`, { channel: 'telegraph' }),
      await upload(clerk, fresh, null, Buffer.alloc(0)),
    ];
    for (const [i, r] of bad.entries()) {
      assert.ok(r.status >= 400 && r.status < 500, `case ${i}: ${r.status}`);
      assert.ok(hasChinese(r.text), `case ${i}`);
    }
    const wrongType = await upload(clerk, fresh, 'a.exe', Buffer.from('MZ program'));
    assert.equal(wrongType.status, 400);
    assert.match(wrongType.text, /PDF、DOCX、XLSX/);
    for (const path of [
      `/${code}/search?q=${'长'.repeat(101)}`,
      `/${code}/catalogue?page=0`,
      `/${code}/catalogue?year=abc`,
      `/${code}/catalogue?validity=x`,
    ]) {
      const r = await anon.get(path);
      assert.equal(r.status, 400, path);
      assert.ok(hasChinese(r.text));
    }
    assert.equal((await anon.get(`/${code}/catalogue/abc`)).status, 404);
    for (const q of ['agency=BAD!', `agency=${code}&page=-1`, `agency=${code}&year=20x`, '']) {
      const r = await anon.json(`/api/v1/catalogue?${q}`);
      assert.equal(r.status, 400, q);
      assert.ok(hasChinese(r.body.error.message), q);
    }
    assert.equal((await anon.json('/api/v1/catalogue?agency=no-such-agency')).status, 404);
    assert.deepEqual(await Promise.all([count('catalogue_entries'), count('catalogue_attachments')]), before);
  });
});
