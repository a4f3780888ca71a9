import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tableToText } from '../parse/html.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { appealsTableHtml, applicationsTableHtml, proactiveTableHtml } from './tables-html.ts';
import { type Grid, placeCells, reportGrids } from './table-grid.ts';

/** A grid as bare HTML rows, to lay it on the same lattice as the portal's table. */
const gridHtml = (g: Grid) =>
  g.rows
    .map(
      (r) =>
        `<tr>${r.map((c) => `<td rowspan="${c.rowSpan ?? 1}" colspan="${c.colSpan ?? 1}">${c.text}</td>`).join('')}</tr>`,
    )
    .join('');
const lattice = (inner: string) =>
  tableToText(inner)
    .split('\n')
    .map((l) => l.replace(/\t+$/, ''));
const captionless = (h: string) => h.replace(/<caption>[\s\S]*?<\/caption>/, '');

for (const format of ['2021', '2019'] as const) {
  test(`the ${format} grids merge exactly the cells the portal's HTML tables merge, with the same labels and values`, () => {
    const report = sampleReport({ seed: 12, format });
    const grids = reportGrids(report);
    assert.deepEqual(lattice(gridHtml(grids.applications)), lattice(captionless(applicationsTableHtml(report).value)));
    assert.deepEqual(lattice(gridHtml(grids.appeals)), lattice(captionless(appealsTableHtml(report).value)));
    assert.deepEqual(lattice(gridHtml(grids.proactive)), lattice(captionless(proactiveTableHtml(report).value)));
  });
}

test('every position of every grid is covered by exactly one cell, and the widths sum to one', () => {
  for (const format of ['2021', '2019'] as const) {
    for (const g of Object.values(reportGrids(sampleReport({ seed: 2, format })))) {
      const covered = g.rows.map(() => Array(g.columns).fill(0) as number[]);
      for (const { cell, row, col } of placeCells(g)) {
        for (let r = row; r < row + (cell.rowSpan ?? 1); r++)
          for (let c = col; c < col + (cell.colSpan ?? 1); c++) covered[r]![c]!++;
      }
      assert.ok(
        covered.every((r) => r.every((n) => n === 1)),
        `${format} ${g.key}`,
      );
      assert.ok(Math.abs(g.widths.reduce((a, b) => a + b, 0) - 1) < 1e-9);
    }
  }
});

test('表三 carries the 3×3 note, 申请人情况 over seven, 法人或其他组织 over five and the 22-row result group (2021)', () => {
  const g = reportGrids(sampleReport({ seed: 1 })).applications;
  const find = (text: string) => g.rows.flat().find((c) => c.text === text);
  assert.deepEqual(
    [
      find('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')?.colSpan,
      find('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）')?.rowSpan,
    ],
    [3, 3],
  );
  assert.equal(find('申请人情况')?.colSpan, 7);
  assert.equal(find('法人或其他组织')?.colSpan, 5);
  assert.equal(find('三、本年度办理结果')?.rowSpan, 22);
  assert.equal(find('（六）其他处理')?.rowSpan, 3);
  assert.equal(g.rows.length, 3 + 25);
});
