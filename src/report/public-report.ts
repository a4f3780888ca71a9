// A published annual report as the public sees it: only published reports, built from their frozen snapshot and the
// texts as published — never a draft, never live figures.
import { chineseDate } from '../calendar/dates.ts';
import { findPublicAgency, type Agency } from '../agencies/store.ts';
import type { Db } from '../db/connect.ts';
import { notFound } from '../errors.ts';
import { chinaToday } from '../time.ts';
import type { ReportDocument } from './document.ts';
import { reportDocument } from './narrative.ts';
import { findAnnualReport, publishedYears } from './store.ts';
import { textsFrom } from './texts.ts';

export async function publishedReport(
  db: Db,
  code: string,
  year: number,
): Promise<{ agency: Agency; document: ReportDocument; entryId: number | null }> {
  const agency = await findPublicAgency(db, code);
  if (!agency) throw notFound('机关');
  const row = await findAnnualReport(db, agency.id, year);
  if (row?.state !== 'published' || !row.snapshot) throw notFound('年度报告');
  const document = reportDocument(
    row.snapshot,
    textsFrom(row.texts),
    chineseDate(chinaToday(new Date(row.publishedAt!))),
  );
  return { agency, document, entryId: row.entryId };
}

export async function publishedReportYears(db: Db, code: string): Promise<{ agency: Agency; years: number[] }> {
  const agency = await findPublicAgency(db, code);
  if (!agency) throw notFound('机关');
  return { agency, years: await publishedYears(db, agency.id) };
}
