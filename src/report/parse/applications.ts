// 表三 from its region of text: rows by label, each row's cells by solveRow, then the column identities
// (第一项加第二项之和等于第三项加第四项之和; （七）总计 = the result rows) choose between splits that are still open.
import { APPLICANT_COLUMNS, APPLICATION_ROWS, applicationRows } from '../format.ts';
import { cellName, finding } from '../finding.ts';
import type { ApplicantColumn, ApplicationsTable, Cell, Finding, FormatVersion } from '../model.ts';
import { APPLICATION_SPECS } from './labels.ts';
import { collectRows, type Item } from './rows.ts';
import { type RowSolution, solveRow, sumIdentity } from './split.ts';
import { tokenize } from './tokens.ts';

export type ParsedApplications = { table: ApplicationsTable; format: FormatVersion | null; findings: Finding[] };
const MAX_COMBINATIONS = 200000;

export function parseApplications(region: string, fallback: FormatVersion): ParsedApplications | null {
  const all = collectRows(tokenize(region), APPLICATION_SPECS).filter((r) => r.items.some((i) => i.t !== 'blank'));
  // The table ends with 四、结转下年度继续办理: words after it (a note, a chart's labels such as "其他处理 3") are not rows.
  const last = all.findIndex((r) => r.key === 'carriedOut');
  const rows = last >= 0 ? all.slice(0, last + 1) : all;
  if (rows.length === 0) return null;
  const found = new Set(rows.map((r) => r.key));
  const isNew = [...found].some((k) => k.startsWith('other.'));
  const isOld = found.has('other');
  const format: FormatVersion | null = isNew ? '2021' : isOld ? '2019' : null;
  const solved = new Map(rows.map((r) => [r.key, solveRow(r.items, 7, sumIdentity(7), 7)] as const));
  const findings: Finding[] = [];
  const chosen = chooseByColumns(solved, format ?? fallback);
  const table: ApplicationsTable = {};
  for (const row of applicationRows(format ?? fallback)) {
    const values = chosen.get(row.key) ?? null;
    const s = solved.get(row.key);
    if (s) findings.push(...rowFindings(row.key, s, values, rows.find((r) => r.key === row.key)?.items ?? []));
    table[row.key] = toRow(values);
  }
  if (isNew && isOld) table.other = toRow(chosen.get('other') ?? null);
  const lastFound = applicationRows(format ?? fallback).filter((r) => found.has(r.key)).pop();
  const missingTail = lastFound && lastFound.key !== 'carriedOut';
  if (missingTail) findings.push(finding('PARSE.TRUNCATED', 'warning', `表三在「${lastFound.label}」行之后中断，其后各行未找到，已按空白处理（未作推算）`, { table: 'applications', row: lastFound.key }));
  return { table, format: isNew && isOld ? null : format, findings };
}

function toRow(values: readonly Cell[] | null): Record<ApplicantColumn, Cell> {
  return Object.fromEntries(APPLICANT_COLUMNS.map((c, i) => [c.key, values?.[i] ?? null])) as Record<ApplicantColumn, Cell>;
}

/** Rows with one candidate are fixed; the rest are tried together against the column identities. */
function chooseByColumns(solved: ReadonlyMap<string, RowSolution>, format: FormatVersion): Map<string, Cell[] | null> {
  const chosen = new Map<string, Cell[] | null>();
  const open: [string, Cell[][]][] = [];
  for (const [key, s] of solved) {
    if (s.candidates.length === 1) chosen.set(key, s.candidates[0] as Cell[]);
    else if (s.candidates.length > 1) open.push([key, s.candidates]);
  }
  if (open.length === 0) return chosen;
  const combos = open.reduce((n, [, c]) => n * c.length, 1);
  const solutions: Map<string, Cell[]>[] = [];
  if (combos <= MAX_COMBINATIONS) {
    const results = applicationRows(format).filter((r) => r.kind === 'result').map((r) => r.key);
    const walk = (i: number, acc: Map<string, Cell[]>) => {
      if (solutions.length > 50) return;
      if (i === open.length) {
        if (columnsHold(acc, results)) solutions.push(new Map(acc));
        return;
      }
      const [key, cands] = open[i] as [string, Cell[][]];
      for (const c of cands) { acc.set(key, c); walk(i + 1, acc); }
      acc.delete(key);
    };
    walk(0, new Map(chosen as Map<string, Cell[]>));
  }
  for (const [key] of open) {
    const picks = new Set(solutions.map((s) => JSON.stringify(s.get(key))));
    chosen.set(key, picks.size === 1 ? (solutions[0]?.get(key) ?? null) : null);
  }
  return chosen;
}

function columnsHold(rows: ReadonlyMap<string, Cell[]>, results: readonly string[]): boolean {
  for (let c = 0; c < 7; c++) {
    const at = (k: string): number | null => rows.get(k)?.[c] ?? null;
    const [rec, carIn, tot, carOut] = [at('received'), at('carriedIn'), at('total'), at('carriedOut')];
    if (rec !== null && carIn !== null && tot !== null && carOut !== null && rec + carIn !== tot + carOut) return false;
    const parts = results.map(at);
    if (tot !== null && parts.every((p) => p !== null) && (parts as number[]).reduce((a, b) => a + b, 0) !== tot) return false;
  }
  return true;
}

function rowFindings(key: string, s: RowSolution, values: Cell[] | null, items: readonly Item[]): Finding[] {
  const label = cellName('applications', key);
  const raw = items.map((i) => (i.t === 'num' ? i.raw : i.t === 'null' ? '/' : '□')).join(' ');
  if (s.candidates.length > 1 && values === null) {
    const shown = s.candidates.slice(0, 3).map((c) => c.join('、')).join('；');
    return [finding('PARSE.AMBIGUOUS_SPLIT', 'warning', `${label}的数字“${raw}”有 ${s.candidates.length} 种拆分都符合表内勾稽关系（如 ${shown}），无法确定，已按空白处理，请核对原文`, { table: 'applications', row: key, actual: raw })];
  }
  if (s.how === 'none') {
    return [finding('PARSE.UNREADABLE_ROW', 'warning', `${label}读到的数字“${raw}”无法对应到 7 个单元格（${s.note ?? '数量不符，且没有符合本行合计的拆分'}），已按空白处理，请核对原文`, { table: 'applications', row: key, actual: raw })];
  }
  if (s.how === 'inferred' && values) {
    return [finding('PARSE.INFERRED_CELL', 'info', `${label}只读到 ${items.filter((i) => i.t !== 'blank').length} 个数，缺的一格按本行总计等于各列之和推得，请核对原文`, { table: 'applications', row: key, actual: raw })];
  }
  return [];
}

export const APPLICATION_KEYS = APPLICATION_ROWS.map((r) => r.key);
