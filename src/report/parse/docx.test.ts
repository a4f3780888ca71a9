import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import JSZip from 'jszip';
import { APPEAL_COLUMNS, APPEAL_GROUPS, APPLICANT_COLUMNS, PROACTIVE_BLOCKS, applicationRows } from '../format.ts';
import type { Report } from '../model.ts';
import { decodeReport } from '../read-file.ts';
import { sampleReport } from '../../../test/support/report-sample.ts';
import { checkTextReport } from './text.ts';

const cell = (text: unknown, span: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph(text === null || text === undefined ? '' : String(text))], ...span });
const row = (cells: TableCell[]) => new TableRow({ children: cells });

async function docxOf(r: Report): Promise<Buffer> {
  const t2 = PROACTIVE_BLOCKS['2021'].flatMap((b) => [
    row([cell(b.item, { columnSpan: 4 })]),
    row([cell('信息内容'), ...b.columns.map((c) => cell(c.label))]),
    ...b.rows.map((x) => row([cell(x.label), ...b.columns.map((c) => cell(r.tables.proactive?.[x.key]?.[c.key]))])),
  ]);
  const rows = applicationRows('2021');
  const t3 = [
    row([
      cell('申请人情况', { columnSpan: 2 }),
      cell('自然人'),
      cell('法人或其他组织', { columnSpan: 5 }),
      cell('总计'),
    ]),
    row([cell('', { columnSpan: 3 }), ...APPLICANT_COLUMNS.slice(1, 6).map((c) => cell(c.label))]),
    ...rows.map((x) =>
      row([
        cell(x.key === 'disclosed' ? '三、本年度办理结果' : ''),
        cell(x.label),
        ...APPLICANT_COLUMNS.map((c) => cell(r.tables.applications?.[x.key]?.[c.key])),
      ]),
    ),
  ];
  const t4 = [
    row([cell('行政复议', { columnSpan: 5 }), cell('行政诉讼', { columnSpan: 10 })]),
    row(APPEAL_GROUPS.flatMap(() => APPEAL_COLUMNS.map((c) => cell(c.label)))),
    row(APPEAL_GROUPS.flatMap((g) => APPEAL_COLUMNS.map((c) => cell(r.tables.appeals?.[g.key][c.key])))),
  ];
  const p = (s: string) => new Paragraph(s);
  const doc = new Document({
    sections: [
      {
        children: [
          p(`${r.agency.name}${r.year}年政府信息公开工作年度报告`),
          p('一、总体情况'),
          p('全年主动公开政府信息 61 条。'),
          p('二、主动公开政府信息情况'),
          new Table({ rows: t2 }),
          p('三、收到和处理政府信息公开申请情况'),
          new Table({ rows: t3 }),
          p('四、政府信息公开行政复议、行政诉讼情况'),
          new Table({ rows: t4 }),
          p('五、存在的主要问题及改进情况'),
          p('（略）'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

describe('DOCX reports', () => {
  test('a Word report with the four tables reads back to the same tables', async () => {
    const r = sampleReport({ seed: 21, name: '示例镇人民政府' });
    const read = await decodeReport(await docxOf(r));
    assert.ok(read.ok, read.ok ? '' : read.error);
    assert.equal(read.kind, 'docx');
    const back = checkTextReport(read.text, 'x.docx');
    assert.deepEqual(back.tables, r.tables);
    assert.deepEqual(
      [back.agency.name, back.agency.level, back.narrative.proactiveCount],
      ['示例镇人民政府', 'township', 61],
    );
  });

  test('a zip bomb (entries claiming gigabytes) and a zip that is not a Word file are refused before inflating', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    const cd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(3_000_000_000, cd + 24); // the central directory now claims 3 GB once inflated
    const bomb = await decodeReport(bytes);
    assert.ok(!bomb.ok && /压缩炸弹/.test(bomb.error));
    const plain = new JSZip();
    plain.file('a.txt', 'x');
    const other = await decodeReport(await plain.generateAsync({ type: 'nodebuffer' }));
    assert.ok(!other.ok && /不是 Word/.test(other.error));
  });
});
