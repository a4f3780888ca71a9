// Roll-up: a parent agency's consolidated tables over its whole subtree (a county over its townships and departments),
// computed by the same grouped aggregates as one agency's, and each subordinate's report checked automatically:
// missing, not yet published, or published with findings (its snapshot against every rule and its previous year).
import type { AgencyKind } from '../agencies/kinds.ts';
import type { Agency } from '../agencies/store.ts';
import { annualReportDue } from '../clock/windows.ts';
import { authorize, can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { chinaToday } from '../time.ts';
import { runChecks } from './checks.ts';
import { subtreeAgencies } from './facts-store.ts';
import { type ReportFacts, levelOf, reportOf } from './live.ts';
import type { Report } from './model.ts';
import { readTables } from './read-facts.ts';
import { reportStates } from './store.ts';
import type { ReportState } from './states.ts';
import { assertReportYear, reportAgency } from './view-report.ts';

export type UnitStatus = 'missing' | ReportState;
export const UNIT_STATUS_LABELS = {
  missing: '未编制',
  draft: '编制中，未公布',
  frozen: '已封账，未公布',
  published: '已公布',
} as const satisfies Record<UnitStatus, string>;

/** `checked`: its figures were checked (a closed or published report; a draft's are not until it is closed); `overdue`: not published and its due date passed. */
export type RollupUnit = {
  code: string;
  name: string;
  kind: string;
  depth: number;
  status: UnitStatus;
  publishedAt: string | null;
  errors: number;
  warnings: number;
  checked: boolean;
  due: string;
  overdue: boolean;
};
export type Rollup = { parent: Agency; year: number; report: Report; units: RollupUnit[] };

export async function rollupReport(ctx: Ctx, code: string, year: number): Promise<Rollup> {
  assertReportYear(year, chinaToday(ctx.now));
  const parent = await reportAgency(ctx, code);
  authorize(can(ctx.actor, 'subtree.read')); // the subtree's figures are the subordinates' data
  const [tables, agencies] = await Promise.all([
    readTables(ctx.db, { path: parent.path }, year),
    subtreeAgencies(ctx.db, parent.path),
  ]);
  const below = agencies.filter((a) => a.id !== parent.id);
  const ids = below.map((a) => a.id);
  const [states, previous] = await Promise.all([reportStates(ctx.db, ids, year), reportStates(ctx.db, ids, year - 1)]);
  const depth0 = parent.path.split('/').length;
  const units = below.map((a): RollupUnit => {
    const s = states.get(a.id);
    const findings = s?.snapshot ? checkSnapshot(s.snapshot, previous.get(a.id)?.snapshot ?? null) : [];
    const due = annualReportDue(a.kind as AgencyKind, year, ctx.config.reportDue[a.kind]).due;
    return {
      checked: Boolean(s?.snapshot),
      due,
      overdue: s?.state !== 'published' && chinaToday(ctx.now) > due,
      code: a.code,
      name: a.name,
      kind: a.kind,
      depth: a.path.split('/').length - depth0,
      status: s?.state ?? 'missing',
      publishedAt: s?.publishedAt ?? null,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
    };
  });
  const report: Report = {
    schema: 'gongkai.report/1',
    agency: { name: parent.name, level: levelOf(parent.kind) },
    year,
    format: '2021',
    source: { kind: 'live' },
    tables,
    narrative: {
      proactiveCount: null,
      applicationsReceived: tables.applications.received?.total ?? 0,
      reconsiderations: tables.appeals.reconsideration.total,
      lawsuits:
        (tables.appeals.litigationDirect.total ?? 0) + (tables.appeals.litigationAfterReconsideration.total ?? 0),
    },
    findings: [],
  };
  report.findings = runChecks(report);
  return { parent, year, report, units };
}

function checkSnapshot(snapshot: ReportFacts, previous: ReportFacts | null) {
  return runChecks(reportOf(snapshot), { previous: previous ? reportOf(previous) : null });
}
