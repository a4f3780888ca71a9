// The validator on a report built from live data: every rule of the shared engine (checks.ts) over the report and its
// prose, plus what only a built report can have — a text block still holding its prompt, and cells whose live value
// has moved since the year-end snapshot. Pure.
import { runChecks } from './checks.ts';
import type { ReportDocument } from './document.ts';
import { cellName, finding } from './finding.ts';
import type { CellChange } from './live.ts';
import type { Finding, Report } from './model.ts';
import { proseOf } from './narrative.ts';
import { type ReportTexts, TEXT_BLOCKS, unfilled } from './texts.ts';

export function validateDocument(
  doc: ReportDocument,
  o: { texts: ReportTexts; previous?: Report | null; changes?: readonly CellChange[] },
): Finding[] {
  const report = { ...doc.report, findings: [] };
  const out = runChecks(report, { previous: o.previous ?? null, prose: proseOf(doc) });
  for (const key of unfilled(o.texts)) {
    const block = TEXT_BLOCKS.find((b) => b.key === key)!;
    out.push(finding('TEXT.PLACEHOLDER', `「${block.label}」尚未填写，请写明${block.hint}后再公布`, { actual: key }));
  }
  for (const c of o.changes ?? []) {
    out.push(
      finding(
        'SNAPSHOT.CHANGED',
        `年终封账后数据已变动：${cellName(c.table, c.row, c.column)}封账时为 ${c.was ?? '空'}，现为 ${c.now ?? '空'}；报告仍按封账数据编制，如需更正请重新封账`,
        { table: c.table, row: c.row, column: c.column, expected: c.was ?? '', actual: c.now ?? '' },
      ),
    );
  }
  return out;
}
