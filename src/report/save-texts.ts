// Staff write the text blocks of the report that only people know. Saved as a whole, optimistic on the version.
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput, stale } from '../errors.ts';
import { chinaToday } from '../time.ts';
import { ensureAnnualReport, updateAnnualReport } from './store.ts';
import { MAX_TEXT_LENGTH, type ReportTexts, TEXT_BLOCKS, textsFrom } from './texts.ts';
import { assertReportYear, reportAgency } from './view-report.ts';

export async function saveReportTexts(
  ctx: Ctx,
  code: string,
  year: number,
  input: { texts: Partial<Record<string, string>>; version: number | null },
): Promise<void> {
  assertReportYear(year, chinaToday(ctx.now));
  const agency = await reportAgency(ctx, code);
  authorize(canWriteAgency(ctx.actor, agency.id, 'report.build'));
  const fields: Record<string, string> = {};
  for (const b of TEXT_BLOCKS)
    if ((input.texts[b.key] ?? '').length > MAX_TEXT_LENGTH) fields[b.key] = `不超过 ${MAX_TEXT_LENGTH} 字`;
  if (Object.keys(fields).length) throw invalidInput(`每段文字不超过 ${MAX_TEXT_LENGTH} 字。`, fields);
  await ctx.db.transaction().execute(async (tx) => {
    const row = await ensureAnnualReport(tx, agency.id, year, ctx.now.toISOString());
    if (row.state === 'published') throw new DomainError('illegal_transition', `${year}年度报告已公布，不能再修改。`);
    if (input.version !== null && input.version !== row.version) throw stale('年度报告');
    const texts: ReportTexts = textsFrom({ ...row.texts, ...input.texts });
    const changed = TEXT_BLOCKS.filter((b) => texts[b.key] !== textsFrom(row.texts)[b.key]).map((b) => b.key);
    await updateAnnualReport(tx, row, row.version, { texts }, ctx.now.toISOString());
    await record(tx, ctx, {
      action: 'report.texts_saved',
      objectType: 'annual_report',
      objectId: row.id,
      agencyId: agency.id,
      summary: { year, blocks: changed },
    });
  });
}
