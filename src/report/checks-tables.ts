// The arithmetic rules of the tables (domain.md §3.5): the printed 勾稽关系 of 表三, the totals implied by the 总计
// cells of 表三 and 表四, and the values a cell may hold. Pure functions of one report.
import {
  APPEAL_GROUPS,
  APPEAL_PARTS,
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  PROACTIVE_BLOCKS,
  applicationRow,
} from './format.ts';
import { cellName, finding } from './finding.ts';
import { type Cell, entriesOf, type Finding, type Report } from './model.ts';

const sum = (cells: readonly Cell[]): number | null =>
  cells.some((c) => c === null || c === undefined) ? null : round((cells as number[]).reduce((a, b) => a + b, 0));
const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** 表三 per column: 第一项加第二项之和，等于第三项加第四项之和 (printed in the format's header cell). */
export function checkBalance(report: Report): Finding[] {
  const t = report.tables.applications;
  if (!t?.received || !t.carriedIn || !t.total || !t.carriedOut) return [];
  const out: Finding[] = [];
  for (const { key, label } of APPLICANT_COLUMNS) {
    const left = sum([t.received[key], t.carriedIn[key]]);
    const right = sum([t.total[key], t.carriedOut[key]]);
    if (left === null || right === null || left === right) continue;
    out.push(
      finding('T3.BALANCE', `表三「${label}」列：第一项加第二项之和（${left}）不等于第三项加第四项之和（${right}）`, {
        table: 'applications',
        row: 'total',
        column: key,
        expected: left,
        actual: right,
      }),
    );
  }
  return out;
}

/** 表三 per row: 总计 = the sum of the six applicant columns (format.ts APPLICANT_PARTS). */
export function checkRowTotals(report: Report): Finding[] {
  const t = report.tables.applications;
  if (!t) return [];
  const out: Finding[] = [];
  for (const [row, cells] of Object.entries(t)) {
    const parts = sum(APPLICANT_PARTS.map((c) => cells[c]));
    if (parts === null || cells.total === null || parts === cells.total) continue;
    out.push(
      finding(
        'T3.ROW_TOTAL',
        `${cellName('applications', row, 'total')}为 ${cells.total}，但各类申请人之和为 ${parts}`,
        { table: 'applications', row, column: 'total', expected: parts, actual: cells.total },
      ),
    );
  }
  return out;
}

/** 表三 per column: （七）总计 = every result row, （一） to （六）. */
export function checkResultTotals(report: Report): Finding[] {
  const t = report.tables.applications;
  if (!t?.total) return [];
  const results = entriesOf(t)
    .map(([k]) => k)
    .filter((k) => applicationRow(k)?.kind === 'result');
  const out: Finding[] = [];
  for (const { key, label } of APPLICANT_COLUMNS) {
    const parts = sum(results.map((r) => t[r]?.[key] ?? null));
    const total = t.total[key];
    if (parts === null || total === null || parts === total) continue;
    out.push(
      finding(
        'T3.RESULT_TOTAL',
        `表三「${label}」列：（七）总计为 ${total}，但（一）至（六）各项办理结果之和为 ${parts}`,
        { table: 'applications', row: 'total', column: key, expected: parts, actual: total },
      ),
    );
  }
  return out;
}

/** 表四 per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
export function checkAppealTotals(report: Report): Finding[] {
  const t = report.tables.appeals;
  if (!t) return [];
  const out: Finding[] = [];
  for (const { key, label } of APPEAL_GROUPS) {
    const g = t[key];
    const parts = sum(APPEAL_PARTS.map((c) => g[c]));
    if (parts === null || g.total === null || parts === g.total) continue;
    out.push(
      finding(
        'T4.TOTAL',
        `表四「${label}」总计为 ${g.total}，但结果维持、结果纠正、其他结果、尚未审结之和为 ${parts}`,
        { table: 'appeals', row: key, column: 'total', expected: parts, actual: g.total },
      ),
    );
  }
  return out;
}

/** Counts are whole and not negative; only 本年增/减 may be negative, only amounts (万元) fractional. */
export function checkValues(report: Report): Finding[] {
  const out: Finding[] = [];
  const bad = (
    table: 'proactive' | 'applications' | 'appeals',
    row: string,
    column: string,
    v: Cell,
    signed = false,
    fractional = false,
  ) => {
    if (v === null) return;
    const why = v < 0 && !signed ? '为负数' : !Number.isInteger(v) && !fractional ? '不是整数' : null;
    if (why)
      out.push(
        finding('VALUE.INVALID', `${cellName(table, row, column)}的值 ${v} ${why}，件数应为非负整数`, {
          table,
          row,
          column,
          actual: v,
        }),
      );
  };
  for (const [row, cells] of entriesOf(report.tables.applications ?? {}))
    for (const [c, v] of entriesOf(cells)) bad('applications', row, c, v);
  for (const [row, cells] of Object.entries(report.tables.appeals ?? {}))
    for (const [c, v] of Object.entries(cells)) bad('appeals', row, c, v);
  const columns = new Map(
    Object.values(PROACTIVE_BLOCKS).flatMap((bs) => bs.flatMap((b) => b.columns.map((c) => [c.key, c] as const))),
  );
  for (const [row, cells] of entriesOf(report.tables.proactive ?? {})) {
    for (const [c, v] of entriesOf(cells ?? {}))
      bad('proactive', row, c, v, columns.get(c)?.signed, columns.get(c)?.fractional);
  }
  return out;
}

/**
 * A cell left blank where a number belongs; a row with nothing readable is one finding, not seven. A row the reader
 * already explained (several readings, unreadable, cut off) is not reported again.
 */
export function checkBlankCells(report: Report): Finding[] {
  const out: Finding[] = [];
  // A row's own reading finding carries what was read (`actual`); a table cut off after a row explains every row after it.
  const own = report.findings.filter(
    (f) => /^PARSE\.(AMBIGUOUS_SPLIT|UNREADABLE_ROW|TRUNCATED)$/.test(f.rule) && f.actual !== undefined,
  );
  const explained = new Set(own.map((f) => `${f.table}:${f.row ?? ''}`));
  const cutAfter = new Map(
    report.findings.filter((f) => f.rule === 'PARSE.TRUNCATED' && f.actual === undefined).map((f) => [f.table, f.row]),
  );
  const scan = (table: 'proactive' | 'applications' | 'appeals', rows: Record<string, Record<string, Cell> | null>) => {
    let cut = false;
    for (const [row, cells] of Object.entries(rows)) {
      const skip = cut || explained.has(`${table}:${row}`) || (table === 'appeals' && explained.has('appeals:'));
      if (cutAfter.get(table) === row) cut = true;
      if (!cells || skip) continue;
      const blanks = Object.entries(cells)
        .filter(([, v]) => v === null)
        .map(([c]) => c);
      if (blanks.length === 0) continue;
      if (blanks.length === Object.keys(cells).length) {
        out.push(finding('PARSE.BLANK_CELL', `${cellName(table, row)}整行为空或无法读取，请核对原文`, { table, row }));
      } else {
        for (const column of blanks)
          out.push(
            finding('PARSE.BLANK_CELL', `${cellName(table, row, column)}为空，应填写数字（没有的填 0）`, {
              table,
              row,
              column,
            }),
          );
      }
    }
  };
  scan('proactive', report.tables.proactive ?? {});
  scan('applications', report.tables.applications ?? {});
  scan('appeals', report.tables.appeals ?? {});
  return out;
}
