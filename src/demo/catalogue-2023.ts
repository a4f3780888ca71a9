// The reference township's 2023 proactive disclosure (../shared/reference, 一（一）and（四）): 201 items published on
// the website across the areas the report names (乡村振兴、安全生产、优化营商环境、保障和改善民生、加强社会治理、应急管理),
// and the WeChat account 灵净东和 with 2,331 followers and 340 posts at the year's end. The report gives only the total,
// so the split across columns, the titles and the dates are stand-ins; each item goes through the real workflow
// (draft → 保密审查 → 审核 → 发布) on its 2023 date.
import type { Agency } from '../agencies/store.ts';
import type { StaffActor } from '../auth/actor.ts';
import { createEntry } from '../catalogue/create-entry.ts';
import { ensureCatalogue } from '../catalogue/ensure-catalogue.ts';
import { publishEntry } from '../catalogue/publish-entry.ts';
import { reviewEntry } from '../catalogue/review-entry.ts';
import { recordMediaAccount } from '../catalogue/save-standard.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';

/** Area named in the report → the column its items are published in, the 主题 and how many (sum 201). */
const AREAS = [
  {
    area: '乡村振兴',
    column: '农业农村政策',
    topic: '农业农村',
    count: 48,
    titles: [
      '东和乡{m}月乡村振兴重点工作推进情况',
      '东和乡{m}月人居环境整治工作简报',
      '东和乡{m}月产业发展项目进展情况',
    ],
  },
  {
    area: '安全生产',
    column: '基层政务公开·安全生产',
    topic: '市场监管',
    count: 36,
    titles: ['东和乡{m}月安全生产检查情况通报', '东和乡{m}月道路交通安全隐患排查情况'],
  },
  {
    area: '优化营商环境',
    column: '行政许可和对外管理服务',
    topic: '国民经济管理',
    count: 22,
    titles: ['东和乡{m}月便民服务事项办理情况', '东和乡{m}月优化营商环境工作动态'],
  },
  {
    area: '保障和改善民生',
    column: '社会救助',
    topic: '民政、扶贫、救灾',
    count: 45,
    titles: [
      '东和乡{m}月城乡低保资金发放情况公示',
      '东和乡{m}月特困人员救助供养情况公示',
      '东和乡{m}月临时救助情况公示',
    ],
  },
  {
    area: '加强社会治理',
    column: '工作动态',
    topic: '综合政务',
    count: 28,
    titles: ['东和乡{m}月矛盾纠纷排查化解工作动态', '东和乡{m}月综治工作简报'],
  },
  {
    area: '应急管理',
    column: '应急管理',
    topic: '公安、安全、司法',
    count: 22,
    titles: ['东和乡{m}月防汛抗旱工作情况', '东和乡{m}月森林防火工作情况'],
  },
] as const;

export const DEMO_2023_ITEMS = AREAS.reduce((n, a) => n + a.count, 0);

/** The i-th of n items spread over 2023, on a weekday (dates are stand-ins). */
function dayOf(i: number, n: number): string {
  const start = Date.UTC(2023, 0, 4);
  const day = new Date(start + Math.floor(((i + 0.5) * 358) / n) * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

export async function seedCatalogue2023(
  db: Db,
  config: Config,
  agency: Agency,
  staff: { clerk: StaffActor; secrecy: StaffActor; reviewer: StaffActor; admin: StaffActor },
): Promise<void> {
  const on = (actor: StaffActor, day: string) => makeCtx({ db, config, now: new Date(`${day}T02:30:00Z`) }, actor);
  const { columns } = await db
    .transaction()
    .execute((tx) => ensureCatalogue(tx, on(staff.clerk, '2023-01-03'), agency));
  for (const a of AREAS) {
    const columnId = columns.find((c) => c.name === a.column)!.id;
    for (let i = 0; i < a.count; i++) {
      const day = dayOf(i, a.count);
      const month = Number(day.slice(5, 7));
      const title = `${a.titles[i % a.titles.length]!.replace('{m}', String(month))}${i >= a.titles.length * 12 ? `（${Math.floor(i / a.titles.length)}）` : ''}`;
      const { id } = await createEntry(on(staff.clerk, day), agency.code, {
        columnId,
        title,
        summary: `${a.area}：${title}。`,
        publisher: agency.name,
        formedOn: day,
        docNo: null,
        topic: a.topic,
        genre: 'news',
        disclosure: 'active',
        validity: 'valid',
        withheldReason: null,
        repealedOn: null,
        legacyIndexNo: null,
        body: `${title}。本信息按照“谁制作、谁审核、谁公开、谁负责”的原则，经保密审查和审核后发布。`,
      });
      await reviewEntry(on(staff.clerk, day), id, { action: 'submit', comment: '', version: 1 });
      await reviewEntry(on(staff.secrecy, day), id, { action: 'approve', comment: '', version: 2 });
      await reviewEntry(on(staff.reviewer, day), id, { action: 'approve', comment: '', version: 3 });
      await publishEntry(on(staff.reviewer, day), id, 4);
    }
  }
  await recordMediaAccount(on(staff.admin, '2024-01-05'), agency.id, {
    platform: '微信公众号',
    name: '灵净东和',
    year: 2023,
    followers: 2331,
    posts: 340,
  });
}
