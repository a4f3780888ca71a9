import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, test } from 'node:test';
import PDFDocument from 'pdfkit';
import { decodeReport } from '../read-file.ts';
import { renderText } from '../render/text.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { checkTextReport } from './text.ts';

// Debian's fonts-noto-cjk (installed by the CI script); without it the PDF cannot be drawn, so the test is skipped.
const FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
const skip = existsSync(FONT) ? false : 'fonts-noto-cjk not installed';

/** A report laid out as a PDF: each cell drawn at its column's x position, rows 9 pt apart, pages as they fill. */
async function pdfOf(text: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 30 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  doc.font(FONT, 'NotoSansCJKsc-Regular').fontSize(6);
  let y = 30;
  for (const line of text.split('\n')) {
    line
      .split('\t')
      .forEach((c, i) =>
        doc.text(c, i === 0 ? 30 : 200 + (i - 1) * 24, y, { lineBreak: false, width: i === 0 ? 165 : 22 }),
      );
    y += 9;
    if (y > 800) {
      doc.addPage();
      y = 30;
    }
  }
  doc.end();
  await new Promise((resolve) => doc.on('end', resolve));
  return Buffer.concat(chunks);
}

describe('PDF reports: cells placed by their positions', { skip }, () => {
  test('a PDF report (tables split across pages) reads back to the same tables', async () => {
    for (const seed of [31, 32]) {
      const r = sampleReport({ seed, name: '示例镇人民政府' });
      const read = await decodeReport(await pdfOf(renderText(r, 'tab')));
      assert.ok(read.ok && read.kind === 'pdf', read.ok ? '' : read.error);
      const back = checkTextReport(read.text, 'x.pdf');
      assert.deepEqual(back.tables, r.tables, `seed ${seed}`);
      assert.equal(back.agency.name, '示例镇人民政府');
    }
  });

  test('a broken PDF gets a clear error', async () => {
    const read = await decodeReport(Buffer.from('%PDF-1.7\n1 0 obj <<>> garbage'));
    assert.ok(!read.ok && /PDF 文件无法解析/.test(read.error));
  });
});
