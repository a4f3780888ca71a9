// What the column monitor shows of the staff member's agency: each column's staleness (columns.ts monitorColumns),
// the 标准目录 items whose column is stale or empty, each column's owner and the staff who may own one. Reads only
// (the columns are made on first use); the back-office page and the API show the same.
import type { StaffCtx } from '../context.ts';
import { chinaToday } from '../time.ts';
import { lastPublishedByColumn } from './column-store.ts';
import { monitorColumns } from './columns.ts';
import { columnsOf } from './columns-of.ts';
import { listAgencyStaff } from './reminder-store.ts';
import { listStandardItems } from './standard-store.ts';

export async function columnMonitor(ctx: StaffCtx) {
  const { columns } = await columnsOf(ctx);
  const last = await lastPublishedByColumn(ctx.db, ctx.actor.agencyId);
  const today = chinaToday(ctx.now);
  const result = monitorColumns(
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
  const homeLast = [...last.values()].sort().at(-1) ?? null;
  const flagged = new Map(result.columns.filter((c) => c.flag === 'stale' || c.flag === 'empty').map((c) => [c.id, c]));
  const lateItems = (await listStandardItems(ctx.db, ctx.actor.agencyId))
    .filter((it) => it.columnId && flagged.has(it.columnId))
    .map((it) => ({
      item: `${it.level1} · ${it.level2}`,
      timeLimit: it.timeLimit,
      column: flagged.get(it.columnId!)!.name,
    }));
  const owners = new Map(columns.map((c) => [c.id, c.ownerUserId]));
  const staff = await listAgencyStaff(ctx.db, ctx.actor.agencyId);
  return { columns, result, today, homeLast, lateItems, owners, staff };
}
