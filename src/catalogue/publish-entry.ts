// 发布: an approved entry goes public. Refused while the scanner has an open finding (fail closed) and refused to the
// author. 第二十六条: the entry is late when published more than 20 working days after 成文; that is recorded.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import { loadCalendar } from '../calendar/store.ts';
import { publicationDue } from '../clock/windows.ts';
import type { Ctx } from '../context.ts';
import { DomainError, forbidden } from '../errors.ts';
import { chinaToday } from '../time.ts';
import { actorId, actorName, loadEntry, stale } from './load.ts';
import { nextState, selfApprovalRefused } from './review.ts';
import { scanEntry } from './scan-entry.ts';
import { indexPublished } from './search-doc.ts';
import { insertApproval, updateEntry } from './store.ts';

export async function publishEntry(ctx: Ctx, id: number, version: number): Promise<{ publishedOn: string; late: boolean }> {
  const cal = await loadCalendar(ctx.db);
  return ctx.db.transaction().execute(async (tx) => {
    const entry = await loadEntry(tx, ctx, id, version);
    const t = nextState(entry.state, 'publish', { requireSignOff: false });
    if (!t.ok) throw new DomainError('illegal_transition', t.message);
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.publish'));
    const self = selfApprovalRefused(entry.authorId, actorId(ctx));
    if (self) throw forbidden(self);
    const open = await scanEntry(tx, ctx, entry);
    if (open > 0) throw new DomainError('illegal_transition', `敏感信息检查发现 ${open} 处未处理的问题，不能发布。请逐条遮盖，或写明理由后保留。`);
    const publishedOn = chinaToday(ctx.now);
    const { due } = publicationDue(cal, entry.formedOn);
    if (!(await updateEntry(tx, id, version, { state: 'published', published_on: publishedOn, publisher_name: actorName(ctx), updated_at: ctx.now.toISOString() }))) throw stale();
    await insertApproval(tx, { entryId: id, step: 'ready', decision: 'publish', actorUserId: actorId(ctx), actorName: actorName(ctx), comment: '', version, now: ctx.now.toISOString() });
    await indexPublished(tx, ctx.db.dialect, { ...entry, publishedOn });
    await record(tx, ctx, { action: 'catalogue.published', objectType: 'catalogue_entry', objectId: id, agencyId: entry.agencyId, summary: { indexNo: entry.indexNo, publishedOn, due, late: publishedOn > due } });
    return { publishedOn, late: publishedOn > due };
  });
}
