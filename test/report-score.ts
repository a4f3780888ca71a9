// The comparison of shared/tools/score-reports.mjs, for the tests: a checked report against the expected JSON of a
// corpus case. Cells: every expected non-null cell not marked ambiguous must be read exactly. Findings: every expected
// finding that is not optional must be raised (matched by rule, and by table, row and column where given). False
// alarms: error findings of a rule the case does not expect.
import type { Report } from '../src/report/model.ts';

type ExpectedFinding = { rule: string; table?: string; row?: string; column?: string; optional?: boolean };
export type Expected = {
  tables: Record<string, Record<string, Record<string, number | null>> | null>;
  narrative?: Record<string, number | null>;
  findings?: ExpectedFinding[];
  format?: string;
  year?: number;
  _case?: { ambiguous?: string[]; group?: string; base?: string | null };
};
export type Score = {
  cells: number;
  right: number;
  wrong: string[];
  required: number;
  matched: number;
  missed: string[];
  falseAlarms: string[];
  narrative: string[];
};

const LOC = ['table', 'row', 'column'] as const;

function ambiguous(patterns: readonly string[], key: string): boolean {
  return patterns.some((p) => p === key || (p.endsWith('.*') && key.startsWith(p.slice(0, -1))));
}

export function scoreReport(expected: Expected, got: Report): Score {
  const s: Score = {
    cells: 0,
    right: 0,
    wrong: [],
    required: 0,
    matched: 0,
    missed: [],
    falseAlarms: [],
    narrative: [],
  };
  const amb = expected._case?.ambiguous ?? [];
  for (const [t, rows] of Object.entries(expected.tables)) {
    for (const [row, cols] of Object.entries(rows ?? {})) {
      for (const [col, want] of Object.entries(cols ?? {})) {
        const key = `${t}.${row}.${col}`;
        if (want === null || ambiguous(amb, key)) continue;
        s.cells++;
        const table = got.tables[t as keyof Report['tables']] as Record<
          string,
          Record<string, number | null> | null
        > | null;
        const v = table?.[row]?.[col];
        if (typeof v === 'number' && Math.abs(v - want) <= 1e-9 * Math.max(1, Math.abs(want))) s.right++;
        else s.wrong.push(`${key}=${JSON.stringify(v)} (want ${want})`);
      }
    }
  }
  for (const [k, want] of Object.entries(expected.narrative ?? {})) {
    if (want === null || ambiguous(amb, `narrative.${k}`)) continue;
    const v = got.narrative[k as keyof Report['narrative']];
    if (v !== want) s.narrative.push(`${k}=${v} (want ${want})`);
  }
  const used = new Set<number>();
  const wanted = new Set((expected.findings ?? []).map((f) => f.rule));
  for (const f of expected.findings ?? []) {
    if (f.optional) continue;
    s.required++;
    const i = got.findings.findIndex(
      (a, j) =>
        !used.has(j) && a.rule === f.rule && LOC.every((k) => f[k] === undefined || f[k] === null || a[k] === f[k]),
    );
    if (i >= 0) {
      used.add(i);
      s.matched++;
    } else s.missed.push([f.rule, ...LOC.map((k) => f[k]).filter(Boolean)].join(' '));
  }
  for (const a of got.findings)
    if (a.severity === 'error' && !wanted.has(a.rule))
      s.falseAlarms.push([a.rule, ...LOC.map((k) => a[k]).filter(Boolean)].join(' '));
  return s;
}
