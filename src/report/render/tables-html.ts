// 表二, 表三 and 表四 as HTML tables in the national layout: the merged header cells of the format, verbatim labels,
// rows and columns from format.ts. Shared by the portal page, the staff report view (cells link to the cases behind
// them) and the checker's findings view (offending cells marked).
import { type Html, html, raw } from '../../html/html.ts';
import { cellKey } from '../document.ts';
import {
  APPEAL_COLUMNS,
  APPEAL_GROUPS,
  APPLICANT_COLUMNS,
  APPLICANT_LABELS,
  applicationGroupSpans,
  type ApplicationRowKey,
  applicationRows,
  APPLICATIONS_BALANCE_NOTE,
  APPLICATIONS_GROUP_LABEL,
  ORGANISATIONS,
  PROACTIVE_BLOCKS,
  PROACTIVE_HEADER,
} from '../format.ts';
import type { Cell, FormatVersion, Report, Severity } from '../model.ts';

export type TableOptions = {
  /** Cells to mark, by `cellKey(table, row, column)`: the worst finding's severity. */
  marks?: ReadonlyMap<string, Severity>;
  /** Give each cell an id (`cellAnchor`), so a finding can link to the cell it concerns. */
  anchors?: boolean;
  /** A link for a cell (drill-down to the cases behind it), or null for none. */
  href?: (table: 'proactive' | 'applications' | 'appeals', row: string, column: string) => string | null;
  /** A note for a cell, by `cellKey` (e.g. how many cases imported from before the move it counts): a marked sign. */
  notes?: ReadonlyMap<string, string>;
};

const MARK_TEXT: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** The id of a cell's <td> when the tables are drawn with `anchors`. */
export const cellAnchor = (table: string, row: string, column: string): string =>
  `cell-${table}-${row}-${column}`.replace(/[^\w-]/g, '-');

function cell(
  table: 'proactive' | 'applications' | 'appeals',
  row: string,
  column: string,
  value: Cell | undefined,
  opts: TableOptions,
): Html {
  const mark = opts.marks?.get(cellKey(table, row, column));
  const text = value === null || value === undefined ? '' : String(value);
  const link = text !== '' ? opts.href?.(table, row, column) : null;
  const note = opts.notes?.get(cellKey(table, row, column));
  const content = html`${link ? html`<a href="${link}">${text}</a>` : text}${note ? html`<sup class="cell-note" title="${note}">※<span class="visually-hidden">（${note}）</span></sup>` : null}`;
  const id = opts.anchors ? html` id="${cellAnchor(table, row, column)}"` : null;
  if (!mark) return html`<td${id}>${content}</td>`;
  return html`<td${id} class="${`mark-${mark}`}" title="${MARK_TEXT[mark]}">${content}<span class="visually-hidden">（${MARK_TEXT[mark]}）</span></td>`;
}

/** The format a report's tables are drawn in: its own, or 2021 for a mixed or unknown one. */
export const drawFormat = (report: Report): FormatVersion => (report.format === '2019' ? '2019' : '2021');

export function proactiveTableHtml(report: Report, opts: TableOptions = {}): Html {
  const t = report.tables.proactive ?? {};
  const blocks = PROACTIVE_BLOCKS[drawFormat(report)].map((b) => {
    const width = b.columns.length + 1;
    return html`<tr><th colspan="${width}" scope="colgroup" class="item">${b.item}</th></tr>
<tr><th scope="col">${PROACTIVE_HEADER}</th>${b.columns.map((c) => html`<th scope="col">${c.label}</th>`)}</tr>
${b.rows.map((r) => html`<tr><th scope="row">${r.label}</th>${b.columns.map((c) => cell('proactive', r.key, c.key, t[r.key]?.[c.key], opts))}</tr>\n`)}`;
  });
  return html`<table class="report-table proactive"><caption>主动公开政府信息情况</caption>${blocks}</table>`;
}

export function applicationsTableHtml(report: Report, opts: TableOptions = {}): Html {
  const format = drawFormat(report);
  const t = report.tables.applications ?? {};
  const rows = applicationRows(format);
  const resultRows = rows.filter((r) => r.kind === 'result' || r.kind === 'total').length;
  const spans = applicationGroupSpans(format);
  const values = (key: ApplicationRowKey) =>
    APPLICANT_COLUMNS.map((c) => cell('applications', key, c.key, t[key]?.[c.key], opts));
  const body = rows.map((r) => {
    if (r.kind === 'intake' || r.kind === 'carriedOut')
      return html`<tr><th scope="row" colspan="3">${r.label}</th>${values(r.key)}</tr>\n`;
    const lead =
      r.key === 'disclosed'
        ? html`<th scope="rowgroup" rowspan="${resultRows}" class="group">${APPLICATIONS_GROUP_LABEL}</th>`
        : raw('');
    if (!r.key.includes('.'))
      return html`<tr>${lead}<th scope="row" colspan="2">${r.label}</th>${values(r.key)}</tr>\n`;
    const group = r.group ? html`<th scope="rowgroup" rowspan="${spans.get(r.group) ?? 1}">${r.group}</th>` : raw('');
    return html`<tr>${lead}${group}<th scope="row">${r.label}</th>${values(r.key)}</tr>\n`;
  });
  const orgs = APPLICANT_COLUMNS.filter((c) => c.group);
  return html`<table class="report-table applications"><caption>收到和处理政府信息公开申请情况</caption>
<thead><tr><th colspan="3" rowspan="3" scope="col" class="note">${APPLICATIONS_BALANCE_NOTE}</th><th colspan="7" scope="colgroup">申请人情况</th></tr>
<tr><th rowspan="2" scope="col">${APPLICANT_LABELS.natural}</th><th colspan="${orgs.length}" scope="colgroup">${ORGANISATIONS}</th><th rowspan="2" scope="col">${APPLICANT_LABELS.total}</th></tr>
<tr>${orgs.map((c) => html`<th scope="col">${c.label}</th>`)}</tr></thead>
<tbody>${body}</tbody></table>`;
}

export function appealsTableHtml(report: Report, opts: TableOptions = {}): Html {
  const t = report.tables.appeals;
  const [reconsideration, ...litigation] = APPEAL_GROUPS;
  const width = APPEAL_COLUMNS.length;
  const litigationLabel = (label: string) => label.replace(/^行政诉讼 · /, '');
  return html`<table class="report-table appeals"><caption>政府信息公开行政复议、行政诉讼情况</caption>
<thead><tr><th colspan="${width}" rowspan="2" scope="colgroup">${reconsideration!.label}</th><th colspan="${width * 2}" scope="colgroup">行政诉讼</th></tr>
<tr>${litigation.map((g) => html`<th colspan="${width}" scope="colgroup">${litigationLabel(g.label)}</th>`)}</tr>
<tr>${APPEAL_GROUPS.map(() => APPEAL_COLUMNS.map((c) => html`<th scope="col">${c.label}</th>`))}</tr></thead>
<tbody><tr>${APPEAL_GROUPS.map((g) => APPEAL_COLUMNS.map((c) => cell('appeals', g.key, c.key, t?.[g.key][c.key], opts)))}</tr></tbody></table>`;
}
