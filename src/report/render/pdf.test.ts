import assert from 'node:assert/strict';
import { test } from 'node:test';
import PDFDocument from 'pdfkit';
import { packagedCjkFont } from '../../documents/fonts.ts';
import { registerCjkFont } from '../../documents/pdf.ts';
import { DomainError } from '../../errors.ts';
import { readTextReport } from '../parse/text.ts';
import { decodeReport } from '../read-file.ts';
import { sampleDocument } from '../../../test/support/report-sample-document.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { drawGrid } from './pdf-table.ts';
import { renderReportPdf } from './pdf.ts';
import { applicationsGrid, proactiveGrid } from './table-grid.ts';

const packaged = packagedCjkFont()!;

test('on a machine with only the npm font package, the PDF is A4, numbered, and reads back to the same report', async () => {
  const doc = sampleDocument({ seed: 41, name: '东和乡人民政府' });
  const bytes = await renderReportPdf(doc, [packaged]);
  assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
  assert.match(bytes.toString('latin1'), /\/MediaBox \[0 0 595\.28 841\.89\]/);
  const read = await decodeReport(bytes);
  assert.ok(read.ok, read.ok ? '' : read.error);
  assert.match(read.text, /— 1 —/);
  assert.match(read.text, /— 2 —/);
  const back = readTextReport(read.text).report;
  assert.deepEqual(back.tables, doc.report.tables);
  assert.deepEqual([back.agency.name, back.year, back.format], ['东和乡人民政府', 2023, '2021']);
});

test('a character no available font can draw stops the PDF with a Chinese message naming it (no tofu)', async () => {
  const doc = sampleDocument({ seed: 42, name: '𠀀村民委员会' }); // U+20000, outside the packaged font
  await assert.rejects(
    renderReportPdf(doc, [packaged]),
    (e: unknown) => e instanceof DomainError && /U\+20000/.test(e.message),
  );
});

test('with no CJK font at all the PDF fails with the way to install one', async () => {
  const none = [{ name: 'x', regular: { file: '/nonexistent/r.otf' }, bold: { file: '/nonexistent/b.otf' } }];
  await assert.rejects(
    renderReportPdf(sampleDocument({ seed: 43 }), none),
    (e: unknown) => e instanceof DomainError && /fonts-noto-cjk/.test(e.message) && /npm ci/.test(e.message),
  );
});

/** Lay a grid out on short pages and return where its rows went. */
function layout(grid: ReturnType<typeof applicationsGrid>, pageHeight: number) {
  const pdf = new PDFDocument({ size: [595, pageHeight + 80], margin: 40 });
  registerCjkFont(pdf, packaged);
  pdf.y = 40;
  const frame = { left: 40, width: 515, top: 40, bottom: 40 + pageHeight, fontSize: 10.5 };
  const placed = drawGrid(pdf, grid, frame, () => {
    pdf.addPage();
    return 40;
  });
  pdf.end();
  return { placed, frame };
}

test('a table crossing pages never cuts a row, keeps each merged group whole when it fits, and keeps headings with their rows', () => {
  const grid = applicationsGrid(sampleReport({ seed: 44 }));
  const { placed, frame } = layout(grid, 420);
  assert.ok(placed.rows.at(-1)!.page >= 1, 'the table needed more than one page');
  for (const r of placed.rows)
    assert.ok(r.y >= frame.top && r.y + r.height <= frame.bottom + 1e-6, 'every row lies within its page');
  const pageOf = (label: string) => placed.rows[grid.rows.findIndex((row) => row.some((c) => c.text === label))]!.page;
  const rowPage = (i: number) => placed.rows[i]!.page;
  // （三）不予公开 covers its eight rows: all on one page.
  const first = grid.rows.findIndex((row) => row.some((c) => c.text === '（三）不予公开'));
  assert.equal(new Set([0, 1, 2, 3, 4, 5, 6, 7].map((k) => rowPage(first + k))).size, 1);
  // The three header rows stay on the page of the first data row.
  assert.equal(rowPage(0), pageOf('一、本年新收政府信息公开申请数量'));
});

test("表二's article heading never ends a page: it moves with its rows", () => {
  const grid = proactiveGrid(sampleReport({ seed: 45, format: '2019' }));
  for (const pageHeight of [120, 150, 180, 210]) {
    const { placed } = layout(grid as ReturnType<typeof applicationsGrid>, pageHeight);
    grid.rows.forEach((row, i) => {
      if (row.every((c) => c.kind === 'header'))
        assert.equal(placed.rows[i]!.page, placed.rows[i + 1]!.page, `row ${i} at page height ${pageHeight}`);
    });
  }
});

test('on every page a table continues on, its header rows stand again and a group cut by the page shows its label', async () => {
  const grid = applicationsGrid(sampleReport({ seed: 46 }));
  const pdf = new PDFDocument({ size: [595, 420 + 80], margin: 40 });
  registerCjkFont(pdf, packaged);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => pdf.on('end', resolve));
  pdf.y = 40;
  const placed = drawGrid(pdf, grid, { left: 40, width: 515, top: 40, bottom: 460, fontSize: 10.5 }, () => {
    pdf.addPage();
    return 40;
  });
  pdf.end();
  await done;
  const read = await decodeReport(Buffer.concat(chunks));
  assert.ok(read.ok, read.ok ? '' : read.error);
  const text = read.text.replace(/\s+/g, '');
  const pages = placed.rows.at(-1)!.page + 1;
  assert.ok(pages >= 2);
  assert.equal(text.split('申请人情况').length - 1, pages, 'the header on each page');
  const results = grid.rows.findIndex((row) => row.some((c) => c.text === '三、本年度办理结果'));
  const resultPages = new Set(placed.rows.slice(results, results + 22).map((r) => r.page)).size;
  assert.ok(resultPages >= 2, 'the result group crosses a page');
  // Each piece shows what of the label fits: a one-row piece in the narrow first column holds only its start.
  assert.equal(text.split('三、').length - 1, resultPages, 'the group label begins on each page it covers');
  assert.ok(text.split('三、本年度办理结果').length - 1 >= 2, 'in full where the piece is tall enough');
});

test('the title and the group labels break between words, never inside one; an all-zero chart is a sentence instead', async () => {
  const doc = sampleDocument({ seed: 47, name: '东和乡人民政府' });
  doc.charts = { ...doc.charts!, outcomeMix: doc.charts!.outcomeMix.map((d) => ({ ...d, value: 0 })) };
  const read = await decodeReport(await renderReportPdf(doc, [packaged]));
  assert.ok(read.ok, read.ok ? '' : read.error);
  // GB/T 9704: a title too long for one line breaks after the agency's name, not "…工作年 / 度报告".
  assert.ok(read.text.startsWith('东和乡人民政府\n2023年政府信息公开工作年度报告\n'), read.text.slice(0, 60));
  for (const group of ['（三）\n不予\n公开', '（四）\n无法\n提供', '（五）\n不予\n处理', '（六）\n其他\n处理'])
    assert.ok(read.text.includes(group), group);
  assert.deepEqual(
    read.text.split('\n').filter((line) => /^[、，。）：；”]/.test(line)),
    [],
    'no line starts with closing punctuation',
  );
  const flat = read.text.replace(/\s+/g, '');
  assert.ok(flat.includes('本年度各类办理结果均为零，不作“申请办理结果构成”图。'));
  assert.ok(!flat.includes('图：申请办理结果构成'));
  assert.ok(flat.includes('图：各月主动公开信息条数'), 'a chart with figures stays');
});
