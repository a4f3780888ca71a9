// While applying, published catalogue items that match are suggested: without JavaScript through the form's
// "先查一查是否已公开" button (the typed form comes back with the matches, nothing stored), with JavaScript through the
// JSON route the served script calls. Drafts never appear.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { publishEntry } from '../../src/catalogue/publish-entry.ts';
import { reviewEntry } from '../../src/catalogue/review-entry.ts';
import { findEntry } from '../../src/catalogue/store.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';
import { Client, hasChinese, startTestServer, type TestServer } from './client.ts';

describe(`${DIALECT}: catalogue suggestions on the application form`, () => {
  let s: TestServer;
  let a: Awaited<ReturnType<typeof buildAgency>>;
  let published = 0;
  const count = async () =>
    Number(
      (
        await s.db
          .selectFrom('requests')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const typed = { infoTitle: '乡道维修施工合同', infoDescription: '2025年乡道维修工程的施工合同和经费预算' };

  before(async () => {
    s = await startTestServer();
    a = await buildAgency(s, { kind: 'township', name: '东和乡人民政府' });
    const [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(s, a, ['clerk']),
      staffCtx(s, a, ['secrecy_reviewer']),
      staffCtx(s, a, ['reviewer']),
    ]);
    const col = await columnId(s, a);
    published = (
      await createEntry(
        clerk,
        a.code,
        draftInput(col, {
          title: '东和乡2025年乡道维修工程施工合同公示',
          summary: '乡道维修施工合同',
          body: '经费预算见附表。',
        }),
      )
    ).id;
    const version = async () => (await findEntry(s.db, { kind: 'system' }, published))!.version;
    for (const [ctx, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, published, { action, comment: '', version: await version() });
    await publishEntry(reviewer, published, await version());
    await createEntry(
      clerk,
      a.code,
      draftInput(col, { title: '乡道维修施工合同草稿（未发布）', summary: '乡道维修经费预算' }),
    );
  });
  after(async () => {
    await s.close();
  });

  test('the form offers the check button, an aria-live region and the served script; no inline script', async () => {
    const c = new Client(s.url);
    const form = await c.get(`/${a.code}/apply?applicantType=natural`);
    assert.match(form.text, new RegExp(`formaction="/${a.code}/apply/check"`));
    assert.match(form.text, /id="suggest-results" aria-live="polite"/);
    assert.match(form.text, /<script src="\/assets\/apply-suggest.js" defer><\/script>/);
    assert.ok(!/<script>/.test(form.text));
    const js = await c.get('/assets/apply-suggest.js');
    assert.equal(js.status, 200);
    assert.match(js.res.headers.get('content-type') ?? '', /javascript/);
    assert.match(js.text, /catalogue-suggestions|suggestUrl/);
  });

  test('without JavaScript: the check shows the published item with its link and 索引号, keeps what was typed, stores nothing', async () => {
    const c = new Client(s.url);
    const form = await c.get(`/${a.code}/apply?applicantType=natural`);
    const nonce = /name="nonce" value="([^"]+)"/.exec(form.text)![1]!;
    const before = await count();
    const r = await c.postForm(
      `/${a.code}/apply/check`,
      { ...applicationInput(typed), nonce },
      { from: `/${a.code}/apply?applicantType=natural` },
    );
    assert.equal(r.status, 200);
    assert.match(r.text, /找到 1 条/);
    assert.match(
      r.text,
      new RegExp(`<a href="/${a.code}/catalogue/${published}"[^>]*>东和乡2025年乡道维修工程施工合同公示</a>`),
    );
    assert.match(r.text, /索引号 \S+/);
    assert.ok(!r.text.includes('草稿（未发布）'), 'a draft is never suggested');
    assert.match(r.text, /value="乡道维修施工合同"/);
    assert.match(r.text, />2025年乡道维修工程的施工合同和经费预算<\/textarea>/);
    assert.match(r.text, /value="张三"/);
    assert.match(
      r.text,
      new RegExp(`name="nonce" value="${nonce}"`),
      'the same form, so a later submit is still deduplicated',
    );
    assert.equal(await count(), before);
    const none = await c.postForm(
      `/${a.code}/apply/check`,
      applicationInput({ infoTitle: '殡葬改革', infoDescription: '火化补贴' }),
      { from: `/${a.code}/apply?applicantType=natural` },
    );
    assert.match(none.text, /没有找到已公开的相关信息/);
  });

  test('the JSON route the script calls: matches of published items only; bad input is a Chinese 4xx', async () => {
    const c = new Client(s.url);
    const ok = await c.json(
      `/api/v1/agencies/${a.code}/catalogue-suggestions?q=${encodeURIComponent(typed.infoDescription)}`,
    );
    assert.equal(ok.status, 200);
    assert.deepEqual(
      ok.body.items.map((i: { id: number }) => i.id),
      [published],
    );
    assert.equal(ok.body.items[0].url, `/${a.code}/catalogue/${published}`);
    const long = await c.json(`/api/v1/agencies/${a.code}/catalogue-suggestions?q=${'字'.repeat(501)}`);
    assert.equal(long.status, 400);
    assert.ok(hasChinese(long.body.error.message));
    const unknown = await c.json('/api/v1/agencies/no-such-agency/catalogue-suggestions?q=低保');
    assert.equal(unknown.status, 404);
  });
});
