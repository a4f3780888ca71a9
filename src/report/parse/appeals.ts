// 表四 from its region of text: one row of 15 values (three groups of 结果维持/结果纠正/其他结果/尚未审结/总计), read in
// order after the header; glued digits are split so that each group's 总计 is the sum of its four results.
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../format.ts';
import { finding } from '../finding.ts';
import type { AppealsTable, Cell, Finding } from '../model.ts';
import type { Item } from './rows.ts';
import { solveRow, sumIdentity } from './split.ts';
import { tokenize } from './tokens.ts';

export type ParsedAppeals = { table: AppealsTable; findings: Finding[] };

export function parseAppeals(region: string): ParsedAppeals | null {
  const items: Item[] = [];
  for (const tok of tokenize(region)) {
    if (tok.t === 'num' || tok.t === 'null') items.push(tok);
    else if (tok.t === 'blank' && items.length > 0) items.push(tok);
  }
  if (items.length === 0) return null;
  const solved = solveRow(items, 15, sumIdentity(5), 5);
  const values: Cell[] | null = solved.candidates.length === 1 ? (solved.candidates[0] as Cell[]) : null;
  const findings: Finding[] = [];
  const raw = items.map((i) => (i.t === 'num' ? i.raw : '/')).join(' ');
  if (!values) {
    findings.push(solved.candidates.length > 1
      ? finding('PARSE.AMBIGUOUS_SPLIT', 'warning', `表四的数字“${raw}”有 ${solved.candidates.length} 种拆分都符合各组总计，无法确定，已按空白处理，请核对原文`, { table: 'appeals', actual: raw })
      : finding('PARSE.UNREADABLE_ROW', 'warning', `表四读到的数字“${raw}”无法对应到 15 个单元格，已按空白处理，请核对原文`, { table: 'appeals', actual: raw }));
  } else if (solved.how === 'inferred') {
    findings.push(finding('PARSE.INFERRED_CELL', 'info', '表四少读到一个数，缺的一格按该组总计等于各项之和推得，请核对原文', { table: 'appeals', actual: raw }));
  }
  const table = Object.fromEntries(APPEAL_GROUPS.map((g, gi) => [g.key,
    Object.fromEntries(APPEAL_COLUMNS.map((c, ci) => [c.key, values?.[gi * 5 + ci] ?? null]))])) as AppealsTable;
  return { table, findings };
}
