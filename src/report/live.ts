// The report from live data (pure): the store's aggregates → the facts of an agency's year → the report JSON in the
// 2021 format. The facts are what a year-end close freezes, so a frozen report is rebuilt exactly from its snapshot.
import { tableFour } from '../appeals/table-four.ts';
import type { Appeal } from '../appeals/store.ts';
import type { ProactiveTable as Table2021 } from '../catalogue/registers.ts';
import { OUTCOMES, isOutcome } from '../requests/outcomes.ts';
import type { AppealFact, DocumentCounts, EpisodeGroup, WorkFacts } from './facts-store.ts';
import { APPLICANT_COLUMNS, type ApplicationRowKey, applicationRows } from './format.ts';
import type {
  AgencyLevel,
  ApplicantColumn,
  ApplicationsTable,
  AppealsTable,
  Narrative,
  ProactiveTable,
  Report,
} from './model.ts';

export type ReportFacts = {
  agency: { id: number; code: string; name: string; kind: string };
  year: number;
  /** When the figures were read (ISO instant). */
  computedAt: string;
  tables: { proactive: ProactiveTable; applications: ApplicationsTable; appeals: AppealsTable };
  published: { total: number; byColumn: ReadonlyArray<{ column: string; count: number }>; byMonth: readonly number[] };
  channels: ReadonlyArray<{ channel: string; count: number }>;
  media: ReadonlyArray<{ platform: string; name: string; followers: number; posts: number }>;
  work: WorkFacts;
  fees: { cases: number; yuan: number };
};

const LEVELS: Record<string, AgencyLevel> = {
  province: 'province',
  city: 'city',
  county: 'county',
  township: 'township',
  street: 'street',
  department: 'department',
  vertical: 'department',
};
export const levelOf = (kind: string): AgencyLevel => LEVELS[kind] ?? 'other';

/** 表三 from episode counts: intake by start date, results by outcome row, the rest carried over. */
export function applicationsTable(groups: readonly EpisodeGroup[]): ApplicationsTable {
  const t: ApplicationsTable = {};
  for (const r of applicationRows('2021'))
    t[r.key] = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, 0])) as Record<ApplicantColumn, number>;
  const add = (row: ApplicationRowKey, kind: string, n: number) => {
    const column = (APPLICANT_COLUMNS.some((c) => c.key === kind) ? kind : 'otherOrg') as ApplicantColumn;
    t[row]![column]! += n;
    t[row]!.total! += n;
  };
  for (const g of groups) {
    add('received', g.kind, g.received);
    add('carriedIn', g.kind, g.carriedIn);
    if (g.result === null) add('carriedOut', g.kind, g.count);
    else {
      add(isOutcome(g.result) ? OUTCOMES[g.result].row : 'other.other', g.kind, g.count);
      add('total', g.kind, g.count);
    }
  }
  return t;
}

export function appealsTable(facts: readonly AppealFact[], year: number): AppealsTable {
  return tableFour(
    facts.map((f) => ({
      kind: f.kind as Appeal['kind'],
      decidedOn: f.decidedOn,
      decision: f.decision as Appeal['decision'],
    })),
    year,
  );
}

/** 表二 (2021 format) from the document counts and the entered registers; fees 分 → 万元, exact to the 元. */
export function proactiveTable(
  docs: DocumentCounts,
  registers: ReadonlyArray<{ kind: string; count: number; amountFen: number }>,
): Table2021 {
  const sum = (kind: string) => registers.filter((r) => r.kind === kind).reduce((n, r) => n + r.count, 0);
  const fen = registers.filter((r) => r.kind === 'fees').reduce((n, r) => n + r.amountFen, 0);
  return {
    regulations: { ...docs.rule },
    normativeDocuments: { ...docs.normative },
    licensing: { decisions: sum('licensing') },
    penalties: { decisions: sum('penalties') },
    coercion: { decisions: sum('coercion') },
    fees: { amountWanYuan: Math.round(fen / 100) / 10_000 },
  };
}

/** The figures the prose states, taken from the same data as the tables. */
export function narrativeOf(f: ReportFacts): Narrative {
  const a = f.tables.appeals;
  return {
    proactiveCount: f.published.total,
    applicationsReceived: f.tables.applications.received?.total ?? 0,
    reconsiderations: a.reconsideration.total,
    lawsuits: (a.litigationDirect.total ?? 0) + (a.litigationAfterReconsideration.total ?? 0),
  };
}

/** The report JSON of the facts, without findings (the validator adds them). */
export function reportOf(f: ReportFacts): Report {
  return {
    schema: 'gongkai.report/1',
    agency: { name: f.agency.name, level: levelOf(f.agency.kind) },
    year: f.year,
    format: '2021',
    source: { kind: 'live' },
    tables: structuredClone(f.tables),
    narrative: narrativeOf(f),
    findings: [],
  };
}

export type CellChange = {
  table: 'proactive' | 'applications' | 'appeals';
  row: string;
  column: string;
  was: number | null;
  now: number | null;
};

/** Cells whose live value differs from the frozen snapshot's ("data changed since snapshot"). */
export function changedCells(frozen: ReportFacts['tables'], live: ReportFacts['tables']): CellChange[] {
  const out: CellChange[] = [];
  for (const table of ['proactive', 'applications', 'appeals'] as const) {
    const a = frozen[table] as Record<string, Record<string, number | null> | null>;
    const b = live[table] as Record<string, Record<string, number | null> | null>;
    for (const row of new Set([...Object.keys(a), ...Object.keys(b)])) {
      for (const column of new Set([...Object.keys(a[row] ?? {}), ...Object.keys(b[row] ?? {})])) {
        const was = a[row]?.[column] ?? null,
          now = b[row]?.[column] ?? null;
        if (was !== now) out.push({ table, row, column, was, now });
      }
    }
  }
  return out;
}
