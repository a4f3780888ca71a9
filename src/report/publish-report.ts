// 公布: the head publishes the year's report. The year is closed first if nobody did (the report is built from the
// snapshot); errors block publishing, warnings need a written justification; the report lands in the agency's
// 政府信息公开年度报告 column and on the portal. One transaction: the snapshot, the entry and the state land together.
import { chineseDate } from '../calendar/dates.ts';
import { record } from '../audit/record.ts';
import { authorize, canWriteAgency } from '../auth/authorize.ts';
import { fileAnnualReport } from '../catalogue/file-annual-report.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput, stale } from '../errors.ts';
import { chinaToday } from '../time.ts';
import { changedCells, reportOf } from './live.ts';
import { type ReviewedFinding, applyReviews, blockingFindings } from './reviews.ts';
import { listReviews } from './reviews-store.ts';
import { reportDocument } from './narrative.ts';
import { readFacts } from './read-facts.ts';
import { renderText } from './render/text.ts';
import { freezeIn } from './freeze-report.ts';
import { findAnnualReport, updateAnnualReport } from './store.ts';
import { textsFrom } from './texts.ts';
import { validateDocument } from './validate-live.ts';
import { reportAgency, reviewSubject } from './view-report.ts';

export const MIN_JUSTIFICATION = 10;

export async function publishAnnualReport(
  ctx: Ctx,
  code: string,
  year: number,
  input: { justification: string | null; version: number },
): Promise<{ indexNo: string }> {
  const agency = await reportAgency(ctx, code);
  authorize(canWriteAgency(ctx.actor, agency.id, 'report.publish'));
  return ctx.db.transaction().execute(async (tx) => {
    const found = await findAnnualReport(tx, agency.id, year);
    if (found && found.version !== input.version) throw stale('年度报告');
    if (found?.state === 'published')
      throw new DomainError('illegal_transition', `${year}年度报告已于 ${found.publishedAt?.slice(0, 10)} 公布。`);
    const { row, facts } = found?.snapshot
      ? { row: found, facts: found.snapshot }
      : await freezeIn(tx, ctx, agency, year);
    const today = chinaToday(ctx.now);
    const texts = textsFrom(row.texts);
    const doc = reportDocument(facts, texts, chineseDate(today));
    const previous = (await findAnnualReport(tx, agency.id, year - 1))?.snapshot ?? null;
    const changes = changedCells(facts.tables, (await readFacts(tx, agency, year, ctx.now)).tables);
    const findings = applyReviews(
      validateDocument(doc, { texts, previous: previous ? reportOf(previous) : null, changes }),
      await listReviews(tx, agency.id, reviewSubject(agency.id, year)),
    );
    const warnings = checkPublishable(findings, input.justification);
    const body = renderText({ ...doc.report, findings }, 'tab', doc.sections[0]!.blocks.map((b) => b.text).join('\n'));
    const entry = await fileAnnualReport(tx, ctx, agency, {
      title: doc.title,
      summary: `${agency.name}${year}年政府信息公开工作年度报告（依据《条例》第四十九条、第五十条）`,
      body,
      formedOn: today,
      publishedOn: today,
    });
    const by = ctx.actor.kind === 'staff' ? ctx.actor.displayName : '系统';
    await updateAnnualReport(
      tx,
      row,
      row.version,
      {
        state: 'published',
        publishedAt: ctx.now.toISOString(),
        publishedBy: by,
        justification: warnings ? input.justification!.trim() : null,
        entryId: entry.id,
      },
      ctx.now.toISOString(),
    );
    await record(tx, ctx, {
      action: 'report.published',
      objectType: 'annual_report',
      objectId: row.id,
      agencyId: agency.id,
      summary: { year, indexNo: entry.indexNo, warnings, justification: warnings ? input.justification!.trim() : null },
    });
    return { indexNo: entry.indexNo };
  });
}

/**
 * Errors refuse unless a human dismissed them with a reason (a prompt left in a text block cannot be dismissed: it must
 * be written); warnings not dismissed need a justification of at least MIN_JUSTIFICATION characters. Returns their count.
 */
export function checkPublishable(findings: readonly ReviewedFinding[], justification: string | null): number {
  const errors = [
    ...blockingFindings(findings),
    ...findings.filter((f) => f.rule === 'TEXT.PLACEHOLDER' && f.review?.decision === 'dismissed'),
  ];
  if (errors.length) {
    const list = errors
      .slice(0, 3)
      .map((f) => f.message)
      .join('；');
    throw new DomainError(
      'illegal_transition',
      `报告有 ${errors.length} 个错误，改正后才能公布：${list}${errors.length > 3 ? '……' : ''}`,
    );
  }
  const warnings = findings.filter((f) => f.severity === 'warning' && f.review?.decision !== 'dismissed').length;
  if (warnings && (justification ?? '').trim().length < MIN_JUSTIFICATION) {
    throw invalidInput(`报告有 ${warnings} 个警告，公布前请写明理由（不少于 ${MIN_JUSTIFICATION} 字）。`, {
      justification: `请写明公布理由，不少于 ${MIN_JUSTIFICATION} 字`,
    });
  }
  return warnings;
}
