// The readable (non-JSON) output of `report check`: a summary per file and one overall table, in Chinese.
import { FORMAT_NAMES } from '../../report/format.ts';
import type { FileResult } from '../../report/check-files.ts';
import type { Finding, Report } from '../../report/model.ts';

const LEVELS: Record<string, string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇',
  street: '街道',
  department: '部门',
  other: '其他',
};
const SEVERITY: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
const FORMATS: Record<Report['format'], string> = { ...FORMAT_NAMES, mixed: '两种格式混用', unknown: '未识别' };

const n = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : String(v));
const count = (fs: readonly Finding[], s: Finding['severity']) => fs.filter((f) => f.severity === s).length;

export function fileSummary(r: FileResult): string {
  const lines = [`── ${r.file} ──`];
  if (r.error) return [...lines, `  无法读取：${r.error}`, ''].join('\n');
  const { report } = r;
  const level = report.agency.level ? `（${LEVELS[report.agency.level]}）` : '';
  lines.push(
    `  机关：${report.agency.name ?? '未识别'}${level}　年度：${report.year ?? '未识别'}　格式：${FORMATS[report.format]}`,
  );
  const a = report.tables.applications;
  lines.push(
    a
      ? `  表三：本年新收 ${n(a.received?.total)}，上年结转 ${n(a.carriedIn?.total)}，办理结果总计 ${n(a.total?.total)}，结转下年度 ${n(a.carriedOut?.total)}`
      : '  表三：未找到',
  );
  const p = report.tables.appeals;
  lines.push(
    p
      ? `  表四：行政复议 ${n(p.reconsideration.total)} 件，直接起诉 ${n(p.litigationDirect.total)} 件，复议后起诉 ${n(p.litigationAfterReconsideration.total)} 件`
      : '  表四：未找到',
  );
  const t = report.narrative;
  lines.push(
    `  正文：主动公开 ${n(t.proactiveCount)} 条，收到申请 ${n(t.applicationsReceived)} 件，行政复议 ${n(t.reconsiderations)} 件，行政诉讼 ${n(t.lawsuits)} 件`,
  );
  const fs = report.findings;
  if (fs.length === 0) lines.push('  未发现问题');
  else {
    lines.push(
      `  发现 ${fs.length} 项（错误 ${count(fs, 'error')}，警告 ${count(fs, 'warning')}，提示 ${count(fs, 'info')}）：`,
    );
    for (const f of fs) lines.push(`    [${SEVERITY[f.severity]}] ${f.rule}  ${f.message}`);
  }
  return `${lines.join('\n')}\n`;
}

const noTables = (r: Report): boolean => !r.tables.proactive && !r.tables.applications && !r.tables.appeals;
const notAReport = (r: Report): boolean => r.findings.some((f) => f.rule === 'PARSE.NOT_A_REPORT');

export function overallTable(results: readonly FileResult[]): string {
  const rows = results.map((r) => [
    r.file,
    r.report.agency.name ?? '—',
    n(r.report.year),
    r.error ? '—' : FORMATS[r.report.format],
    String(count(r.report.findings, 'error')),
    String(count(r.report.findings, 'warning')),
    r.error
      ? '无法读取'
      : notAReport(r.report)
        ? '不是年度报告'
        : noTables(r.report)
          ? '未找到报表'
          : count(r.report.findings, 'error') > 0
            ? '有错误'
            : '通过',
  ]);
  const head = ['文件', '机关', '年度', '格式', '错误', '警告', '结论'];
  const width = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  const cols = head.map((_, i) => Math.max(...[head, ...rows].map((row) => width(row[i] ?? ''))));
  const line = (row: readonly string[]) =>
    row
      .map((c, i) => c + ' '.repeat((cols[i] ?? 0) - width(c)))
      .join('  ')
      .trimEnd();
  const failed = results.filter((r) => r.error).length;
  const withErrors = results.filter(
    (r) => !r.error && !noTables(r.report) && count(r.report.findings, 'error') > 0,
  ).length;
  const empty = results.filter((r) => !r.error && noTables(r.report)).length;
  return [
    `共 ${results.length} 份：通过 ${results.length - failed - withErrors - empty}，未找到报表 ${empty}，有错误 ${withErrors}，无法读取 ${failed}`,
    line(head),
    ...rows.map(line),
    '',
  ].join('\n');
}
