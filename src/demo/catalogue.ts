// Demo catalogue for 东和乡: a few entries drafted by the clerk, reviewed, and published, through the real use cases,
// so the portal, search and the back office have something to show. Written for the demo; not real documents.
import { findPublicAgency } from '../agencies/store.ts';
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

const ENTRIES: Array<{ column: string; input: Omit<EntryInput, 'columnId' | 'publisher' | 'legacyIndexNo' | 'withheldReason' | 'repealedOn' | 'disclosure' | 'validity'> }> = [
  { column: '社会救助', input: { title: '东和乡2026年第一季度城乡低保对象复核结果公示', summary: '公示第一季度城乡低保、特困供养对象复核结果及监督电话。', formedOn: '2026-03-02', docNo: null, topic: '民政、扶贫、救灾', genre: 'announcement', body: '根据低保对象动态管理要求，经村民代表评议、乡人民政府审核，现将第一季度复核结果予以公示。公示期七天。' } },
  { column: '通知公告', input: { title: '关于做好2026年度城乡居民医保集中缴费工作的通知', summary: '明确城乡居民医保集中缴费的期限、标准和缴费方式。', formedOn: '2026-02-20', docNo: '东政〔2026〕5号', topic: '卫生健康', genre: 'notice', body: '各村民委员会：为做好2026年度城乡居民基本医疗保险集中缴费工作，现将有关事项通知如下。' } },
  { column: '工作动态', input: { title: '东和乡召开春耕备耕工作推进会', summary: '部署春耕备耕、农田水利和农资保障工作。', formedOn: '2026-03-05', docNo: null, topic: '农业农村', genre: 'news', body: '3月5日，东和乡召开春耕备耕工作推进会，部署农资供应、农田水利设施检修等工作。' } },
];

export async function seedDemoCatalogue(db: Db, config: Config, code: string): Promise<void> {
  const agency = await findPublicAgency(db, code);
  if (!agency) return;
  const as = async (username: string) => {
    const u = (await findUserForLogin(db, username))!;
    return makeCtx({ db, config }, { kind: 'staff', userId: u.id, username, displayName: u.displayName, agencyId: u.agencyId, agencyCode: u.agencyCode, agencyPath: u.agencyPath, roles: u.roles as Role[] });
  };
  const [clerk, secrecy, reviewer] = [await as(`${code}-clerk`), await as(`${code}-secrecy`), await as(`${code}-reviewer`)];
  const { columns } = await db.transaction().execute((tx) => ensureCatalogue(tx, clerk, agency));
  for (const e of ENTRIES) {
    const columnId = columns.find((c) => c.name === e.column)!.id;
    const { id } = await createEntry(clerk, code, { ...e.input, columnId, publisher: agency.name, disclosure: 'active', validity: 'valid', withheldReason: null, repealedOn: null, legacyIndexNo: null });
    const version = async () => (await findEntry(db, { kind: 'system' }, id))!.version;
    await reviewEntry(clerk, id, { action: 'submit', comment: '', version: await version() });
    await reviewEntry(secrecy, id, { action: 'approve', comment: '', version: await version() });
    await reviewEntry(reviewer, id, { action: 'approve', comment: '', version: await version() });
    await publishEntry(reviewer, id, await version());
  }
}
