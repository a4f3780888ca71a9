// 表三 from its region of text: rows by label (rows.ts), each row's possible readings (readings.ts), then the table
// solved as one problem (solve.ts) under its printed identities: per row 总计 = the six applicant columns, per
// column 第一项加第二项之和等于第三项加第四项之和 and （七）总计 = the result rows.
import { APPLICANT_COLUMNS, applicationRows } from '../format.ts';
import { finding } from '../finding.ts';
import type { ApplicantColumn, ApplicationsTable, Cell, Finding, FormatVersion } from '../model.ts';
import { columnOrder } from './columns.ts';
import { APPLICATION_SPECS } from './labels.ts';
import { readingsOf, type RowShape, separatedRows, VIOLATION } from './readings.ts';
import { rowFindings, type TableTrace, traceOf } from './row-findings.ts';
import { type CollectedRow, collectRows } from './rows.ts';
import { solveTable, type TableCost } from './solve.ts';
import { endOf, tokenize } from './tokens.ts';

export type ParsedApplications = {
  table: ApplicationsTable;
  format: FormatVersion | 'mixed' | null;
  findings: Finding[];
  trace: TableTrace;
};

/** Dropping the first (individuals) or the 总计 cell is rarer than dropping an organisation's (most reports fill only those two). */
const DROP_COST = [3, 1, 1, 1, 1, 1, 2];
const SHAPE: RowShape = {
  cells: 7,
  group: 7,
  allowed: (v) => v.every((x) => x === null || (x >= 0 && Number.isInteger(x))),
  dropCost: (c) => DROP_COST[c] ?? 1,
};

export function parseApplications(
  text: string,
  from: number,
  to: number,
  fallback: FormatVersion,
): ParsedApplications | null {
  const all = collectRows(tokenize(text, from, to), APPLICATION_SPECS);
  // The table ends with 四、结转下年度继续办理: words after it (a note, a chart's labels such as "其他处理 3") are not rows.
  const end = all.findIndex((r) => r.key === 'carriedOut');
  const rows = (end >= 0 ? all.slice(0, end + 1) : all).filter((r) => r.items.some((i) => i.t !== 'blank'));
  if (rows.length === 0) return null;
  const found = new Set(rows.map((r) => r.key));
  const isNew = [...found].some((k) => k.startsWith('other.'));
  const isOld = found.has('other');
  const format: FormatVersion | null = isNew ? '2021' : isOld ? '2019' : null;
  const layout = format ?? fallback;
  const textEnd = endOf(text, to);
  // One number per cell in every other row: a row cut off at the end can be read up to the cut.
  const separated = separatedRows(rows.slice(0, -1).map((r) => ({ items: r.items, cells: SHAPE.cells })));
  const endOfText = (r: CollectedRow) =>
    textEnd !== null && r.last ? { textEnd, final: r.key === 'carriedOut', separated } : null;
  const read = rows.map((r) => ({ row: r, ...readingsOf(r.items, SHAPE, endOfText(r)) }));
  // （七）总计 is checked against the result rows only when every one of them was found.
  const resultKeys = applicationRows(layout)
    .filter((r) => r.kind === 'result')
    .map((r) => r.key);
  const results = resultKeys.every((k) => found.has(k)) ? resultKeys : [];
  const solved = solveTable(
    read.map((r) => ({ key: r.row.key, readings: r.readings })),
    columnCost(results),
  );
  const order = columnOrder(rows[0]?.before ?? ''); // cells are read in printed order, stored in the format's
  const labels = order.map((k) => APPLICANT_COLUMNS.find((c) => c.key === k)?.label ?? k);
  const byKey = new Map(solved.map((s) => [s.key, s]));
  const findings: Finding[] = [];
  const table: ApplicationsTable = {};
  const trace: TableTrace = {};
  const keys = applicationRows(layout).map((r) => r.key);
  if (isNew && isOld) keys.splice(keys.indexOf('total'), 0, 'other');
  for (const key of keys) {
    const s = byKey.get(key);
    const r = read.find((x) => x.row.key === key);
    if (r) findings.push(...rowFindings('applications', key, r.row.items, s, r.note, labels));
    table[key] = toRow(s?.values ?? null, order);
    if (s) trace[key] = traceOf(s, order);
  }
  const lastFound = applicationRows(layout)
    .filter((r) => found.has(r.key))
    .pop();
  if (lastFound && lastFound.key !== 'carriedOut') {
    findings.push(
      finding('PARSE.TRUNCATED', `表三在「${lastFound.label}」行之后中断，其后各行未找到，已按空白处理（未作推算）`, {
        table: 'applications',
        row: lastFound.key,
      }),
    );
  }
  return { table, format: isNew && isOld ? 'mixed' : format, findings, trace };
}

function toRow(values: readonly Cell[] | null, order: readonly ApplicantColumn[]): Record<ApplicantColumn, Cell> {
  return Object.fromEntries(APPLICANT_COLUMNS.map((c) => [c.key, values?.[order.indexOf(c.key)] ?? null])) as Record<
    ApplicantColumn,
    Cell
  >;
}

/**
 * The identities between rows, per column: each one broken costs as much as a broken row total. A blank cell counts
 * as 0 here (as blank cells in these tables mostly mean), so leaving cells blank is no way around an identity.
 */
function columnCost(results: readonly string[]): TableCost {
  return (at) => {
    const [rec, carIn, tot, carOut] = [at('received'), at('carriedIn'), at('total'), at('carriedOut')];
    const parts = results.map((k) => at(k));
    const complete = parts.every((p) => p !== undefined);
    let broken = 0;
    for (let c = 0; c < 7; c++) {
      if (rec && carIn && tot && carOut && (rec[c] ?? 0) + (carIn[c] ?? 0) !== (tot[c] ?? 0) + (carOut[c] ?? 0))
        broken++;
      if (!tot || !complete || parts.length === 0) continue;
      let sum = 0;
      for (const p of parts) sum += (p as readonly Cell[])[c] ?? 0;
      if (sum !== (tot[c] ?? 0)) broken++;
    }
    return broken * VIOLATION;
  };
}
