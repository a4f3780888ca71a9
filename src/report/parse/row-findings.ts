// What the reader says about a row it could not read plainly (several readings fit, none fit, a cell derived or
// dropped), and where each cell was read, for the trace.
import { cellName, finding } from '../finding.ts';
import type { Finding } from '../model.ts';
import type { RawSpan } from './readings.ts';
import type { Item } from './rows.ts';
import type { Solved } from './solve.ts';

type TableKey = 'proactive' | 'applications' | 'appeals';
/** Where each cell of a table was read (normalised offsets), or that it was derived from the table's identities. */
export type CellTrace = RawSpan | { inferred: true };
export type TableTrace = Record<string, Record<string, CellTrace>>;

const rawOf = (items: readonly Item[]): string =>
  items.map((i) => (i.t === 'num' ? i.raw : i.t === 'null' ? '/' : '□')).join(' ');
const shown = (v: readonly (number | null)[]): string => v.map((x) => (x === null ? '空' : String(x))).join('、');

export function rowFindings(
  table: TableKey,
  row: string,
  items: readonly Item[],
  s: Solved | undefined,
  note: string | undefined,
  columns: readonly string[],
): Finding[] {
  const label = cellName(table, row === '' ? undefined : row);
  const raw = rawOf(items);
  const at = { table, ...(row ? { row } : {}), actual: raw };
  const values = items.filter((i) => i.t !== 'blank').length;
  if (!s) {
    if (values === 0) return [];
    return [
      finding(
        'PARSE.UNREADABLE_ROW',
        `${label}读到的数字“${raw}”无法对应到 ${columns.length} 个单元格（${note ?? '数量不符，且没有符合合计的拆分'}），已按空白处理，请核对原文`,
        at,
      ),
    ];
  }
  if (s.alternatives.length > 1) {
    const open = columns.filter((_, c) => s.values[c] === null && s.alternatives.some((a) => a.values[c] !== null));
    const options = s.alternatives
      .slice(0, 3)
      .map((a) => shown(a.values))
      .join('；');
    const why = table === 'proactive' ? '都说得通（表二各行没有合计可以核对）' : '都符合表内勾稽关系';
    return [
      finding(
        'PARSE.AMBIGUOUS_SPLIT',
        `${label}的数字“${raw}”有 ${s.alternatives.length} 种读法${why}（如 ${options}），${open.join('、')}无法确定，已按空白处理，请核对原文`,
        at,
      ),
    ];
  }
  const r = s.reading;
  if (r.how === 'inferred' && r.inferred !== undefined) {
    return [
      finding(
        'PARSE.INFERRED_CELL',
        `${label}只读到 ${values} 个数，「${columns[r.inferred]}」一格按本行总计等于各项之和推得，请核对原文`,
        at,
      ),
    ];
  }
  if (r.how === 'truncated' && r.values.some((v) => v === null)) {
    return [
      finding(
        'PARSE.TRUNCATED',
        `${label}读到“${raw}”后原文即告结束（文件缺页或被截断），其余各格按空白处理（未作推算）`,
        at,
      ),
    ];
  }
  if (r.how === 'placed') {
    const blank = columns.filter((_, c) => r.values[c] === null);
    return [
      finding(
        'PARSE.DROPPED_CELLS',
        `${label}只读到 ${values} 个数，按合计关系和常见填法放入各列，${blank.join('、')}按空白处理，请核对原文`,
        at,
      ),
    ];
  }
  return [];
}

export function traceOf(s: Solved, columns: readonly string[]): Record<string, CellTrace> {
  const out: Record<string, CellTrace> = {};
  columns.forEach((c, i) => {
    if (s.values[i] === null) return;
    const span = s.reading.spans[i];
    if (span) out[c] = span;
    else if (s.reading.how === 'inferred') out[c] = { inferred: true };
  });
  return out;
}
