// 表四 from the cases (pure): a case decided in the year counts under its result; one still open on 31 December counts
// as 尚未审结; each row's total is the sum of its four columns. The shape is report-schema.md's tables.appeals.
import type { Appeal } from './store.ts';
import { APPEAL_KINDS, DECISIONS } from './outcomes.ts';

export type AppealRow = { upheld: number; corrected: number; other: number; pending: number; total: number };
export type TableFour = {
  reconsideration: AppealRow;
  litigationDirect: AppealRow;
  litigationAfterReconsideration: AppealRow;
};

const empty = (): AppealRow => ({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });

/** The 表四 row and column a case counts in for `year`; null when it was decided before the year (reported then). */
export function appealCell(
  c: Pick<Appeal, 'kind' | 'decidedOn' | 'decision'>,
  year: number,
): { row: keyof TableFour; column: Exclude<keyof AppealRow, 'total'> } | null {
  const end = `${year}-12-31`;
  const decidedInYear = c.decidedOn && c.decision && c.decidedOn >= `${year}-01-01` && c.decidedOn <= end;
  const column = decidedInYear ? DECISIONS[c.decision!].column : c.decidedOn && c.decidedOn <= end ? null : 'pending';
  return column ? { row: APPEAL_KINDS[c.kind].row, column } : null;
}

export function tableFour(
  cases: ReadonlyArray<Pick<Appeal, 'kind' | 'decidedOn' | 'decision'>>,
  year: number,
): TableFour {
  const t: TableFour = { reconsideration: empty(), litigationDirect: empty(), litigationAfterReconsideration: empty() };
  for (const c of cases) {
    const cell = appealCell(c, year);
    if (!cell) continue;
    t[cell.row][cell.column]++;
    t[cell.row].total++;
  }
  return t;
}
