// 表三 of an agency and year for the requests API, computed exactly as the annual report computes it (one aggregate
// over the cases' episodes, report/facts-store.ts), so the API and the report never disagree.
import { findAgencyByCode } from '../agencies/store.ts';
import { authorize, can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { episodeCounts } from '../report/facts-store.ts';
import { applicationsTable } from '../report/live.ts';
import type { ApplicationsTable } from '../report/model.ts';

export async function computeTableThree(ctx: Ctx, agencyCode: string, year: number): Promise<ApplicationsTable> {
  authorize(can(ctx.actor, 'report.build'));
  const agency = await findAgencyByCode(ctx.db, ctx.scope, agencyCode);
  if (!agency) throw notFound('机关');
  return applicationsTable(await episodeCounts(ctx.db, { agencyId: agency.id }, year));
}
