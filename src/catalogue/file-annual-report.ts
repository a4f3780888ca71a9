// An annual report published from the report room lands in the agency's 政府信息公开年度报告 column as a published
// catalogue entry (条例第四十九条: 向社会公布). Called inside the report's publishing transaction: the head's approval of
// the report is its review, and the sensitive-information scanner still runs on the text (fail closed).
import type { Agency } from '../agencies/store.ts';
import { record } from '../audit/record.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { DomainError } from '../errors.ts';
import { ensureCatalogue } from './ensure-catalogue.ts';
import { formatIndexNo, orgPrefix } from './item.ts';
import { actorId, actorName } from './load.ts';
import { scanEntry } from './scan-entry.ts';
import { indexPublished } from './search-doc.ts';
import { findEntry, insertEntry, nextSerial, updateEntry } from './store.ts';

export const ANNUAL_REPORT_COLUMN = '政府信息公开年度报告';

type Tx = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable' | 'deleteFrom'>;

export async function fileAnnualReport(
  tx: Tx,
  ctx: Ctx,
  agency: Agency,
  r: { title: string; summary: string; body: string; formedOn: string; publishedOn: string },
): Promise<{ id: number; indexNo: string }> {
  const { columns } = await ensureCatalogue(tx, ctx, agency);
  const column = columns.find((c) => c.name === ANNUAL_REPORT_COLUMN);
  if (!column)
    throw new DomainError('conflict', `本机关的信息公开目录没有“${ANNUAL_REPORT_COLUMN}”栏目，请管理员先添加该栏目。`);
  const year = Number(r.formedOn.slice(0, 4));
  const indexNo = formatIndexNo(orgPrefix(agency.orgCode, agency.id), year, await nextSerial(tx, agency.id, year));
  const now = ctx.now.toISOString();
  const id = await insertEntry(tx, {
    columnId: column.id,
    title: r.title,
    summary: r.summary,
    publisher: agency.name,
    formedOn: r.formedOn,
    docNo: null,
    topic: '综合政务',
    genre: 'report',
    disclosure: 'active',
    withheldReason: null,
    validity: 'valid',
    repealedOn: null,
    body: r.body,
    agencyId: agency.id,
    indexNo,
    authorId: actorId(ctx),
    authorName: actorName(ctx),
    now,
  });
  const entry = (await findEntry(tx, { kind: 'system' }, id))!;
  const open = await scanEntry(tx, ctx, entry);
  if (open > 0)
    throw new DomainError(
      'illegal_transition',
      `敏感信息检查在报告文字中发现 ${open} 处问题（如身份证号、手机号或密级标志），不能公布。请修改相应段落后重试。`,
    );
  await updateEntry(tx, id, entry.version, {
    state: 'published',
    published_on: r.publishedOn,
    reviewer_name: actorName(ctx),
    publisher_name: actorName(ctx),
    updated_at: now,
  });
  await indexPublished(tx, ctx.db.dialect, { ...entry, publishedOn: r.publishedOn });
  await record(tx, ctx, {
    action: 'catalogue.published',
    objectType: 'catalogue_entry',
    objectId: id,
    agencyId: agency.id,
    summary: { indexNo, publishedOn: r.publishedOn, due: r.publishedOn, late: false },
  });
  return { id, indexNo };
}
