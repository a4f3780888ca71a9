// Enters 行政许可/处罚/强制 decisions or 行政事业性收费 for a year (one decision or a total), for 表二.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { findAgencyById } from '../agencies/store.ts';
import { notFound } from '../errors.ts';
import { documentCounts, registerTotals } from '../report/facts-store.ts';
import { proactiveTable } from '../report/live.ts';
import { insertDecision } from './register-store.ts';
import type { DecisionKind, ProactiveTable } from './registers.ts';

export async function recordDecisions(
  ctx: Ctx,
  agencyId: number,
  input: { year: number; kind: DecisionKind; count: number; amountFen: number; note: string },
): Promise<void> {
  await ctx.db.transaction().execute(async (tx) => {
    authorize(canWriteAgency(ctx.actor, agencyId, 'catalogue.manage'));
    await insertDecision(tx, { agencyId, ...input, now: ctx.now.toISOString() });
    await record(tx, ctx, {
      action: 'catalogue.decisions_recorded',
      objectType: 'agency',
      objectId: agencyId,
      agencyId,
      summary: { year: input.year, kind: input.kind, count: input.count, amountFen: input.amountFen },
    });
  });
}

/** 表二 of `year` for the agency, as report-schema.md's tables.proactive (2021 format), as the annual report counts it. */
export async function computeProactive(ctx: Ctx, agencyId: number, year: number): Promise<ProactiveTable> {
  if (!(await findAgencyById(ctx.db, ctx.scope, agencyId))) throw notFound('机关'); // supervisors read below them
  const [docs, registers] = await Promise.all([
    documentCounts(ctx.db, { agencyId }, year),
    registerTotals(ctx.db, { agencyId }, year),
  ]);
  return proactiveTable(docs, registers);
}
