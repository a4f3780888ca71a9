// Rules over several reports: the same agency's consecutive years (carry-over, 现行有效件数) and a parent's figures
// against the sum of its children's. Each takes the reports it compares; `checkSeries` pairs a batch by agency.
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS } from './format.ts';
import { cellName, finding } from './finding.ts';
import type { Finding, Report } from './model.ts';

/** 本年「二、上年结转」 = 上年「四、结转下年度继续办理」, per column (§3.5, DERIVED). */
export function checkCarry(report: Report, previous: Report): Finding[] {
  const now = report.tables.applications?.carriedIn;
  const before = previous.tables.applications?.carriedOut;
  if (!now || !before) return [];
  const out: Finding[] = [];
  for (const { key, label } of APPLICANT_COLUMNS) {
    const a = now[key];
    const b = before[key];
    if (a === null || b === null || a === b) continue;
    out.push(
      finding(
        'CROSS_YEAR.CARRY',
        `表三「${label}」列：本年上年结转为 ${a}，但${previous.year ?? '上'}年度报告的结转下年度继续办理为 ${b}`,
        { table: 'applications', row: 'carriedIn', column: key, expected: b, actual: a },
      ),
    );
  }
  return out;
}

/** 2021 format: 本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数 (§3.5, a warning: UNVERIFIED as a rule). */
export function checkInForce(report: Report, previous: Report): Finding[] {
  const out: Finding[] = [];
  for (const row of ['regulations', 'normativeDocuments'] as const) {
    const now = report.tables.proactive?.[row];
    const last = previous.tables.proactive?.[row]?.inForce;
    if (!now || last === null || last === undefined) continue;
    const { issued, repealed, inForce } = now;
    if (issued == null || repealed == null || inForce == null) continue;
    const expected = last + issued - repealed;
    if (expected === inForce) continue;
    out.push(
      finding(
        'T2.INFORCE',
        `${cellName('proactive', row, 'inForce')}为 ${inForce}，按上年现行有效 ${last} + 本年制发 ${issued} − 本年废止 ${repealed} 应为 ${expected}`,
        { table: 'proactive', row, column: 'inForce', expected, actual: inForce },
      ),
    );
  }
  return out;
}

export function checkPrevious(report: Report, previous: Report | null | undefined): Finding[] {
  if (!previous || report.year === null || previous.year !== report.year - 1) return [];
  return [...checkCarry(report, previous), ...checkInForce(report, previous)];
}

/** For each report in a batch, its agency's report of the year before, when the batch holds it. */
export function previousOf(reports: readonly Report[]): Map<Report, Report> {
  const byKey = new Map(
    reports.filter((r) => r.agency.name && r.year !== null).map((r) => [`${r.agency.name}|${r.year}`, r]),
  );
  const out = new Map<Report, Report>();
  for (const r of reports) {
    const prev = r.agency.name && r.year !== null ? byKey.get(`${r.agency.name}|${r.year - 1}`) : undefined;
    if (prev) out.set(r, prev);
  }
  return out;
}

/**
 * A parent's consolidated report against the sum of its children's (a county over its townships and departments):
 * every 表三 and 表四 cell of the parent should equal the children's sum. Not in report-schema.md's rule table
 * (an added rule id, ROLLUP.SUM, warning): a parent may also report cases of its own, so it cannot be an error.
 */
export function checkRollup(parent: Report, children: readonly Report[]): Finding[] {
  const out: Finding[] = [];
  const compare = (table: 'applications' | 'appeals', rows: readonly string[], cols: readonly string[]) => {
    const p = parent.tables[table] as Record<string, Record<string, number | null>> | null;
    if (!p) return;
    for (const row of rows)
      for (const col of cols) {
        const own = p[row]?.[col];
        const parts = children.map(
          (c) => (c.tables[table] as Record<string, Record<string, number | null>> | null)?.[row]?.[col],
        );
        if (own === null || own === undefined || parts.some((v) => v === null || v === undefined)) continue;
        const total = (parts as number[]).reduce((a, b) => a + b, 0);
        if (total === own) continue;
        out.push(
          finding(
            'ROLLUP.SUM',
            `${cellName(table, row, col)}为 ${own}，下级 ${children.length} 份报告之和为 ${total}`,
            { table, row, column: col, expected: total, actual: own },
          ),
        );
      }
  };
  compare(
    'applications',
    Object.keys(parent.tables.applications ?? {}),
    APPLICANT_COLUMNS.map((c) => c.key),
  );
  compare(
    'appeals',
    APPEAL_GROUPS.map((g) => g.key),
    APPEAL_COLUMNS.map((c) => c.key),
  );
  return out;
}

/** Cross-year findings for every report of a batch whose agency's previous year is also in the batch. */
export function checkSeries(reports: readonly Report[]): Map<Report, Finding[]> {
  const out = new Map<Report, Finding[]>();
  for (const [report, previous] of previousOf(reports)) out.set(report, checkPrevious(report, previous));
  return out;
}
