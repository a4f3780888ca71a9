// 表四 from its region of text: one row of 15 values (three groups of 结果维持/结果纠正/其他结果/尚未审结/总计), read in
// order after the header; glued digits are cut so that each group's 总计 is the sum of its four results.
import { APPEAL_COLUMNS, APPEAL_GROUPS } from '../format.ts';
import type { AppealsTable, Finding } from '../model.ts';
import { readingsOf, type RowShape } from './readings.ts';
import { rowFindings, type TableTrace, traceOf } from './row-findings.ts';
import type { Item } from './rows.ts';
import { solveTable } from './solve.ts';
import { endOf, tokenize } from './tokens.ts';

export type ParsedAppeals = { table: AppealsTable; findings: Finding[]; trace: TableTrace };

const SHAPE: RowShape = {
  cells: 15,
  group: 5,
  allowed: (v) => v.every((x) => x === null || (x >= 0 && Number.isInteger(x))),
  dropCost: () => 1,
};
const CELLS = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `${g.key}.${c.key}`));

export function parseAppeals(text: string, from: number, to: number): ParsedAppeals | null {
  const items: Item[] = [];
  let valueOnLine = false;
  for (const tok of tokenize(text, from, to)) {
    if (tok.t === 'eol') valueOnLine = false;
    else if (tok.t === 'num' || tok.t === 'null') {
      items.push(tok);
      valueOnLine = true;
    } else if (tok.t === 'blank' && items.length > 0 && (valueOnLine || tok.lone)) items.push(tok);
  }
  if (!items.some((i) => i.t !== 'blank')) return null;
  // 表四 is the last table: a text that ends inside it (a cut-off page) ends inside its one row.
  const textEnd = endOf(text, to);
  const { readings, note } = readingsOf(
    items,
    SHAPE,
    textEnd === null ? null : { textEnd, final: true, separated: false },
  );
  const [solved] = solveTable([{ key: 'appeals', readings }]);
  const labels = APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => `${g.label}「${c.label}」`));
  const findings = rowFindings('appeals', '', items, solved, note, labels);
  const table = Object.fromEntries(
    APPEAL_GROUPS.map((g, gi) => [
      g.key,
      Object.fromEntries(APPEAL_COLUMNS.map((c, ci) => [c.key, solved?.values[gi * 5 + ci] ?? null])),
    ]),
  ) as AppealsTable;
  const trace: TableTrace = {};
  if (solved) {
    for (const [cell, span] of Object.entries(traceOf(solved, CELLS))) {
      const [g, c] = cell.split('.') as [string, string];
      (trace[g] ??= {})[c] = span;
    }
  }
  return { table, findings, trace };
}
