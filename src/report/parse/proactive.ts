// 表二 from its region of text. Each block's format is told by its header words (本年制发件数 vs 本年新制作数量 …) or,
// failing that, by how many values its rows have; a report may mix the two formats block by block. Rows have no
// totals, so a glued run that cuts several ways ("8855698" in three cells) is left blank and said so.
import { PROACTIVE_BLOCKS, PROACTIVE_HEADER_MARKERS, type ProactiveColumn } from '../format.ts';
import { cellName, finding } from '../finding.ts';
import type { Cell, CellRow, Finding, FormatVersion, ProactiveTable } from '../model.ts';
import type { Hints } from './hints.ts';
import { PROACTIVE_SPECS } from './labels.ts';
import { readingsOf, separatedRows } from './readings.ts';
import { rowFindings, type TableTrace, traceOf } from './row-findings.ts';
import { type CollectedRow, collectRows } from './rows.ts';
import { solveTable } from './solve.ts';
import { endOf, tokenize } from './tokens.ts';

export type ParsedProactive = {
  table: ProactiveTable;
  formats: Set<FormatVersion>;
  findings: Finding[];
  trace: TableTrace;
};

const columnsOf = (format: FormatVersion, key: string): readonly ProactiveColumn[] | undefined =>
  PROACTIVE_BLOCKS[format].find((b) => b.rows.some((r) => r.key === key))?.columns;

/** A cut whose cell the prose states is cheaper by this much (less than anything else a reading can cost). */
const HINT_BONUS = 0.3;

export function parseProactive(
  text: string,
  from: number,
  to: number,
  hints: Hints = new Map(),
): ParsedProactive | null {
  const rows = collectRows(tokenize(text, from, to), PROACTIVE_SPECS).filter((r) =>
    r.items.some((i) => i.t !== 'blank'),
  );
  if (rows.length === 0) return null;
  const formats = new Set<FormatVersion>();
  const findings: Finding[] = [];
  const values = new Map<string, CellRow>();
  const trace: TableTrace = {};
  let blockFormat: FormatVersion | null = null;
  const textEnd = endOf(text, to);
  const separated = separatedRows(
    rows
      .slice(0, -1)
      .map((r) => ({ items: r.items, cells: (columnsOf('2021', r.key) ?? columnsOf('2019', r.key) ?? []).length })),
  );
  for (const row of rows) {
    blockFormat = headerFormat(row.before) ?? blockFormat;
    const format = rowFormat(row, blockFormat);
    formats.add(format);
    const columns = columnsOf(format, row.key) ?? [];
    // Only 本年增/减 may be negative, only amounts fractional: a cut that puts a minus or a fraction elsewhere is not a reading.
    const allowed = (v: readonly Cell[]) =>
      v.every(
        (x, i) =>
          x === null ||
          ((x >= 0 || columns[i]?.signed === true) && (Number.isInteger(x) || columns[i]?.fractional === true)),
      );
    const end = textEnd !== null && row.last ? { textEnd, final: row.key === finalRowOf(format), separated } : null;
    const { readings: all, note } = readingsOf(
      row.items,
      { cells: columns.length, group: null, allowed, dropCost: () => 1 },
      end,
    );
    const stated = hints.get(row.key);
    const readings =
      all.length > 1 && stated
        ? all.map((r) => ({
            ...r,
            cost:
              r.cost - HINT_BONUS * columns.filter((c, i) => stated.get(c.key)?.includes(r.values[i] as number)).length,
          }))
        : all;
    const [solved] = solveTable([{ key: row.key, readings }]);
    findings.push(
      ...rowFindings(
        'proactive',
        row.key,
        row.items,
        solved,
        note,
        columns.map((c) => c.label),
      ),
    );
    values.set(row.key, Object.fromEntries(columns.map((c, i) => [c.key, solved?.values[i] ?? null])));
    if (solved)
      trace[row.key] = traceOf(
        solved,
        columns.map((c) => c.key),
      );
  }
  const format: FormatVersion = formats.has('2019') && !formats.has('2021') ? '2019' : '2021';
  const last = rows[rows.length - 1] as CollectedRow;
  const order = PROACTIVE_BLOCKS[format].flatMap((b) => b.rows.map((r) => r.key));
  if (textEnd !== null && last.key !== order[order.length - 1]) {
    findings.push(
      finding(
        'PARSE.TRUNCATED',
        `表二在「${cellName('proactive', last.key).replace(/^表二/, '')}之后中断（原文到此结束），其后各行已按空白处理（未作推算）`,
        { table: 'proactive', row: last.key },
      ),
    );
  }
  const keys =
    formats.size > 1
      ? [
          ...new Set(
            [...PROACTIVE_BLOCKS['2021'], ...PROACTIVE_BLOCKS['2019']].flatMap((b) => b.rows.map((r) => r.key)),
          ),
        ]
      : PROACTIVE_BLOCKS[format].flatMap((b) => b.rows.map((r) => r.key));
  const table: ProactiveTable = Object.fromEntries(keys.map((k) => [k, values.get(k) ?? null]));
  return { table, formats, findings, trace };
}

/** The key of a format's final 表二 row. */
const finalRowOf = (format: FormatVersion): string | undefined =>
  PROACTIVE_BLOCKS[format].flatMap((b) => b.rows.map((r) => r.key)).pop();

function headerFormat(text: string): FormatVersion | null {
  let last: { at: number; format: FormatVersion } | null = null;
  for (const m of PROACTIVE_HEADER_MARKERS) {
    const at = text.lastIndexOf(m.text);
    if (at >= 0 && (!last || at > last.at)) last = { at, format: m.format };
  }
  return last?.format ?? null;
}

/**
 * The block's header decides (a chart or a note after the table may add numbers to its last row); without a header,
 * the number of values the row has, and for 行政规范性文件 its label (the 2019 format says 规范性文件).
 */
function rowFormat(row: CollectedRow, header: FormatVersion | null): FormatVersion {
  if (row.key === 'otherServices' || row.key === 'procurement') return '2019';
  if (header) return header;
  const count = row.items.filter((i) => i.t !== 'blank').length;
  const fits = (f: FormatVersion) => columnsOf(f, row.key)?.length === count;
  if (fits('2021') && !fits('2019')) return '2021';
  if (fits('2019') && !fits('2021')) return '2019';
  if (row.key === 'normativeDocuments') return row.before.endsWith('行政规范性文件') ? '2021' : '2019';
  return '2021';
}
