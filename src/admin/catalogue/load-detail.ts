// Gathers what the back-office entry page shows. Reads only; scoped to the actor.
import { loadCalendar } from '../../calendar/store.ts';
import { listColumns } from '../../catalogue/column-store.ts';
import {
  findEntry,
  listApprovals,
  listAttachments,
  listChannelPosts,
  listFindings,
  listVersions,
} from '../../catalogue/store.ts';
import { publicationDue } from '../../clock/windows.ts';
import type { Ctx } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { chinaToday } from '../../time.ts';

export async function loadDetail(ctx: Ctx, id: number) {
  const entry = await findEntry(ctx.db, ctx.scope, id);
  if (!entry) throw notFound('信息');
  const [cal, columns, approvals, findings, attachments, versions, posts] = await Promise.all([
    loadCalendar(ctx.db),
    listColumns(ctx.db, entry.agencyId),
    listApprovals(ctx.db, id),
    listFindings(ctx.db, id),
    listAttachments(ctx.db, id),
    listVersions(ctx.db, id),
    listChannelPosts(ctx.db, id),
  ]);
  const { due } = publicationDue(cal, entry.formedOn);
  const late = (entry.publishedOn ?? chinaToday(ctx.now)) > due; // 第二十六条: published, or still waiting, after the 20th working day
  return {
    entry,
    columnName: columns.find((c) => c.id === entry.columnId)?.name ?? '',
    due,
    late,
    approvals,
    findings,
    attachments,
    versions,
    posts,
  };
}
