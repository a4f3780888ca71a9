// Which of 表三's figures of a year include cases imported from before the move (requests import): each cell with how
// many imported cases it counts. Computed with the report's own assembly (report/live.ts), over the imported episodes
// only, so a cell is marked exactly when an imported case is counted in it.
import { findAgencyByCode } from '../agencies/store.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { APPLICANT_COLUMNS } from '../report/format.ts';
import { applicationsTable } from '../report/live.ts';
import { importedEpisodeCounts } from './import-store.ts';

export type ImportedFigure = { row: string; column: string; count: number };

export async function importedFigures(ctx: Ctx, agencyCode: string, year: number): Promise<ImportedFigure[]> {
  const agency = await findAgencyByCode(ctx.db, ctx.scope, agencyCode);
  if (!agency) throw notFound('机关');
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const episodes = await importedEpisodeCounts(ctx.db, agency.id, year);
  const table = applicationsTable(
    episodes.map((e) => ({
      kind: e.kind,
      result: e.closedOn !== null && e.closedOn <= end ? e.outcome : null,
      received: e.startedOn >= start ? 1 : 0,
      carriedIn: e.startedOn < start ? 1 : 0,
      count: 1,
    })),
  );
  return Object.entries(table).flatMap(([row, cells]) =>
    APPLICANT_COLUMNS.flatMap((c) => {
      const n = Number(cells?.[c.key] ?? 0);
      return n > 0 ? [{ row, column: c.key, count: n }] : [];
    }),
  );
}
