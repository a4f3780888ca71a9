// 表三 for an agency and year from its live cases (the report room renders and checks it).
import { findAgencyByCode } from '../agencies/store.ts';
import { authorize, can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import type { ApplicantColumn } from './outcomes.ts';
import { listForReport } from './store.ts';
import { type TableThree, tableThree } from './table-three.ts';

export async function computeTableThree(ctx: Ctx, agencyCode: string, year: number): Promise<TableThree> {
  authorize(can(ctx.actor, 'report.build'));
  const agency = await findAgencyByCode(ctx.db, ctx.scope, agencyCode);
  if (!agency) throw notFound('机关');
  const cases = await listForReport(ctx.db, ctx.scope, agency.id, `${year}-12-31`);
  return tableThree(cases.map((c) => ({ ...c, kind: c.kind as ApplicantColumn })), year);
}
