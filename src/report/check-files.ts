// Check a batch of published report files: read each (a bad file is reported and the batch goes on), parse, pair
// each report with its agency's report of the year before when the batch holds it, then run every rule.
import { basename } from 'node:path';
import { previousOf } from './checks-cross.ts';
import { runChecks } from './checks.ts';
import type { Report, SourceKind } from './model.ts';
import { readTextReport } from './parse/text.ts';
import { readReportFile } from './read-file.ts';

export type FileResult = { file: string; report: Report; error?: string };

export async function checkReportFiles(paths: readonly string[], progress?: (done: number, total: number) => void): Promise<FileResult[]> {
  const parsed: { file: string; report: Report; prose: string; error?: string }[] = [];
  for (const [i, path] of paths.entries()) {
    const file = basename(path);
    const read = await readReportFile(path);
    if (read.ok) {
      try {
        const { report, prose } = readTextReport(read.text, file);
        report.source.kind = read.kind;
        parsed.push({ file, report, prose });
      } catch (err) {
        parsed.push({ file, report: emptyReport(file, 'text'), prose: '', error: `解析失败：${(err as Error).message}` });
      }
    } else parsed.push({ file, report: emptyReport(file, read.kind === 'unknown' ? 'text' : read.kind), prose: '', error: read.error });
    progress?.(i + 1, paths.length);
  }
  const previous = previousOf(parsed.filter((p) => !p.error).map((p) => p.report));
  for (const p of parsed) if (!p.error) p.report.findings = runChecks(p.report, { prose: p.prose, previous: previous.get(p.report) });
  return parsed.map(({ file, report, error }) => (error ? { file, report: { ...report, error }, error } : { file, report }));
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
