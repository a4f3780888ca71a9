// An agency's annual report of a year as its staff (or a supervisor above it) see it: built live from the data while a
// draft, from the frozen snapshot once the year is closed — with the cells that moved since flagged — and validated.
import type { Agency } from '../agencies/store.ts';
import { findAgencyByCode } from '../agencies/store.ts';
import type { AgencyKind } from '../agencies/kinds.ts';
import { authorize, can } from '../auth/authorize.ts';
import { chineseDate } from '../calendar/dates.ts';
import { annualReportDue } from '../clock/windows.ts';
import type { Ctx } from '../context.ts';
import { invalidInput, notFound } from '../errors.ts';
import { chinaToday } from '../time.ts';
import type { ReportDocument } from './document.ts';
import { type CellChange, type ReportFacts, changedCells, reportOf } from './live.ts';
import { type ReviewedFinding, applyReviews } from './reviews.ts';
import { listReviews } from './reviews-store.ts';
import { reportDocument } from './narrative.ts';
import { readFacts } from './read-facts.ts';
import { type AnnualReportRow, findAnnualReport } from './store.ts';
import { type ReportTexts, textsFrom } from './texts.ts';
import { validateDocument } from './validate-live.ts';

export type AnnualReportView = {
  agency: Agency;
  year: number;
  row: AnnualReportRow | null;
  texts: ReportTexts;
  facts: ReportFacts;
  document: ReportDocument;
  /** Every finding, with the human review of its fingerprint when there is one. */
  findings: ReviewedFinding[];
  /** Cells whose live value moved after the year-end snapshot. */
  changes: CellChange[];
  due: { due: string; basis: string };
  /** The year has not ended: the figures are running totals. */
  running: boolean;
};

export const FIRST_REPORT_YEAR = 2008;

/** A report year staff may open: from the first year of the 条例 reports up to this one; else a Chinese 400. */
export function assertReportYear(year: number, today: string): void {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_REPORT_YEAR || year > current) {
    throw invalidInput(`年度应在 ${FIRST_REPORT_YEAR} 至 ${current} 之间。`, { year: '请填写正确的年度' });
  }
}

/** The agency of `code` if the actor may read its report: its own staff, or a supervisor above it. */
export async function reportAgency(ctx: Ctx, code: string): Promise<Agency> {
  const d = can(ctx.actor, 'report.build');
  authorize(d.allowed ? d : can(ctx.actor, 'subtree.read'));
  const agency = await findAgencyByCode(ctx.db, ctx.scope, code);
  if (!agency) throw notFound('机关');
  return agency;
}

export async function viewAnnualReport(ctx: Ctx, code: string, year: number): Promise<AnnualReportView> {
  const today = chinaToday(ctx.now);
  assertReportYear(year, today);
  const agency = await reportAgency(ctx, code);
  const [row, previousRow] = await Promise.all([
    findAnnualReport(ctx.db, agency.id, year),
    findAnnualReport(ctx.db, agency.id, year - 1),
  ]);
  const live = await readFacts(ctx.db, agency, year, ctx.now);
  const facts = row?.snapshot ?? live;
  const changes = row?.snapshot ? changedCells(row.snapshot.tables, live.tables) : [];
  const texts = textsFrom(row?.texts ?? {});
  const dateLine = row?.publishedAt ? chineseDate(chinaToday(new Date(row.publishedAt))) : null;
  const document = reportDocument(facts, texts, dateLine);
  const previous = previousRow?.snapshot ? reportOf(previousRow.snapshot) : null;
  const findings = applyReviews(
    validateDocument(document, { texts, previous, changes }),
    await listReviews(ctx.db, agency.id, reviewSubject(agency.id, year)),
  );
  document.report.findings = findings;
  return {
    agency,
    year,
    row: row ?? null,
    texts,
    facts,
    document,
    findings,
    changes,
    due: annualReportDue(agency.kind as AgencyKind, year, ctx.config.reportDue[agency.kind]),
    running: year >= Number(today.slice(0, 4)),
  };
}

/** The subject under which reviews of a built annual report's findings are kept (shared with the checker's store). */
export const reviewSubject = (agencyId: number, year: number): string => `annual:${agencyId}:${year}`;
