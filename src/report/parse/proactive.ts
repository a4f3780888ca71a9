// 表二 from its region of text. Each block's format is told by its header words (本年制发件数 vs 本年新制作数量 …) or,
// failing that, by how many values its rows have; a report may mix the two formats block by block.
import { PROACTIVE_BLOCKS, PROACTIVE_HEADER_MARKERS, type ProactiveColumn } from '../format.ts';
import { cellName, finding } from '../finding.ts';
import type { CellRow, Finding, FormatVersion, ProactiveTable } from '../model.ts';
import { PROACTIVE_SPECS } from './labels.ts';
import { type CollectedRow, collectRows } from './rows.ts';
import { solveRow } from './split.ts';
import { tokenize } from './tokens.ts';

export type ParsedProactive = { table: ProactiveTable; formats: Set<FormatVersion>; findings: Finding[] };

const columnsOf = (format: FormatVersion, key: string): readonly ProactiveColumn[] | undefined =>
  PROACTIVE_BLOCKS[format].find((b) => b.rows.some((r) => r.key === key))?.columns;

export function parseProactive(region: string): ParsedProactive | null {
  const rows = collectRows(tokenize(region), PROACTIVE_SPECS).filter((r) => r.items.some((i) => i.t !== 'blank'));
  if (rows.length === 0) return null;
  const formats = new Set<FormatVersion>();
  const findings: Finding[] = [];
  const values = new Map<string, CellRow>();
  let blockFormat: FormatVersion | null = null;
  for (const row of rows) {
    blockFormat = headerFormat(row.before) ?? blockFormat;
    const format = rowFormat(row, blockFormat);
    formats.add(format);
    const columns = columnsOf(format, row.key) ?? [];
    // Only 本年增/减 may be negative: a split that puts a minus anywhere else is not a reading of the row.
    const signsFit = (v: readonly (number | null)[]) => v.every((x, i) => x === null || x >= 0 || columns[i]?.signed === true);
    const solved = solveRow(row.items, columns.length, signsFit);
    const only = solved.candidates.length === 1 ? solved.candidates[0] : undefined;
    if (!only) findings.push(unreadable(row, columns.length, solved.candidates.length));
    values.set(row.key, Object.fromEntries(columns.map((c, i) => [c.key, only?.[i] ?? null])));
  }
  const format: FormatVersion = formats.has('2019') && !formats.has('2021') ? '2019' : '2021';
  const keys = formats.size > 1 ? [...new Set([...PROACTIVE_BLOCKS['2021'], ...PROACTIVE_BLOCKS['2019']].flatMap((b) => b.rows.map((r) => r.key)))]
    : PROACTIVE_BLOCKS[format].flatMap((b) => b.rows.map((r) => r.key));
  const table: ProactiveTable = Object.fromEntries(keys.map((k) => [k, values.get(k) ?? null]));
  return { table, formats, findings };
}

function headerFormat(text: string): FormatVersion | null {
  let last: { at: number; format: FormatVersion } | null = null;
  for (const m of PROACTIVE_HEADER_MARKERS) {
    const at = text.lastIndexOf(m.text);
    if (at >= 0 && (!last || at > last.at)) last = { at, format: m.format };
  }
  return last?.format ?? null;
}

/** The header decides, unless the number of values fits only the other format (a header copied from elsewhere). */
function rowFormat(row: CollectedRow, header: FormatVersion | null): FormatVersion {
  if (row.key === 'otherServices' || row.key === 'procurement') return '2019';
  const first = row.items[0];
  if (row.items.length === 1 && first?.t === 'num' && first.attached && header) return header; // glued: count unknown
  const count = row.items.filter((i) => i.t !== 'blank').length;
  const fits = (f: FormatVersion) => columnsOf(f, row.key)?.length === count;
  if (header && (fits(header) || !fits(header === '2021' ? '2019' : '2021'))) return header;
  if (fits('2021') && !fits('2019')) return '2021';
  if (fits('2019') && !fits('2021')) return '2019';
  if (row.key === 'normativeDocuments') return row.before.endsWith('行政规范性文件') ? '2021' : '2019';
  return header ?? '2021';
}

function unreadable(row: CollectedRow, cells: number, options: number): Finding {
  const raw = row.items.map((i) => (i.t === 'num' ? i.raw : i.t === 'null' ? '/' : '□')).join(' ');
  const why = options > 1 ? `有 ${options} 种拆分方式，无法确定` : `应为 ${cells} 个数`;
  return finding(options > 1 ? 'PARSE.AMBIGUOUS_SPLIT' : 'PARSE.UNREADABLE_ROW', 'warning',
    `${cellName('proactive', row.key)}读到的数字“${raw}”无法对应到各栏（${why}），已按空白处理，请核对原文`, { table: 'proactive', row: row.key, actual: raw });
}
