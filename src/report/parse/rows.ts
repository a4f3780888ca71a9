// Token stream → rows: each run of numbers belongs to the row whose label ends the text just before it. Labels are
// matched on their CJK letters only, so "度 办 理 结 果", "商业\n企业", "(三)1." and quote styles do not matter.
import { cjkOf, type Token } from './tokens.ts';

export type RowSpec = { key: string; cores: readonly string[]; cells: number };
export type Item = { t: 'num'; raw: string; v: number; attached: boolean } | { t: 'null' } | { t: 'blank' };
export type CollectedRow = { key: string; items: Item[]; /** Text seen since the previous row's numbers (header words). */ before: string };

/** How many letters may follow a label before the numbers ("（件）", "数量") and still count as that label. */
const SLACK = 4;

export function collectRows(tokens: readonly Token[], specs: readonly RowSpec[]): CollectedRow[] {
  const rows: CollectedRow[] = [];
  const done = new Set<string>();
  let buffer = '';
  let pendingBlanks = 0;
  let current: (CollectedRow & { spec: RowSpec }) | null = null;
  // A blank cell counts only after a value of the same row on the same line ("| 1 |  | 3 |"); a line's leading
  // empty cells are layout (merged label columns), not data.
  let valueOnLine = false;
  for (const tok of tokens) {
    if (tok.t === 'eol') { pendingBlanks = 0; valueOnLine = false; continue; }
    if (tok.t === 'text') {
      buffer += cjkOf(tok.s);
      pendingBlanks = 0;
      continue;
    }
    if (tok.t === 'blank' && buffer) { pendingBlanks++; continue; }
    if (buffer) {
      const spec = matchLabel(buffer, specs, done);
      if (spec) {
        current = { key: spec.key, items: [], before: buffer, spec };
        rows.push(current);
        done.add(spec.key);
        for (let i = 0; i < pendingBlanks; i++) current.items.push({ t: 'blank' });
        valueOnLine = pendingBlanks > 0;
      } else if (current && current.items.length >= current.spec.cells) current = null;
      buffer = '';
      pendingBlanks = 0;
    }
    if (!current) continue;
    if (tok.t !== 'blank') { current.items.push(tok); valueOnLine = true; } else if (valueOnLine) current.items.push(tok);
  }
  return rows;
}

function matchLabel(buffer: string, specs: readonly RowSpec[], done: ReadonlySet<string>): RowSpec | null {
  let best: { spec: RowSpec; end: number; len: number } | null = null;
  for (const spec of specs) {
    if (done.has(spec.key)) continue;
    for (const core of spec.cores) {
      const at = buffer.lastIndexOf(core);
      if (at < 0) continue;
      const end = at + core.length;
      if (buffer.length - end > SLACK) continue;
      if (!best || end > best.end || (end === best.end && core.length > best.len)) best = { spec, end, len: core.length };
    }
  }
  return best?.spec ?? null;
}
