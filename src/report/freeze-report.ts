// 年终封账: after the year has ended, the report's figures are frozen into a snapshot; the report is built from it
// from then on, and later changes to that year's data show as findings (SNAPSHOT.CHANGED). Closing again before
// publication takes a new snapshot (audited); a published report stays as published.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import type { Agency } from '../agencies/store.ts';
import { DomainError } from '../errors.ts';
import { chinaToday } from '../time.ts';
import type { ReportFacts } from './live.ts';
import { readFacts } from './read-facts.ts';
import { type AnnualReportRow, ensureAnnualReport, updateAnnualReport } from './store.ts';
import { assertReportYear, reportAgency } from './view-report.ts';

type Tx = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export async function freezeAnnualReport(ctx: Ctx, code: string, year: number): Promise<void> {
  const agency = await reportAgency(ctx, code);
  authorize(canWriteAgency(ctx.actor, agency.id, 'report.publish'));
  await ctx.db.transaction().execute((tx) => freezeIn(tx, ctx, agency, year));
}

/** Takes the snapshot inside the caller's transaction (publishing closes the year first when nobody did). */
export async function freezeIn(
  tx: Tx,
  ctx: Ctx,
  agency: Agency,
  year: number,
): Promise<{ row: AnnualReportRow; facts: ReportFacts }> {
  const today = chinaToday(ctx.now);
  assertReportYear(year, today);
  if (year >= Number(today.slice(0, 4)))
    throw new DomainError('illegal_transition', `${year}年尚未结束，不能年终封账；年度数据在年底后才完整。`);
  const row = await ensureAnnualReport(tx, agency.id, year, ctx.now.toISOString());
  if (row.state === 'published') throw new DomainError('illegal_transition', `${year}年度报告已公布，不能重新封账。`);
  const facts = await readFacts(tx, agency, year, ctx.now);
  const by = ctx.actor.kind === 'staff' ? ctx.actor.displayName : '系统';
  await updateAnnualReport(
    tx,
    row,
    row.version,
    { state: 'frozen', snapshot: facts, snapshotAt: ctx.now.toISOString(), frozenBy: by },
    ctx.now.toISOString(),
  );
  await record(tx, ctx, {
    action: 'report.frozen',
    objectType: 'annual_report',
    objectId: row.id,
    agencyId: agency.id,
    summary: {
      year,
      refreeze: row.snapshot !== null,
      received: facts.tables.applications.received?.total ?? 0,
      proactive: facts.published.total,
    },
  });
  return { row: { ...row, state: 'frozen', snapshot: facts, version: row.version + 1 }, facts };
}
