// What gongkai already knows about each agency an assessment covers (the assessor's direct subordinates): the column
// monitor (stale, empty, 单项否决) and the request clock (overdue, due soon). Shown beside the scoring form, so a score
// rests on the same figures the platform keeps, not on a separate paper check.
import { listChildren } from '../agencies/store.ts';
import { monitorColumns } from '../catalogue/columns.ts';
import { lastPublishedByColumn, listColumns } from '../catalogue/column-store.ts';
import type { Ctx } from '../context.ts';
import { makeCtx } from '../context.ts';
import { caseCounts } from '../requests/list-cases.ts';
import { chinaToday } from '../time.ts';

export type UnitFigures = {
  code: string;
  name: string;
  columns: number;
  stale: number;
  empty: number;
  veto: string[];
  overdue: number;
  dueSoon: number;
};

export async function unitFigures(ctx: Ctx, agencyId: number): Promise<UnitFigures[]> {
  const today = chinaToday(ctx.now);
  // Aggregate figures of the assessor's own subordinates: read with the operator's reach, since an assessing head or
  // administrator need not hold the supervisor role; only counts leave this function.
  const system = makeCtx(
    { db: ctx.db, config: ctx.config, now: ctx.now },
    { kind: 'system', label: 'assessment-figures' },
  );
  const out: UnitFigures[] = [];
  for (const unit of await listChildren(ctx.db, agencyId)) {
    const columns = await listColumns(ctx.db, unit.id);
    const last = await lastPublishedByColumn(ctx.db, unit.id);
    const m = monitorColumns(
      columns.map((c) => ({
        id: c.id,
        name: c.name,
        cls: c.cls,
        key: c.key,
        lastPublished: last.get(c.id) ?? null,
        nothingNewUntil: c.nothingNewUntil,
      })),
      today,
    );
    const n = await caseCounts(system, { agencyId: unit.id });
    out.push({
      code: unit.code,
      name: unit.name,
      columns: columns.length,
      stale: m.stale,
      empty: m.empty,
      veto: m.veto,
      overdue: n.overdue,
      dueSoon: n.dueSoon,
    });
  }
  return out;
}

/** A starting scoring sheet built on those figures; the assessor edits it before opening the round. */
export const SUGGESTED_SHEET = [
  '栏目按时更新（按栏目监测：过期、空白栏目扣分） 30',
  '依申请公开按期答复（按期限记录：逾期件扣分） 30',
  '信息发布先审后发、保密审查 20',
  '参加政务公开培训 10',
  '意见箱答复及时 10',
].join('\n');
