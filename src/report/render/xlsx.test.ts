import assert from 'node:assert/strict';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { finding } from '../finding.ts';
import { sampleDocument } from '../../../test/support/report-sample-document.ts';
import { placeCells, reportGrids } from './table-grid.ts';
import { renderReportXlsx } from './xlsx.ts';

async function workbookOf(format: '2021' | '2019' = '2021') {
  const doc = sampleDocument({ seed: 17, format, name: '东和乡人民政府' });
  doc.report.findings.push(
    finding('T3.BALANCE', '自然人列：第一项加第二项之和（5）不等于第三项加第四项之和（4）', {
      table: 'applications',
      row: 'total',
      column: 'natural',
      expected: 5,
      actual: 4,
    }),
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await renderReportXlsx(doc)) as unknown as ArrayBuffer);
  return { doc, wb };
}

test('the first sheet names the agency, year and format and lists each finding with its cell and message', async () => {
  const { wb } = await workbookOf();
  assert.deepEqual(
    wb.worksheets.map((w) => w.name),
    ['概况', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼'],
  );
  const ws = wb.getWorksheet('概况')!;
  const rows = Array.from(ws.getSheetValues(), (r) => (Array.isArray(r) ? r.slice(1) : []));
  assert.deepEqual(rows[2], ['机关', '东和乡人民政府']);
  assert.deepEqual(rows[3], ['年度', 2023]);
  assert.deepEqual(rows[4], ['报告格式', '国办公开办函〔2021〕30号格式']);
  const f = rows.find((r) => r[0] === 'T3.BALANCE')!;
  assert.deepEqual(f, [
    'T3.BALANCE',
    '错误',
    '表三「（七）总计」行「自然人」列',
    '自然人列：第一项加第二项之和（5）不等于第三项加第四项之和（4）',
    5,
    4,
  ]);
});

for (const format of ['2021', '2019'] as const) {
  test(`every table cell of the ${format} format is in its sheet as a number, where the grid puts it`, async () => {
    const { doc, wb } = await workbookOf(format);
    const grids = reportGrids(doc.report);
    for (const [key, name] of [
      ['proactive', '表二 主动公开'],
      ['applications', '表三 依申请公开'],
      ['appeals', '表四 复议诉讼'],
    ] as const) {
      const ws = wb.getWorksheet(name)!;
      let numbers = 0;
      for (const { cell, row, col } of placeCells(grids[key])) {
        const got = ws.getCell(2 + row, 1 + col).value;
        if (cell.kind === 'value') {
          const want = (doc.report.tables[key] as Record<string, Record<string, number | null>>)[cell.cell!.row]![
            cell.cell!.column
          ];
          assert.equal(got, want ?? null, `${name} ${cell.cell!.row}.${cell.cell!.column}`);
          numbers++;
        } else assert.equal(got, cell.text);
      }
      assert.ok(numbers > 0);
    }
  });
}

test('the sheets merge the national header cells, and a cell named by a finding is coloured', async () => {
  const { wb } = await workbookOf();
  const t3 = wb.getWorksheet('表三 依申请公开')!;
  const merges = (t3.model as unknown as { merges: string[] }).merges;
  for (const m of ['A2:C4', 'D2:J2', 'D3:D4', 'E3:I3', 'J3:J4', 'A5:C5', 'A7:A28', 'B7:C7', 'B9:B16'])
    assert.ok(merges.includes(m), `表三 merges ${m}`);
  assert.equal(t3.getCell('A2').value, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）');
  const t4 = (wb.getWorksheet('表四 复议诉讼')!.model as unknown as { merges: string[] }).merges;
  for (const m of ['A2:E3', 'F2:O2', 'F3:J3', 'K3:O3']) assert.ok(t4.includes(m), `表四 merges ${m}`);
  const total = t3.getCell('D28'); // （七）总计 · 自然人
  assert.equal(t3.getCell('B28').value, '（七）总计');
  assert.equal((total.fill as { fgColor?: { argb?: string } }).fgColor?.argb, 'FFFDE2E1');
  assert.notEqual((t3.getCell('E28').fill as { pattern?: string } | undefined)?.pattern, 'solid');
});
