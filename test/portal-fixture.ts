// A township's portal with something on every page, for the portal's browser journeys and screenshots: a county above
// it, the 指南's contact, published entries with 文号, a published annual report, an answered case with its letter,
// a case still open, and a feedback message answered and shown.
import type { Page } from 'playwright-core';
import type { Agency } from '../src/agencies/store.ts';
import { createEntry } from '../src/catalogue/create-entry.ts';
import { getSettings, updateSettings } from '../src/catalogue/column-store.ts';
import { publishEntry } from '../src/catalogue/publish-entry.ts';
import { reviewEntry } from '../src/catalogue/review-entry.ts';
import { findEntry } from '../src/catalogue/store.ts';
import { publishFeedback, replyToFeedback } from '../src/feedback/reply.ts';
import { submitFeedback } from '../src/feedback/submit.ts';
import { readFacts } from '../src/report/read-facts.ts';
import { ensureAnnualReport, updateAnnualReport } from '../src/report/store.ts';
import { issueLetter } from '../src/requests/issue-letter.ts';
import { performStep } from '../src/requests/perform-step.ts';
import { findRequestByNumber } from '../src/requests/store.ts';
import { submitApplication } from '../src/requests/submit.ts';
import type { ApplicationInput } from '../src/requests/form.ts';
import { columnId, draftInput, staffCtx } from './catalogue.ts';
import type { TestDb } from './db.ts';
import { applicationInput, buildAgency } from './factories.ts';

export type PortalFixture = {
  county: Agency;
  town: Agency;
  entryId: number;
  reportYear: number;
  answered: { number: string; code: string };
  open: { number: string; code: string };
};

export async function portalFixture(t: TestDb): Promise<PortalFixture> {
  const county = await buildAgency(t, { kind: 'county', name: '示范县人民政府' });
  const town = await buildAgency(t, { parent: county.code, name: '东和乡人民政府' });
  const col = await columnId(t, town);
  const settings = (await getSettings(t.db, town.id))!;
  await updateSettings(
    t.db,
    town.id,
    {
      ...settings,
      guide: {
        ...settings.guide,
        office: '东和乡党政综合办公室',
        address: '示范县东和乡人民路1号',
        phone: '0731-84000001',
        email: 'gk@donghe.example.gov.cn',
        postcode: '410000',
        hours: '工作日 8:30—12:00，14:30—17:30',
      },
    },
    new Date().toISOString(),
  );
  const now = new Date();
  const [clerk, secrecy, reviewer] = await Promise.all([
    staffCtx(t, town, ['clerk'], now),
    staffCtx(t, town, ['secrecy_reviewer'], now),
    staffCtx(t, town, ['reviewer'], now),
  ]);
  const get = async (id: number) => (await findEntry(t.db, { kind: 'system' }, id))!;
  let entryId = 0;
  for (const o of [
    { title: '关于2026年城乡低保对象复核情况的公示', docNo: '东政〔2026〕3号' },
    {
      title: '东和乡2026年春耕生产工作方案',
      docNo: '东政办〔2026〕12号',
      summary: '部署春耕备耕，明确农资供应和技术服务安排。',
      body: '各村抓好春耕生产。',
    },
    {
      title: '东和乡人民政府关于调整乡村道路维修计划的通知（长标题用于检查换行是否得当，不会撑破手机页面的宽度）',
      docNo: null,
    },
  ]) {
    const { id } = await createEntry(clerk, town.code, draftInput(col, o));
    for (const [ctx, action] of [
      [clerk, 'submit'],
      [secrecy, 'approve'],
      [reviewer, 'approve'],
    ] as const)
      await reviewEntry(ctx, id, { action, comment: '', version: (await get(id)).version });
    await publishEntry(reviewer, id, (await get(id)).version);
    entryId ||= id;
  }

  const reportYear = 2025;
  const row = await ensureAnnualReport(t.db, town.id, reportYear, now.toISOString());
  const facts = await readFacts(t.db, town, reportYear, now);
  await updateAnnualReport(
    t.db,
    row,
    row.version,
    { state: 'published', snapshot: facts, publishedAt: '2026-01-20T02:00:00Z', publishedBy: 'test' },
    now.toISOString(),
  );

  const input = applicationInput({ email: '' }) as unknown as ApplicationInput;
  const answered = await submitApplication(clerk, town.code, input, {
    channel: 'in_person',
    receivedOn: '2026-03-02',
    evidence: '窗口签收',
  });
  const step = async (number: string, body: Record<string, unknown>) => {
    const c = (await findRequestByNumber(t.db, { kind: 'system' }, number))!;
    await performStep(clerk, c.id, { version: c.version, ...body });
    return c.id;
  };
  await step(answered.number, { event: 'accepted', onDate: '2026-03-02' });
  const id = await step(answered.number, {
    event: 'replied',
    outcome: 'disclosed',
    basis: '条例第三十六条第（二）项',
    onDate: '2026-03-20',
  });
  await issueLetter(clerk, id, 'reply');
  const open = await submitApplication(clerk, town.code, input, {
    channel: 'in_person',
    receivedOn: '2026-12-04',
    evidence: '窗口签收',
  });

  await submitFeedback(clerk, town.code, {
    key: 'fixture-feedback-key-0001',
    name: null,
    contact: null,
    subject: '希望公开乡道维修的进度',
    body: '希望能定期公布乡道维修工程的施工进度和完工时间。',
    wantsPublic: true,
  });
  const stored = await t.db
    .selectFrom('feedback')
    .select(['id', 'version'])
    .where('agency_id', '=', town.id)
    .executeTakeFirstOrThrow();
  await replyToFeedback(clerk, Number(stored.id), {
    reply: '感谢您的建议。乡道维修进度已在“重点领域信息公开”栏目按月公布。',
    version: Number(stored.version),
  });
  await publishFeedback(reviewer, Number(stored.id), true);
  return {
    county,
    town,
    entryId,
    reportYear,
    answered: { number: answered.number, code: answered.code },
    open: { number: open.number, code: open.code },
  };
}

/** Every portal page, reached as a visitor would: by address, or by filling and sending a form. */
export function portalVisits(f: PortalFixture): Array<[string, (page: Page, base: string) => Promise<unknown>]> {
  const t = f.town.code;
  const go = (url: string) => (page: Page, base: string) => page.goto(base + url);
  const track = (c: { number: string; code: string }) => async (page: Page, base: string) => {
    await page.goto(`${base}/${t}/track`);
    await page.getByLabel('申请编号').fill(c.number);
    await page.getByLabel('查询码').fill(c.code);
    await page.getByRole('button', { name: '查询', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: `申请 ${c.number}` }).waitFor();
  };
  return [
    ['directory', go('/')],
    ['directory search', go(`/?q=${encodeURIComponent('东和')}`)],
    ['home', go(`/${t}/`)],
    ['guide', go(`/${t}/guide`)],
    ['catalogue', go(`/${t}/catalogue`)],
    ['entry', go(`/${t}/catalogue/${f.entryId}`)],
    ['search', go(`/${t}/search?q=${encodeURIComponent('低保')}`)],
    ['reports', go(`/${t}/reports`)],
    ['report', go(`/${t}/reports/${f.reportYear}`)],
    ['apply: applicant type', go(`/${t}/apply`)],
    ['apply', go(`/${t}/apply?applicantType=natural`)],
    [
      'apply with errors',
      async (page, base) => {
        await page.goto(`${base}/${t}/apply?applicantType=natural`);
        await page.getByLabel('联系电话').fill('12345');
        await page.getByRole('button', { name: '提交申请' }).click();
        await page.locator('.error-summary').waitFor();
      },
    ],
    ['track', go(`/${t}/track`)],
    ['track (answered)', track(f.answered)],
    [
      'withdraw: confirm',
      async (page, base) => {
        await track(f.open)(page, base);
        await page.getByRole('button', { name: '撤回申请…' }).click();
        await page.getByRole('button', { name: '确认撤回' }).waitFor();
      },
    ],
    ['feedback', go(`/${t}/feedback`)],
    [
      'feedback with errors',
      async (page, base) => {
        await page.goto(`${base}/${t}/feedback`);
        await page.getByRole('button', { name: '提交' }).click();
        await page.locator('.error-summary').waitFor();
      },
    ],
    ['feedback track', go(`/${t}/feedback/track`)],
  ];
}
