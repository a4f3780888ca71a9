// A published annual report as plain text (from a PDF, a web page, a Word file) → the report JSON. The document is
// cut into regions at the section headings (or, failing those, at the tables' own header words), each table read by
// its own parser, and the rest kept as prose for the narrative figures and the text rules.
import { checkPrevious } from '../checks-cross.ts';
import { runChecks } from '../checks.ts';
import type { Finding, FormatVersion, Report, ReportFormat } from '../model.ts';
import { parseApplications } from './applications.ts';
import { parseAppeals } from './appeals.ts';
import { levelOf, narrativeOf, titleOf, yearFromText } from './identity.ts';
import { parseProactive } from './proactive.ts';
import { normalize } from './tokens.ts';

export type ParsedText = { report: Report; prose: string };

/** "收到和处理" → /收\s*到\s*和\s*处\s*理/: headings survive letters spaced out by the extraction. */
const spaced = (s: string): string => [...s].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
const heading = (num: string, title: string) => new RegExp(`${num}\\s*[、.,，]\\s*${spaced(title)}`);

const ANCHORS = {
  proactive: [heading('二', '主动公开政府信息情况'), new RegExp(spaced('第二十条第'))],
  applications: [heading('三', '收到和处理政府信息公开申请情况'), new RegExp(spaced('勾稽关系')), new RegExp(spaced('本年新收政府信息公开申请'))],
  appeals: [heading('四', '政府信息公开行政复议'), new RegExp(spaced('结果维持'))],
  end: [heading('五', '存在的主要问题'), heading('六', '其他需要报告的事项')],
};

function find(text: string, res: readonly RegExp[], from: number): number {
  for (const re of res) {
    const m = re.exec(text.slice(from));
    if (m) return from + m.index;
  }
  return -1;
}

/** Parse without running the rules (the CLI pairs a batch's reports by year first, then checks each). */
export function readTextReport(raw: string, file?: string): ParsedText {
  const text = normalize(raw);
  const p2 = find(text, ANCHORS.proactive, 0);
  const p3 = find(text, ANCHORS.applications, Math.max(p2, 0));
  const p4 = find(text, ANCHORS.appeals, Math.max(p3, p2, 0));
  const p5 = find(text, ANCHORS.end, Math.max(p4, p3, p2, 0));
  const end = p5 >= 0 ? p5 : text.length;
  const next = (...cands: number[]) => cands.find((c) => c >= 0) ?? end;
  const proactive = p2 >= 0 ? parseProactive(text.slice(p2, next(p3, p4))) : null;
  const fallback: FormatVersion = proactive?.formats.has('2019') && !proactive.formats.has('2021') ? '2019' : '2021';
  const applications = p3 >= 0 ? parseApplications(text.slice(p3, next(p4)), fallback) : null;
  const appeals = p4 >= 0 ? parseAppeals(text.slice(p4, end)) : null;
  const firstTable = [p2, p3, p4].filter((p) => p >= 0);
  const prose = text.slice(0, firstTable.length ? Math.min(...firstTable) : text.length) + (p5 >= 0 ? `\n${text.slice(p5)}` : '');
  const title = titleOf(text);
  const formats = new Set<FormatVersion>(proactive?.formats ?? []);
  if (applications?.format) formats.add(applications.format);
  else if (applications) formats.add('2021').add('2019');
  const findings: Finding[] = [...(proactive?.findings ?? []), ...(applications?.findings ?? []), ...(appeals?.findings ?? [])];
  const report: Report = {
    schema: 'gongkai.report/1',
    agency: { name: title.name, level: levelOf(title.name) },
    year: title.year ?? yearFromText(prose),
    format: formatOf(formats),
    source: { ...(file ? { file } : {}), kind: 'text' },
    tables: { proactive: proactive?.table ?? null, applications: applications?.table ?? null, appeals: appeals?.table ?? null },
    narrative: narrativeOf(prose),
    findings,
  };
  return { report, prose };
}

function formatOf(formats: ReadonlySet<FormatVersion>): ReportFormat {
  if (formats.size === 0) return 'unknown';
  if (formats.size > 1) return 'mixed';
  return [...formats][0] as FormatVersion;
}

/** Read and check one text report (with last year's report of the same agency, when at hand). */
export function checkTextReport(raw: string, file?: string, previous?: Report | null): Report {
  const { report, prose } = readTextReport(raw, file);
  report.findings = runChecks(report, { prose, previous });
  return report;
}

export { checkPrevious };
