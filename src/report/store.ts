// SQL for each agency's annual report of a year: its texts, its frozen snapshot and its publication.
import type { Db } from '../db/connect.ts';
import { stale } from '../errors.ts';
import type { ReportFacts } from './live.ts';
import type { ReportState } from './states.ts';

type Q = Pick<Db, 'selectFrom' | 'insertInto' | 'updateTable'>;

export type AnnualReportRow = {
  id: number;
  agencyId: number;
  year: number;
  state: ReportState;
  texts: Record<string, unknown>;
  snapshot: ReportFacts | null;
  snapshotAt: string | null;
  frozenBy: string | null;
  justification: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
  entryId: number | null;
  version: number;
};

export async function findAnnualReport(db: Q, agencyId: number, year: number): Promise<AnnualReportRow | undefined> {
  const r = await db
    .selectFrom('annual_reports')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .executeTakeFirst();
  if (!r) return undefined;
  return {
    id: Number(r.id),
    agencyId: Number(r.agency_id),
    year: Number(r.year),
    state: r.state,
    texts: JSON.parse(r.texts) as Record<string, unknown>,
    snapshot: r.snapshot ? (JSON.parse(r.snapshot) as ReportFacts) : null,
    snapshotAt: r.snapshot_at,
    frozenBy: r.frozen_by,
    justification: r.justification,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    entryId: r.entry_id === null ? null : Number(r.entry_id),
    version: Number(r.version),
  };
}

/** The agency's report row of the year, created as a draft the first time anyone writes to it. */
export async function ensureAnnualReport(db: Q, agencyId: number, year: number, now: string): Promise<AnnualReportRow> {
  const found = await findAnnualReport(db, agencyId, year);
  if (found) return found;
  await db
    .insertInto('annual_reports')
    .values({ agency_id: agencyId, year, state: 'draft', texts: '{}', created_at: now, updated_at: now })
    .execute();
  return (await findAnnualReport(db, agencyId, year))!;
}

export type ReportChange = Partial<{
  state: ReportState;
  texts: Record<string, string>;
  snapshot: ReportFacts;
  snapshotAt: string;
  frozenBy: string;
  justification: string | null;
  publishedAt: string;
  publishedBy: string;
  entryId: number;
}>;

/** Optimistic update: a row changed since the caller read it → `stale`. */
export async function updateAnnualReport(
  db: Q,
  row: AnnualReportRow,
  version: number,
  c: ReportChange,
  now: string,
): Promise<void> {
  const r = await db
    .updateTable('annual_reports')
    .set({
      ...(c.state ? { state: c.state } : {}),
      ...(c.texts ? { texts: JSON.stringify(c.texts) } : {}),
      ...(c.snapshot
        ? { snapshot: JSON.stringify(c.snapshot), snapshot_at: c.snapshotAt ?? now, frozen_by: c.frozenBy ?? null }
        : {}),
      ...(c.justification !== undefined ? { justification: c.justification } : {}),
      ...(c.publishedAt ? { published_at: c.publishedAt, published_by: c.publishedBy ?? null } : {}),
      ...(c.entryId ? { entry_id: c.entryId } : {}),
      version: version + 1,
      updated_at: now,
    })
    .where('id', '=', row.id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) throw stale('年度报告');
}

/** The stored reports of a year for a set of agencies (roll-up status). */
export async function reportStates(
  db: Q,
  agencyIds: readonly number[],
  year: number,
): Promise<Map<number, { state: ReportState; publishedAt: string | null; snapshot: ReportFacts | null }>> {
  const out = new Map<number, { state: ReportState; publishedAt: string | null; snapshot: ReportFacts | null }>();
  for (let i = 0; i < agencyIds.length; i += 500) {
    const rows = await db
      .selectFrom('annual_reports')
      .select(['agency_id', 'state', 'published_at', 'snapshot'])
      .where('year', '=', year)
      .where('agency_id', 'in', agencyIds.slice(i, i + 500))
      .execute();
    for (const r of rows)
      out.set(Number(r.agency_id), {
        state: r.state,
        publishedAt: r.published_at,
        snapshot: r.snapshot ? (JSON.parse(r.snapshot) as ReportFacts) : null,
      });
  }
  return out;
}

/** Published reports of an agency, newest year first (the portal's 年度报告 list). */
export async function publishedYears(db: Q, agencyId: number): Promise<number[]> {
  const rows = await db
    .selectFrom('annual_reports')
    .select('year')
    .where('agency_id', '=', agencyId)
    .where('state', '=', 'published')
    .orderBy('year', 'desc')
    .execute();
  return rows.map((r) => Number(r.year));
}
