// 本期无新增信息: an explicit record that a column has nothing to publish up to a date, so the monitor can tell
// "nothing to publish" from "forgotten". Audited with its note.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { listColumns, setNothingNew } from './column-store.ts';

export async function declareNothingNew(
  ctx: Ctx,
  agencyId: number,
  columnId: number,
  input: { until: string; note: string },
): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    const col = (await listColumns(tx, agencyId)).find((c) => c.id === columnId);
    if (!col || !(await setNothingNew(tx, agencyId, columnId, input.until))) throw notFound('栏目');
    await record(tx, ctx, {
      action: 'catalogue.column_quiet',
      objectType: 'catalogue_column',
      objectId: columnId,
      agencyId,
      summary: { name: col.name, until: input.until, note: input.note },
    });
  });
}
