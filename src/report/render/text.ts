// The report as plain text in the shapes published reports come in (tabs, `|`, one cell per line, glued digits),
// driven by format.ts. Used for round trips through the checker and for plain-text export.
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICANT_LABELS,
  APPLICANTS_HEADER,
  applicationRows,
  APPLICATIONS_BALANCE_NOTE,
  ORGANISATIONS,
  PROACTIVE_BLOCKS,
  SECTIONS,
} from '../format.ts';
import type { Cell, FormatVersion, Report } from '../model.ts';

export type TextShape = 'tab' | 'pipe' | 'lines' | 'glued';

/** `prose` goes under 一、总体情况; `tail` holds the text of sections 五 and 六 (else placeholders). */
export function renderText(
  report: Report,
  shape: TextShape,
  prose = '',
  tail: { problems?: string; other?: string } = {},
): string {
  const format: FormatVersion = report.format === '2019' ? '2019' : '2021';
  const row = (cells: readonly string[]): string => {
    if (shape === 'tab') return cells.join('\t');
    if (shape === 'pipe') return `| ${cells.join(' | ')} |`;
    if (shape === 'lines') return `${cells.join('\n')}\n`;
    return cells.join('');
  };
  const v = (c: Cell | undefined): string =>
    c === null || c === undefined ? (shape === 'glued' ? '' : '/') : String(c);
  const out: string[] = [`${report.agency.name ?? ''}${report.year ?? ''}年政府信息公开工作年度报告`, ''];
  out.push(SECTIONS[0].label, '', prose || '（略）', '', SECTIONS[1].label, '');
  for (const block of PROACTIVE_BLOCKS[format]) {
    out.push(row([block.item]), row(['信息内容', ...block.columns.map((c) => c.label)]));
    for (const r of block.rows)
      out.push(row([r.label, ...block.columns.map((c) => v(report.tables.proactive?.[r.key]?.[c.key]))]));
  }
  out.push('', SECTIONS[2].label, '', APPLICATIONS_BALANCE_NOTE);
  out.push(
    row([APPLICANTS_HEADER, APPLICANT_LABELS.natural, ORGANISATIONS, APPLICANT_LABELS.total]),
    row(['', ...APPLICANT_COLUMNS.filter((c) => c.group).map((c) => c.label)]),
  );
  const apps = report.tables.applications ?? {};
  let group = '';
  for (const r of applicationRows(format)) {
    if (r.key === 'disclosed') out.push(row(['三、本年度办理结果']));
    if (r.group && r.group !== group && r.key.includes('.')) out.push(row([r.group]));
    group = r.group ?? group;
    out.push(row([r.label, ...APPLICANT_COLUMNS.map((c) => v(apps[r.key]?.[c.key]))]));
  }
  // 表四's three header rows as the format prints them: 行政复议 | 行政诉讼, then 未经复议直接起诉 | 复议后起诉 under
  // 行政诉讼, then the five result columns of each group (a cell spanning several columns is followed by blanks).
  const span = (label: string, n: number) => [label, ...Array<string>(n - 1).fill('')];
  const width = APPEAL_COLUMNS.length;
  const [, ...litigation] = APPEAL_GROUPS;
  out.push(
    '',
    SECTIONS[3].label,
    '',
    row([...span('行政复议', width), ...span('行政诉讼', width * litigation.length)]),
  );
  out.push(
    row([
      ...Array<string>(width).fill(''),
      ...litigation.flatMap((g) => span(g.label.replace(/^行政诉讼 · /, ''), width)),
    ]),
  );
  out.push(row(['', ...APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map((c) => c.label))]));
  out.push(
    row(['', ...APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => v(report.tables.appeals?.[g.key][c.key])))]),
  );
  out.push('', SECTIONS[4].label, '', tail.problems || '（略）', '', SECTIONS[5].label, '', tail.other || '无。', '');
  return out.join('\n');
}
