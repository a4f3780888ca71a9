// A published annual report as plain text (from a PDF, a web page, a Word file) → the report JSON. The document is
// cut into regions at the section headings (or, failing those, at the tables' own header words), each table read by
// its own parser, and the rest kept as prose for the narrative figures and the text rules. Every cell keeps where it
// was read (`trace`), as offsets into the text as given and its line, so a clerk can be shown the place.
import { runChecks } from '../checks.ts';
import type { CellSource, Finding, FormatVersion, Report, ReportFormat } from '../model.ts';
import { narrativeOf } from '../prose-figures.ts';
import { parseApplications } from './applications.ts';
import { parseAppeals } from './appeals.ts';
import { authorOf, levelOf, titleOf, yearFromText } from './identity.ts';
import { lineStarts, normalizeText, type Span, toOriginal } from './normalize.ts';
import { proseHints } from './hints.ts';
import { parseProactive } from './proactive.ts';
import type { TableTrace } from './row-findings.ts';

/** `prose`: the text outside the tables, as long as the normalised text (tables blanked), so offsets agree. */
export type ParsedText = { report: Report; prose: string; locate: (from: number, to: number) => Span };

/** "收到和处理" → /收\s*到\s*和\s*处\s*理/: headings survive letters spaced out by the extraction. */
const spaced = (s: string): string => [...s].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
const heading = (num: string, title: string) => new RegExp(`${num}\\s*[、.,，]\\s*${spaced(title)}`);

const ANCHORS = {
  proactive: [heading('二', '主动公开政府信息情况'), new RegExp(spaced('第二十条第'))],
  applications: [
    heading('三', '收到和处理政府信息公开申请情况'),
    new RegExp(spaced('勾稽关系')),
    new RegExp(spaced('本年新收政府信息公开申请')),
  ],
  appeals: [heading('四', '政府信息公开行政'), new RegExp(spaced('结果维持'))],
  // 五 is worded many ways (存在的主要问题及改进情况, 存在的问题和改进措施, 主要问题及改进, 工作中存在的不足…); 六 follows it.
  end: [/五\s*[、.,，]\s*(?:存\s*在|主\s*要\s*问\s*题|问\s*题|工\s*作\s*中|不\s*足)/, heading('六', '其他需要报告')],
};

function find(text: string, res: readonly RegExp[], from: number): number {
  for (const re of res) {
    const m = re.exec(from > 0 ? text.slice(from) : text);
    if (m) return from + m.index;
  }
  return -1;
}

/** Parse without running the rules (the CLI pairs a batch's reports by year first, then checks each). */
export function readTextReport(raw: string, file?: string): ParsedText {
  const norm = normalizeText(raw);
  const text = norm.text;
  const starts = lineStarts(raw);
  const locate = (from: number, to: number) => toOriginal(norm, starts, from, to);
  const p2 = find(text, ANCHORS.proactive, 0);
  const p3 = find(text, ANCHORS.applications, Math.max(p2, 0));
  const p4 = find(text, ANCHORS.appeals, Math.max(p3, p2, 0));
  const p5 = find(text, ANCHORS.end, Math.max(p4, p3, p2, 0));
  const end = p5 >= 0 ? p5 : text.length;
  const next = (...cands: number[]) => cands.find((c) => c >= 0) ?? end;
  const firstTable = Math.min(...[p2, p3, p4].filter((p) => p >= 0), text.length);
  const prose = text.slice(0, firstTable) + '\n'.repeat(end - firstTable) + text.slice(end);
  const proactive = p2 >= 0 ? parseProactive(text, p2, next(p3, p4), proseHints(prose)) : null;
  const fallback: FormatVersion = proactive?.formats.has('2019') && !proactive.formats.has('2021') ? '2019' : '2021';
  const applications = p3 >= 0 ? parseApplications(text, p3, next(p4), fallback) : null;
  const appeals = p4 >= 0 ? parseAppeals(text, p4, end) : null;
  const title = titleOf(text);
  const name = title.name ?? authorOf(prose);
  const findings: Finding[] = [
    ...(proactive?.findings ?? []),
    ...(applications?.findings ?? []),
    ...(appeals?.findings ?? []),
  ];
  const report: Report = {
    schema: 'gongkai.report/1',
    agency: { name, level: levelOf(name) },
    year: title.year ?? yearFromText(prose),
    format: formatOf(proactive?.formats ?? new Set(), applications),
    source: { ...(file ? { file } : {}), kind: 'text' },
    tables: {
      proactive: proactive?.table ?? null,
      applications: applications?.table ?? null,
      appeals: appeals?.table ?? null,
    },
    narrative: narrativeOf(prose),
    findings,
    trace: {
      ...(proactive ? { proactive: located(proactive.trace, locate) } : {}),
      ...(applications ? { applications: located(applications.trace, locate) } : {}),
      ...(appeals ? { appeals: located(appeals.trace, locate) } : {}),
    },
  };
  return { report, prose, locate };
}

/** The tables' formats: 表三's (六) rows tell it; a 表三 cut off before them says nothing, and 表二's header decides. */
function formatOf(
  formats: ReadonlySet<FormatVersion>,
  applications: { format: FormatVersion | 'mixed' | null } | null,
): ReportFormat {
  const all = new Set(formats);
  if (applications?.format === 'mixed') all.add('2021').add('2019');
  else if (applications?.format) all.add(applications.format);
  if (all.size === 0) return 'unknown';
  if (all.size > 1) return 'mixed';
  return [...all][0] as FormatVersion;
}

function located(
  trace: TableTrace,
  locate: (from: number, to: number) => Span,
): Record<string, Record<string, CellSource>> {
  const out: Record<string, Record<string, CellSource>> = {};
  for (const [row, cells] of Object.entries(trace)) {
    const r: Record<string, CellSource> = (out[row] = {});
    for (const [col, at] of Object.entries(cells)) r[col] = 'inferred' in at ? at : locate(at.from, at.to);
  }
  return out;
}

/** Read and check one text report (with last year's report of the same agency, when at hand). */
export function checkTextReport(raw: string, file?: string, previous?: Report | null): Report {
  const { report, prose, locate } = readTextReport(raw, file);
  report.findings = runChecks(report, { prose, previous, locate });
  return report;
}
