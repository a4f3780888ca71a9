// Consistent made-up reports (every identity holds) for tests, round trips and the benchmark. Deterministic from a seed.
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  type ApplicationRowKey,
  applicationRows,
  PROACTIVE_BLOCKS,
} from '../../src/report/format.ts';
import type {
  AppealsTable,
  ApplicantColumn,
  ApplicationsTable,
  Cell,
  FormatVersion,
  ProactiveTable,
  Report,
} from '../../src/report/model.ts';

export function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (s * 1103515245 + 12345) >>> 0) / 2 ** 32;
}

export type SampleOptions = { seed: number; format?: FormatVersion; max?: number; name?: string; year?: number };

export function sampleReport({
  seed,
  format = '2021',
  max = 30,
  name = '示例县人民政府',
  year = 2023,
}: SampleOptions): Report {
  const rnd = random(seed);
  const int = (m: number) => Math.floor(rnd() * (m + 1));
  const zeroish = (m: number) => (rnd() < 0.5 ? 0 : int(m));
  const rows = applicationRows(format);
  const apps: ApplicationsTable = {};
  const fill = (): Record<ApplicantColumn, Cell> => {
    const r = Object.fromEntries(APPLICANT_PARTS.map((c) => [c, zeroish(max)])) as Record<ApplicantColumn, Cell>;
    r.total = APPLICANT_PARTS.reduce((a, c) => a + (r[c] as number), 0);
    return r;
  };
  for (const r of rows.filter((x) => x.kind === 'result')) apps[r.key] = fill();
  const sumOf = (keys: ApplicationRowKey[]) =>
    Object.fromEntries(
      APPLICANT_COLUMNS.map((c) => [c.key, keys.reduce((a, k) => a + (apps[k]?.[c.key] as number), 0)]),
    ) as Record<ApplicantColumn, Cell>;
  apps.total = sumOf(rows.filter((x) => x.kind === 'result').map((x) => x.key));
  apps.carriedOut = fill();
  apps.carriedIn = Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, 0])) as Record<ApplicantColumn, Cell>;
  // received = total + carriedOut − carriedIn (the printed 勾稽关系), with carriedIn ≤ that sum.
  const carriedIn: Record<string, number> = {};
  for (const c of APPLICANT_PARTS)
    carriedIn[c] = Math.min(int(3), (apps.total[c] as number) + (apps.carriedOut[c] as number));
  for (const c of APPLICANT_PARTS) apps.carriedIn[c] = carriedIn[c] as number;
  apps.carriedIn.total = APPLICANT_PARTS.reduce((a, c) => a + (carriedIn[c] as number), 0);
  apps.received = Object.fromEntries(
    APPLICANT_COLUMNS.map((c) => [
      c.key,
      (apps.total?.[c.key] as number) + (apps.carriedOut?.[c.key] as number) - (apps.carriedIn?.[c.key] as number),
    ]),
  ) as Record<ApplicantColumn, Cell>;
  const ordered: ApplicationsTable = {};
  for (const r of rows) ordered[r.key] = apps[r.key] as Record<ApplicantColumn, Cell>;
  const appeals = Object.fromEntries(
    APPEAL_GROUPS.map((g) => {
      const parts = APPEAL_COLUMNS.slice(0, 4).map(() => zeroish(4));
      return [
        g.key,
        Object.fromEntries(
          APPEAL_COLUMNS.map((c, i) => [c.key, i < 4 ? parts[i] : parts.reduce((a, b) => a + (b as number), 0)]),
        ),
      ];
    }),
  ) as AppealsTable;
  const proactive: ProactiveTable = {};
  for (const b of PROACTIVE_BLOCKS[format]) {
    for (const r of b.rows)
      proactive[r.key] = Object.fromEntries(
        b.columns.map((c) => [c.key, r.key === 'regulations' ? 0 : c.signed ? int(6) - 3 : int(40)]),
      );
  }
  return {
    schema: 'gongkai.report/1',
    agency: { name, level: null },
    year,
    format,
    source: { kind: 'live' },
    tables: { proactive, applications: ordered, appeals },
    narrative: {
      proactiveCount: null,
      applicationsReceived: apps.received.total,
      reconsiderations: appeals.reconsideration.total,
      lawsuits: null,
    },
    findings: [],
  };
}
