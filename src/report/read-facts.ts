// Reads an agency's (or a subtree's) facts of a year from live data, through the aggregate queries of facts-store.ts.
// No permission check here: the use cases that call it decide who may read which agency.
import type { Db } from '../db/connect.ts';
import {
  type Subject,
  appealFacts,
  channelPostCounts,
  documentCounts,
  episodeCounts,
  feesCollected,
  mediaAccounts,
  publicationCounts,
  registerTotals,
  workFacts,
} from './facts-store.ts';
import { type ReportFacts, appealsTable, applicationsTable, proactiveTable } from './live.ts';

type Q = Pick<Db, 'selectFrom'>;
export type AgencyRef = { id: number; code: string; name: string; kind: string };

/** The three tables of one agency or a whole subtree: three grouped aggregates and the year's appeals. */
export async function readTables(db: Q, subject: Subject, year: number): Promise<ReportFacts['tables']> {
  const [groups, appeals, docs, registers] = await Promise.all([
    episodeCounts(db, subject, year),
    appealFacts(db, subject, year),
    documentCounts(db, subject, year),
    registerTotals(db, subject, year),
  ]);
  return {
    applications: applicationsTable(groups),
    appeals: appealsTable(appeals, year),
    proactive: proactiveTable(docs, registers),
  };
}

export async function readFacts(db: Q, agency: AgencyRef, year: number, now: Date): Promise<ReportFacts> {
  const [tables, publications, channels, media, work, fees] = await Promise.all([
    readTables(db, { agencyId: agency.id }, year),
    publicationCounts(db, agency.id, year),
    channelPostCounts(db, agency.id, year),
    mediaAccounts(db, agency.id, year),
    workFacts(db, agency.id, year),
    feesCollected(db, agency.id, year),
  ]);
  const byColumn = new Map<string, number>();
  const byMonth = Array.from({ length: 12 }, () => 0);
  for (const p of publications) {
    byColumn.set(p.column, (byColumn.get(p.column) ?? 0) + p.count);
    byMonth[p.month - 1]! += p.count;
  }
  return {
    agency: { id: agency.id, code: agency.code, name: agency.name, kind: agency.kind },
    year,
    computedAt: now.toISOString(),
    tables,
    published: {
      total: byMonth.reduce((a, b) => a + b, 0),
      byColumn: [...byColumn].map(([column, count]) => ({ column, count })),
      byMonth,
    },
    channels,
    media,
    work,
    fees,
  };
}
