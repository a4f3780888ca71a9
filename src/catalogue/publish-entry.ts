// 发布: an approved entry goes public. Refused while the scanner has an open finding (fail closed) and refused to the
// author. 第二十六条: the entry is late when published more than 20 working days after 成文; that is recorded.
// A correction draft (correct-entry.ts) that reaches this step replaces the published entry it corrects: the earlier
// version is kept, the entry keeps its 索引号 and 发布日期 and is marked corrected; until now the public saw the old one.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import { loadCalendar } from '../calendar/store.ts';
import { publicationDue } from '../clock/windows.ts';
import type { Ctx } from '../context.ts';
import { DomainError, forbidden, stale } from '../errors.ts';
import { chinaToday } from '../time.ts';
import type { Entry } from './entry.ts';
import { actorId, actorName, loadEntry, sameVersion } from './load.ts';
import { nextState, selfApprovalRefused } from './review.ts';
import { scanEntry } from './scan-entry.ts';
import { indexPublished } from './search-doc.ts';
import { contentRow, findEntry, insertApproval, insertVersion, moveAttachments, type Q, updateEntry } from './store.ts';

export async function publishEntry(
  ctx: Ctx,
  id: number,
  version: number,
): Promise<{ publishedOn: string; late: boolean }> {
  const cal = await loadCalendar(ctx.db);
  return ctx.db.transaction().execute(async (tx) => {
    // Permission, then state, then the author rule, the form's version and the scanner.
    const entry = await loadEntry(tx, ctx, id);
    authorize(canWriteAgency(ctx.actor, entry.agencyId, 'catalogue.publish'));
    nextState(entry.state, 'publish', { requireSignOff: false }); // illegal_transition unless ready
    const self = selfApprovalRefused(entry.authorId, actorId(ctx));
    if (self) throw forbidden(self);
    sameVersion(entry, version);
    const open = await scanEntry(tx, ctx, entry);
    if (open > 0)
      throw new DomainError(
        'illegal_transition',
        `敏感信息检查发现 ${open} 处未处理的问题，不能发布。请逐条遮盖，或写明理由后保留。`,
      );
    await insertApproval(tx, {
      entryId: id,
      step: 'ready',
      decision: 'publish',
      actorUserId: actorId(ctx),
      actorName: actorName(ctx),
      comment: '',
      version,
      now: ctx.now.toISOString(),
    });
    if (entry.correctsId !== null) return applyCorrection(tx, ctx, entry);
    const publishedOn = chinaToday(ctx.now);
    const { due } = publicationDue(cal, entry.formedOn);
    if (
      !(await updateEntry(tx, id, version, {
        state: 'published',
        published_on: publishedOn,
        publisher_name: actorName(ctx),
        updated_at: ctx.now.toISOString(),
      }))
    )
      throw stale();
    await indexPublished(tx, ctx.db.dialect, { ...entry, publishedOn });
    await record(tx, ctx, {
      action: 'catalogue.published',
      objectType: 'catalogue_entry',
      objectId: id,
      agencyId: entry.agencyId,
      summary: { indexNo: entry.indexNo, publishedOn, due, late: publishedOn > due },
    });
    return { publishedOn, late: publishedOn > due };
  });
}

/** The reviewed correction replaces the published entry's content; the correction itself ends as `applied`. */
async function applyCorrection(tx: Q, ctx: Ctx, correction: Entry): Promise<{ publishedOn: string; late: boolean }> {
  const original = await findEntry(tx, ctx.writeScope, correction.correctsId!);
  if (original?.state !== 'published')
    throw new DomainError('illegal_transition', '被更正的信息已不在公开状态（可能已撤下），这份更正稿不能发布。');
  const now = ctx.now.toISOString();
  const reason = correction.correctionReason ?? '';
  await insertVersion(tx, { entry: original, reason, actorUserId: actorId(ctx), now });
  const set = {
    ...contentRow(correction),
    corrected: 1,
    reviewer_name: correction.reviewerName,
    publisher_name: actorName(ctx),
    updated_at: now,
  };
  if (!(await updateEntry(tx, original.id, original.version, set))) throw stale();
  await moveAttachments(tx, correction.id, original.id);
  if (!(await updateEntry(tx, correction.id, correction.version, { state: 'applied', updated_at: now }))) throw stale();
  const corrected = (await findEntry(tx, ctx.writeScope, original.id))!;
  await indexPublished(tx, ctx.db.dialect, corrected);
  await record(tx, ctx, {
    action: 'catalogue.corrected',
    objectType: 'catalogue_entry',
    objectId: original.id,
    agencyId: original.agencyId,
    summary: { indexNo: original.indexNo, version: original.version + 1, reason, correctionId: correction.id },
  });
  return { publishedOn: original.publishedOn ?? chinaToday(ctx.now), late: false };
}
