// Demo catalogue for 东和乡: entries of the current and the last year, dated relative to the day the demo is loaded,
// drafted by the clerk, reviewed, and published, through the real use cases,
// so the portal, search and the back office have something to show. Written for the demo; not real documents.
import { findPublicAgency } from '../agencies/store.ts';
import { addDays } from '../calendar/dates.ts';
import type { Role } from '../auth/roles.ts';
import { ensureCatalogue } from '../catalogue/ensure-catalogue.ts';
import { createEntry } from '../catalogue/create-entry.ts';
import type { EntryInput } from '../catalogue/form.ts';
import { publishEntry } from '../catalogue/publish-entry.ts';
import { reviewEntry } from '../catalogue/review-entry.ts';
import { findEntry } from '../catalogue/store.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { findUserForLogin } from '../staff/store.ts';
import { REFERENCE_YEAR, at } from './dates.ts';

type Input = Omit<
  EntryInput,
  'columnId' | 'publisher' | 'legacyIndexNo' | 'withheldReason' | 'repealedOn' | 'disclosure' | 'validity' | 'formedOn'
>;
// Each entry formed `ago` days before the demo's day and published the day after; `y` is the year it was formed in.
const ENTRIES: Array<{ column: string; ago: number; input: (y: number) => Input }> = [
  {
    column: '工作动态',
    ago: 6,
    input: () => ({
      title: '东和乡召开冬季安全生产和森林防火工作部署会',
      summary: '部署冬季安全生产、森林防火和冬春火灾防控工作。',
      docNo: null,
      topic: '综合政务',
      genre: 'news',
      body: '东和乡召开冬季安全生产和森林防火工作部署会，要求各村、各单位落实责任，开展隐患排查整治。',
    }),
  },
  {
    column: '通知公告',
    ago: 40,
    input: (y) => ({
      title: `关于做好${y + 1}年度城乡居民医保集中缴费工作的通知`,
      summary: '明确城乡居民医保集中缴费的期限、标准和缴费方式。',
      docNo: `东政〔${y}〕5号`,
      topic: '卫生健康',
      genre: 'notice',
      body: `各村民委员会：为做好${y + 1}年度城乡居民基本医疗保险集中缴费工作，现将有关事项通知如下。`,
    }),
  },
  {
    column: '社会救助',
    ago: 75,
    input: (y) => ({
      title: `东和乡${y}年城乡低保对象复核结果公示`,
      summary: '公示城乡低保、特困供养对象复核结果及监督电话。',
      docNo: null,
      topic: '民政、扶贫、救灾',
      genre: 'announcement',
      body: '根据低保对象动态管理要求，经村民代表评议、乡人民政府审核，现将复核结果予以公示。公示期七天。',
    }),
  },
  {
    column: '工作动态',
    ago: 250,
    input: () => ({
      title: '东和乡召开春耕备耕工作推进会',
      summary: '部署春耕备耕、农田水利和农资保障工作。',
      docNo: null,
      topic: '农业农村',
      genre: 'news',
      body: '东和乡召开春耕备耕工作推进会，部署农资供应、农田水利设施检修等工作。',
    }),
  },
  {
    column: '通知公告',
    ago: 400,
    input: (y) => ({
      title: `东和乡${y}年防汛抗旱工作方案`,
      summary: '明确汛期值班、物资储备和转移避险安排。',
      docNo: `东政〔${y}〕12号`,
      topic: '综合政务',
      genre: 'notice',
      body: '为做好汛期防汛抗旱工作，保障人民群众生命财产安全，制定本方案。',
    }),
  },
  {
    column: '社会救助',
    ago: 460,
    input: (y) => ({
      title: `东和乡${y}年临时救助资金发放情况公示`,
      summary: '公示临时救助对象、救助金额和监督电话。',
      docNo: null,
      topic: '民政、扶贫、救灾',
      genre: 'announcement',
      body: '现将临时救助资金发放情况予以公示，接受群众监督。',
    }),
  },
];

/** The entries of the current and the last year (none in the reference year). */
export async function seedDemoCatalogue(db: Db, config: Config, code: string, today: string): Promise<void> {
  const agency = await findPublicAgency(db, code);
  if (!agency) return;
  const as = async (username: string, now?: Date) => {
    const u = (await findUserForLogin(db, username))!;
    return makeCtx(
      { db, config, now },
      {
        kind: 'staff',
        userId: u.id,
        username,
        displayName: u.displayName,
        agencyId: u.agencyId,
        agencyCode: u.agencyCode,
        agencyPath: u.agencyPath,
        roles: u.roles as Role[],
      },
    );
  };
  const first = await as(`${code}-clerk`);
  const { columns } = await db.transaction().execute((tx) => ensureCatalogue(tx, first, agency));
  for (const e of ENTRIES) {
    const formedOn = addDays(today, -e.ago);
    if (Number(formedOn.slice(0, 4)) <= REFERENCE_YEAR) continue;
    const published = at(addDays(formedOn, 1) > today ? today : addDays(formedOn, 1));
    const [clerk, secrecy, reviewer] = [
      await as(`${code}-clerk`, published),
      await as(`${code}-secrecy`, published),
      await as(`${code}-reviewer`, published),
    ];
    const columnId = columns.find((c) => c.name === e.column)!.id;
    const { id } = await createEntry(clerk, code, {
      ...e.input(Number(formedOn.slice(0, 4))),
      formedOn,
      columnId,
      publisher: agency.name,
      disclosure: 'active',
      validity: 'valid',
      withheldReason: null,
      repealedOn: null,
      legacyIndexNo: null,
    });
    const version = async () => (await findEntry(db, { kind: 'system' }, id))!.version;
    await reviewEntry(clerk, id, { action: 'submit', comment: '', version: await version() });
    await reviewEntry(secrecy, id, { action: 'approve', comment: '', version: await version() });
    await reviewEntry(reviewer, id, { action: 'approve', comment: '', version: await version() });
    await publishEntry(reviewer, id, await version());
  }
}
