// 表三 (收到和处理政府信息公开申请情况) of one agency and year, computed from its cases: rows are report-schema.md's
// keys, columns the applicant kinds plus total. Every case is counted once on each side, so per column
// received + carriedIn = total + carriedOut holds by construction (T3.BALANCE). Pure; the cases come from the store.
import { APPLICANT_COLUMNS, type ApplicantColumn, OUTCOMES, type Outcome, REPORT_ROWS, type ReportRow } from './outcomes.ts';

export type CaseForReport = { kind: ApplicantColumn; receivedOn: string; outcome: Outcome | null; /** the day the case ended (reply, withdrawal, 视为放弃) */ closedOn: string | null };
type Cells = Record<ApplicantColumn | 'total', number>;
export type TableThree = Record<'received' | 'carriedIn' | ReportRow | 'total' | 'carriedOut', Cells>;

const empty = (): Cells => Object.fromEntries([...APPLICANT_COLUMNS, 'total'].map((c) => [c, 0])) as Cells;

export function tableThree(cases: readonly CaseForReport[], year: number): TableThree {
  const start = `${year}-01-01`, end = `${year}-12-31`;
  const t = Object.fromEntries(['received', 'carriedIn', ...REPORT_ROWS, 'total', 'carriedOut'].map((r) => [r, empty()])) as TableThree;
  const add = (row: keyof TableThree, kind: ApplicantColumn) => { t[row][kind]++; t[row].total++; };
  for (const c of cases) {
    if (c.receivedOn > end || (c.closedOn !== null && c.closedOn < start)) continue; // not this year's business
    add(c.receivedOn >= start ? 'received' : 'carriedIn', c.kind);
    if (c.closedOn !== null && c.closedOn <= end && c.outcome) {
      add(OUTCOMES[c.outcome].row, c.kind);
      add('total', c.kind);
    } else add('carriedOut', c.kind);
  }
  return t;
}
