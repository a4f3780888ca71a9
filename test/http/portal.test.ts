// The portal of an agency as one site: every page has the same navigation, the header search box, a 当前位置
// breadcrumb and the footer with the agency's contact and the site's 网站标识码 / ICP / 公安备案号; the catalogue
// list shows 索引号, 文号 and 发布日期; the application asks the applicant type first; forms that come back follow the
// GOV.UK error summary pattern; withdrawing is confirmed on its own page; an answered case says 已于 … 答复; the receipt
// mail links to the tracking page by its full address.
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { after, before, describe, test } from 'node:test';
import type { Agency } from '../../src/agencies/store.ts';
import { createEntry } from '../../src/catalogue/create-entry.ts';
import { getSettings, updateSettings } from '../../src/catalogue/column-store.ts';
import { publishEntry } from '../../src/catalogue/publish-entry.ts';
import { reviewEntry } from '../../src/catalogue/review-entry.ts';
import { findEntry } from '../../src/catalogue/store.ts';
import { loadConfig } from '../../src/config.ts';
import { performStep } from '../../src/requests/perform-step.ts';
import { findRequestByNumber } from '../../src/requests/store.ts';
import { submitApplication } from '../../src/requests/submit.ts';
import { columnId, draftInput, staffCtx } from '../catalogue.ts';
import { DIALECT } from '../db.ts';
import { applicationInput, buildAgency } from '../factories.ts';
import { Client, listen, startTestServer, type TestServer } from './client.ts';

const SITE = {
  GONGKAI_SITE_CODE: '4307000001',
  GONGKAI_ICP: '湘ICP备05000001号',
  GONGKAI_PSB: '湘公网安备 43070202000001号',
  GONGKAI_BASE_URL: 'https://gk.example.gov.cn/',
};
const NAV = ['首页', '信息公开指南', '信息公开目录', '依申请公开', '年度报告', '意见箱'];
const SYSTEM = { kind: 'system' } as const;

const between = (text: string, start: RegExp, end: string) => {
  const m = start.exec(text);
  if (!m) return '';
  return text.slice(m.index, text.indexOf(end, m.index) + end.length);
};
const navOf = (t: string) => between(t, /<nav aria-label="主导航">/, '</nav>');
const labels = (fragment: string) => [...fragment.matchAll(/<a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);
const mainOf = (t: string) => between(t, /<main id="main">/, '</main>');
const titleOf = (t: string) => /<title>([^<]*)<\/title>/.exec(t)?.[1] ?? '';

describe(`${DIALECT}: the portal of an agency`, () => {
  let s: TestServer;
  let app: { app: FastifyInstance; url: string };
  let county: Agency, town: Agency;
  let entryId = 0;

  before(async () => {
    s = await startTestServer();
    county = await buildAgency(s, { kind: 'county', name: '示范县人民政府' });
    town = await buildAgency(s, { parent: county.code, name: '东和乡人民政府' });
    const col = await columnId(s, town);
    const settings = (await getSettings(s.db, town.id))!;
    await updateSettings(
      s.db,
      town.id,
      {
        ...settings,
        guide: {
          ...settings.guide,
          office: '东和乡党政综合办公室',
          phone: '0731-84000001',
          address: '示范县东和乡人民路1号',
        },
      },
      new Date().toISOString(),
    );
    const [clerk, secrecy, reviewer] = await Promise.all([
      staffCtx(s, town, ['clerk']),
      staffCtx(s, town, ['secrecy_reviewer']),
      staffCtx(s, town, ['reviewer']),
    ]);
    const get = async (id: number) => (await findEntry(s.db, { kind: 'system' }, id))!;
    const { id } = await createEntry(clerk, town.code, draftInput(col));
    for (const [ctx, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, id, { action, comment: '', version: (await get(id)).version });
    await publishEntry(reviewer, id, (await get(id)).version);
    entryId = id;
    app = await listen({ db: s.db, config: loadConfig({ ...s.env, ...SITE }) });
  });
  after(async () => {
    await app?.app.close();
    await s?.close();
  });

  const pages = () => [
    `/${town.code}/`,
    `/${town.code}/guide`,
    `/${town.code}/catalogue`,
    `/${town.code}/search`,
    `/${town.code}/search?q=%E4%BD%8E%E4%BF%9D`,
    `/${town.code}/catalogue/${entryId}`,
    `/${town.code}/apply`,
    `/${town.code}/apply?applicantType=natural`,
    `/${town.code}/track`,
    `/${town.code}/feedback`,
    `/${town.code}/feedback/track`,
    `/${town.code}/reports`,
  ];

  test('every page has the one navigation, the header search box, a 当前位置 breadcrumb and the footer with contact and site ids', async () => {
    const c = new Client(app.url);
    for (const path of pages()) {
      const r = await c.get(path);
      assert.equal(r.status, 200, path);
      assert.deepEqual(labels(navOf(r.text)), NAV, path);
      assert.match(
        r.text,
        new RegExp(`<form class="site-search" method="get" action="/${town.code}/search" role="search"`),
        path,
      );
      const crumbs = between(r.text, /<nav class="crumbs" aria-label="当前位置">/, '</nav>');
      assert.match(crumbs, /当前位置：/, path);
      assert.match(crumbs, /<ol><li>(<a href="[^"]+">|<span aria-current="page">)首页</, path);
      assert.match(crumbs, /aria-current="page"/, path);
      const footer = between(r.text, /<footer class="site">/, '</footer>');
      for (const text of [
        '主办单位：东和乡人民政府',
        '电话：0731-84000001',
        '地址：示范县东和乡人民路1号',
        '网站标识码：4307000001',
        '湘ICP备05000001号',
        '湘公网安备 43070202000001号',
      ])
        assert.ok(footer.includes(text), `${path}: ${text}`);
    }
    const current = async (path: string) =>
      /<a href="[^"]+" aria-current="page">([^<]+)<\/a>/.exec(navOf((await c.get(path)).text))?.[1];
    assert.equal(await current(`/${town.code}/catalogue/${entryId}`), '信息公开目录');
    assert.equal(await current(`/${town.code}/track`), '依申请公开');
    assert.equal(await current(`/${town.code}/feedback/track`), '意见箱');
    const entry = between((await c.get(`/${town.code}/catalogue/${entryId}`)).text, /<nav class="crumbs"/, '</nav>');
    assert.deepEqual(labels(entry), ['首页', '信息公开目录', '通知公告']);
    assert.match(entry, /<span aria-current="page">正文<\/span>/);
  });

  test('without site ids configured the footer leaves them out rather than showing empty labels', async () => {
    const r = await new Client(s.url).get(`/${town.code}/`);
    assert.ok(!r.text.includes('网站标识码'));
    assert.match(r.text, /主办单位：东和乡人民政府/);
  });

  test('the catalogue, search and report pages link to the application and the feedback box from their content', async () => {
    const c = new Client(app.url);
    for (const path of [
      `/${town.code}/catalogue`,
      `/${town.code}/search?q=%E4%BD%8E%E4%BF%9D`,
      `/${town.code}/reports`,
    ]) {
      const main = mainOf((await c.get(path)).text);
      assert.ok(main.includes(`href="/${town.code}/apply"`) && main.includes(`href="/${town.code}/feedback"`), path);
    }
  });

  test('the catalogue list shows 索引号, 文号 and 发布日期 beside the title', async () => {
    const main = mainOf((await new Client(app.url).get(`/${town.code}/catalogue`)).text);
    const entry = (await findEntry(s.db, { kind: 'system' }, entryId))!;
    assert.match(
      main,
      /<th scope="col">索引号<\/th><th scope="col">名称<\/th><th scope="col">文号<\/th><th scope="col">发布日期<\/th>/,
    );
    const row = between(
      main,
      new RegExp(`<td class="mono" data-label="索引号">${entry.indexNo.replace(/[/]/g, '\\/')}</td>`),
      '</tr>',
    );
    assert.ok(row.includes(`>${entry.title}</a>`), 'title in the same row');
    assert.ok(row.includes('<td data-label="文号">东政〔2026〕3号</td>'));
    assert.ok(row.includes(`<td data-label="发布日期" class="date">${entry.publishedOn}</td>`));
  });

  test('a catalogue or search address with a bad filter shows the page with the error summary naming the filter by its label', async () => {
    const c = new Client(app.url);
    for (const path of [
      `/${town.code}/catalogue?year=abc`,
      `/${town.code}/search?q=${encodeURIComponent('低保')}&validity=x`,
    ]) {
      const r = await c.get(path);
      assert.equal(r.status, 400, path);
      assert.match(titleOf(r.text), /^错误：/, path);
      const summary = between(r.text, /<div class="error-summary"/, '</div>');
      assert.match(summary, /<a href="#f-(year|validity)">(发布年份|有效性)：/, path);
      assert.ok(!/\b(year|validity)：/.test(summary.replace(/<[^>]+>/g, '')), `${path}: no raw key`);
      assert.deepEqual(labels(navOf(r.text)), NAV, path);
    }
  });

  test("a change to the agency's contact shows at once in the footer of the cached catalogue page", async () => {
    const c = new Client(app.url);
    const path = `/${town.code}/catalogue`;
    await c.get(path);
    const settings = (await getSettings(s.db, town.id))!;
    await updateSettings(
      s.db,
      town.id,
      { ...settings, guide: { ...settings.guide, phone: '0731-84009999' } },
      new Date().toISOString(),
    );
    try {
      assert.ok((await c.get(path)).text.includes('电话：0731-84009999'));
    } finally {
      await updateSettings(s.db, town.id, settings, new Date().toISOString());
    }
  });

  test('/ lists the agencies by their tree and finds one by name with its place in the tree', async () => {
    const c = new Client(app.url);
    const home = await c.get('/');
    const countyItem = between(home.text, new RegExp(`<li><a href="/${county.code}/">`), '</ul>');
    assert.ok(
      countyItem.includes(`<ul><li><a href="/${town.code}/">东和乡人民政府</a>`),
      'the township sits under its county',
    );
    assert.match(home.text, /<form class="agency-search" method="get" action="\/" role="search"/);
    const found = await c.get(`/?q=${encodeURIComponent('东和')}`);
    assert.match(found.text, /找到 1 个机关/);
    assert.match(
      found.text,
      new RegExp(`<a href="/${town.code}/">东和乡人民政府</a> <span class="muted">示范县人民政府 › 乡镇`),
    );
    assert.match((await c.get(`/?q=${encodeURIComponent('不存在的机关')}`)).text, /找到 0 个机关/);
  });

  test('the application asks the applicant type first and then shows only that section, required fields marked, phone and email sized', async () => {
    const c = new Client(app.url);
    const first = await c.get(`/${town.code}/apply`);
    assert.match(mainOf(first.text), /<form method="get" action="\/[^"]+\/apply"/);
    assert.match(first.text, /name="applicantType" value="natural"/);
    assert.ok(!first.text.includes('name="phone"'), 'step one asks one thing');
    const natural = mainOf((await c.get(`/${town.code}/apply?applicantType=natural`)).text);
    assert.match(natural, /<input type="hidden" name="applicantType" value="natural">/);
    assert.ok(
      natural.includes('name="idNumber"') &&
        !natural.includes('name="orgCode"') &&
        !natural.includes('name="legalRep"'),
    );
    assert.match(natural, /<label for="f-name">姓名 <span aria-hidden="true">\*<\/span><\/label>/);
    assert.match(natural, /<label for="f-idNumber">证件号码 <span aria-hidden="true">\*<\/span><\/label>/);
    assert.match(natural, /<input id="f-phone" name="phone" type="tel" class="w-phone"/);
    assert.match(natural, /<input id="f-email" name="email" type="email" class="w-email"/);
    const org = mainOf((await c.get(`/${town.code}/apply?applicantType=org`)).text);
    assert.ok(org.includes('name="orgCode"') && org.includes('name="legalRep"') && !org.includes('name="idNumber"'));
    assert.match(org, /<label for="f-name">名称 <span aria-hidden="true">\*<\/span><\/label>/);
    assert.match(org, /<label for="f-orgCode">统一社会信用代码 <span aria-hidden="true">\*<\/span><\/label>/);
    const wrong = await c.get(`/${town.code}/apply?applicantType=robot`);
    assert.equal(wrong.status, 400);
    assert.match(titleOf(wrong.text), /^错误：/);
  });

  test('a form that comes back lists its problems in page order, named by their labels, focused, and the title starts with 错误：', async () => {
    const c = new Client(app.url);
    const from = `/${town.code}/apply?applicantType=natural`;
    const r = await c.postForm(`/${town.code}/apply`, applicationInput({ infoTitle: '', phone: '12345', name: '' }), {
      from,
    });
    assert.equal(r.status, 400);
    assert.match(titleOf(r.text), /^错误：政府信息公开申请/);
    const summary = between(r.text, /<div class="error-summary"/, '</div>');
    assert.match(summary, /role="alert" tabindex="-1" autofocus/);
    const links = [...summary.matchAll(/<a href="#f-(\w+)">([^：]+)：/g)].map((m) => [m[1], m[2]]);
    assert.deepEqual(links, [
      ['name', '姓名'],
      ['phone', '联系电话'],
      ['infoTitle', '所需信息名称'],
    ]);
    assert.ok(mainOf(r.text).indexOf('error-summary') < mainOf(r.text).indexOf('<h1>'), 'the summary comes first');

    const f = await c.postForm(
      `/${town.code}/feedback`,
      { key: 'k'.repeat(22), subject: '', body: '' },
      { from: `/${town.code}/feedback` },
    );
    assert.equal(f.status, 400);
    assert.match(titleOf(f.text), /^错误：意见箱/);
    const fs = between(f.text, /<div class="error-summary"/, '</div>');
    assert.deepEqual(
      [...fs.matchAll(/<a href="#f-(\w+)">([^：]+)：/g)].map((m) => m[2]),
      ['标题', '意见内容'],
    );
    assert.ok(!/\b(subject|body)\b/.test(fs.replace(/<[^>]+>/g, '')), 'no raw field names shown');
    assert.match(f.text, /<textarea id="f-body"[^>]*aria-invalid="true"/);
  });

  test('after the reply the tracking page says 已于 … 答复 and stops counting down; a provisional due date is marked 暂定', async () => {
    const clerk = await staffCtx(s, town, ['clerk'], new Date());
    const track = async (number: string, code: string) =>
      mainOf(
        (await new Client(app.url).postForm(`/${town.code}/track`, { number, code }, { from: `/${town.code}/track` }))
          .text,
      );
    const step = async (number: string, body: Record<string, unknown>) => {
      const c = (await findRequestByNumber(s.db, SYSTEM, number))!;
      await performStep(clerk, c.id, { version: c.version, ...body });
    };
    const answered = await submitApplication(clerk, town.code, applicationInput({ email: '' }) as never, {
      channel: 'in_person',
      receivedOn: '2026-03-02',
      evidence: '窗口签收',
    });
    const before = await track(answered.number, answered.code);
    assert.match(before, /还有 -?\d+ 个工作日|已超过 \d+ 个工作日/);
    await step(answered.number, { event: 'accepted', onDate: '2026-03-02' });
    await step(answered.number, {
      event: 'replied',
      outcome: 'disclosed',
      basis: '条例第三十六条第（二）项',
      onDate: '2026-03-20',
    });
    const done = await track(answered.number, answered.code);
    assert.match(done, /<dt>答复期限<\/dt><dd><strong>已于 2026-03-20 答复<\/strong>/);
    assert.doesNotMatch(done, /还有 -?\d+ 个工作日|已超过/);

    // 2027's holiday arrangement is not in the bundled calendar: a due date reaching into it is provisional.
    const late = await submitApplication(clerk, town.code, applicationInput({ email: '' }) as never, {
      channel: 'in_person',
      receivedOn: '2026-12-04',
      evidence: '窗口签收',
    });
    assert.match(
      await track(late.number, late.code),
      /<dt>答复期限<\/dt><dd>2027-\d\d-\d\d <span class="tag warn">暂定<\/span>/,
    );
  });

  test('the receipt mail carries the full tracking link built on the configured base URL, and the link fills in the 编号', async () => {
    const c = new Client(app.url);
    const form = await c.get(`/${town.code}/apply?applicantType=natural`);
    const nonce = /name="nonce" value="([^"]+)"/.exec(form.text)![1]!;
    const r = await c.postForm(
      `/${town.code}/apply`,
      { ...applicationInput({ email: 'wangwu@example.cn' }), nonce },
      { from: `/${town.code}/apply?applicantType=natural` },
    );
    assert.equal(r.status, 201);
    const number = /(YS\d{12})/.exec(r.text)![1]!;
    const mail = await s.db
      .selectFrom('outbox')
      .select('body')
      .where('dedupe_key', '=', `receipt:${number}`)
      .executeTakeFirstOrThrow();
    const link = `https://gk.example.gov.cn/${town.code}/track?number=${number}`;
    assert.ok(mail.body.includes(link), mail.body);
    const page = await c.get(new URL(link).pathname + new URL(link).search);
    assert.match(
      page.text,
      new RegExp(`<input id="f-number" name="number" type="text" class="w-code" value="${number}"`),
    );
  });
});
