// Check a batch of published report files: read each (a bad file is reported and the batch goes on), parse, pair
// each report with its agency's report of the year before when the batch holds it, check a parent's report against
// the sum of its children's when the batch says which is the parent, then run every rule. Files come from paths (the
// CLI) or as bytes already read (the back-office upload): both end in `checkReadReports`.
import { basename } from 'node:path';
import { checkRollup, previousOf } from './checks-cross.ts';
import { runChecks } from './checks.ts';
import type { CheckContext, Finding, Report, SourceKind } from './model.ts';
import { readTextReport } from './parse/text.ts';
import { type ReadResult, readReportFile } from './read-file.ts';

export type FileResult = { file: string; report: Report; error?: string };
export type ReadInput = { file: string; read: ReadResult };
/** Which entries (by index) are parents: each is checked against the sum of the other reports of its year. */
export type BatchOptions = { parents?: ReadonlySet<number> };

export async function checkReportFiles(
  paths: readonly string[],
  progress?: (done: number, total: number) => void,
  opts: BatchOptions = {},
): Promise<FileResult[]> {
  const inputs: ReadInput[] = [];
  for (const [i, path] of paths.entries()) {
    inputs.push({ file: basename(path), read: await readReportFile(path) });
    progress?.(i + 1, paths.length);
  }
  return checkReadReports(inputs, opts);
}

type Parsed = { file: string; report: Report; prose: string; locate?: CheckContext['locate']; error?: string };

function parseOne({ file, read }: ReadInput): Parsed {
  if (!read.ok)
    return {
      file,
      report: emptyReport(file, read.kind === 'unknown' ? 'text' : read.kind),
      prose: '',
      error: read.error,
    };
  try {
    const { report, prose, locate } = readTextReport(read.text, file);
    report.source.kind = read.kind;
    return { file, report, prose, locate };
  } catch (err) {
    return { file, report: emptyReport(file, 'text'), prose: '', error: `解析失败：${(err as Error).message}` };
  }
}

export function checkReadReports(inputs: readonly ReadInput[], opts: BatchOptions = {}): FileResult[] {
  const parsed = inputs.map(parseOne);
  const previous = previousOf(parsed.filter((p) => !p.error).map((p) => p.report));
  for (const p of parsed)
    if (!p.error)
      p.report.findings = runChecks(p.report, { prose: p.prose, previous: previous.get(p.report), locate: p.locate });
  for (const i of opts.parents ?? []) {
    const parent = parsed[i];
    if (!parent || parent.error) continue;
    const children = parsed
      .filter((c, j) => !c.error && !opts.parents?.has(j) && sameYear(parent.report, c.report))
      .map((c) => c.report);
    if (children.length) parent.report.findings = merge(parent.report.findings, checkRollup(parent.report, children));
  }
  return parsed.map(({ file, report, error }) =>
    error ? { file, report: { ...report, error }, error } : { file, report },
  );
}

/** A parent is summed over the children of its own year (all of them when its year could not be read). */
const sameYear = (parent: Report, child: Report) => parent.year === null || child.year === parent.year;

function merge(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const seen = new Set(a.map((f) => f.fingerprint));
  return [...a, ...b.filter((f) => !seen.has(f.fingerprint))];
}

/** The shape of an unreadable file's entry: the report JSON with nothing read and an added `error` field. */
export function emptyReport(file: string, kind: SourceKind): Report {
  return {
    schema: 'gongkai.report/1',
    agency: { name: null, level: null },
    year: null,
    format: 'unknown',
    source: { file, kind },
    tables: { proactive: null, applications: null, appeals: null },
    narrative: { proactiveCount: null, applicationsReceived: null, reconsiderations: null, lawsuits: null },
    findings: [],
  };
}
