import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { sampleDocument } from '../../../test/support/report-sample-document.ts';
import { renderReportDocx } from './docx.ts';

const xmlOf = async (bytes: Buffer, part: string) => (await JSZip.loadAsync(bytes)).file(part)!.async('string');
const docOf = (seed: number, format: '2021' | '2019' = '2021') =>
  sampleDocument({ seed, format, name: '东和乡人民政府' });

test('the Word file is A4 with the 公文 margins and a centred page number field in the footer', async () => {
  const bytes = await renderReportDocx(docOf(1));
  const xml = await xmlOf(bytes, 'word/document.xml');
  assert.match(xml, /<w:pgSz w:w="11906" w:h="16838"/);
  assert.match(xml, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588"/);
  const zip = await JSZip.loadAsync(bytes);
  const footer = await zip.file(Object.keys(zip.files).find((f) => /word\/footer\d*\.xml/.test(f))!)!.async('string');
  assert.match(footer, /<w:jc w:val="center"\/>/);
  assert.match(footer, /PAGE/);
});

test('title in bold 宋体 22pt, headings in 黑体 16pt, body in 仿宋_GB2312 16pt on a fixed 28-pt line with a two-character indent', async () => {
  const xml = await xmlOf(await renderReportDocx(docOf(2)), 'word/document.xml');
  const paragraph = (text: string) => xml.split('</w:p>').find((p) => p.includes(`>${text}</w:t>`)) ?? '';
  const title = paragraph('东和乡人民政府2023年政府信息公开工作年度报告');
  assert.match(title, /<w:jc w:val="center"\/>/);
  assert.match(title, /w:eastAsia="宋体"/);
  assert.match(title, /<w:b\/>/);
  assert.match(title, /<w:sz w:val="44"\/>/);
  const heading = paragraph('三、收到和处理政府信息公开申请情况');
  assert.match(heading, /w:eastAsia="黑体"/);
  assert.match(heading, /<w:sz w:val="32"\/>/);
  const body = paragraph('依据《政府信息公开信息处理费管理办法》，本年度未收取信息处理费。');
  assert.match(body, /w:eastAsia="仿宋_GB2312"/);
  assert.match(body, /<w:sz w:val="32"\/>/);
  assert.match(body, /<w:spacing w:line="560" w:lineRule="exact"\/>/);
  assert.match(body, /w:firstLineChars="200"/);
  assert.match(paragraph('（四）年度政务公开工作创新情况'), /w:eastAsia="楷体_GB2312"/);
});

test('table text is 10.5pt and the merged header cells are Word merges: gridSpan across, vMerge down', async () => {
  const xml = await xmlOf(await renderReportDocx(docOf(3)), 'word/document.xml');
  const cell = (text: string) => {
    const at = xml.indexOf(`>${text}</w:t>`);
    return xml.slice(xml.lastIndexOf('<w:tc>', at), at);
  };
  assert.match(
    cell('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'),
    /<w:gridSpan w:val="3"\/>[\s\S]*<w:vMerge w:val="restart"\/>/,
  );
  assert.match(cell('申请人情况'), /<w:gridSpan w:val="7"\/>/);
  assert.match(cell('法人或其他组织'), /<w:gridSpan w:val="5"\/>/);
  assert.match(cell('三、本年度办理结果'), /<w:vMerge w:val="restart"\/>/);
  assert.match(cell('行政诉讼'), /<w:gridSpan w:val="10"\/>/);
  assert.match(cell('未经复议直接起诉'), /<w:gridSpan w:val="5"\/>/);
  assert.match(cell('（一）予以公开'), /<w:gridSpan w:val="2"\/>/);
  assert.match(cell('1.属于国家秘密'), /<w:sz w:val="21"\/>/);
});

test('read back by mammoth, the Word tables keep their merged cells and verbatim labels, header rows as headings', async () => {
  for (const format of ['2021', '2019'] as const) {
    const { value: marked } = await mammoth.convertToHtml({ buffer: await renderReportDocx(docOf(4, format)) });
    const value = marked.replace(/<\/?strong>/g, ''); // header cells are bold
    assert.match(
      value,
      /<thead><tr><th colspan="3" rowspan="3"><p>（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）<\/p><\/th>/,
    );
    assert.match(value, /<th colspan="5"><p>法人或其他组织<\/p><\/th>/);
    assert.match(value, new RegExp(`<td rowspan="${format === '2021' ? 22 : 20}"><p>三、本年度办理结果</p></td>`));
    assert.match(value, /<th colspan="5" rowspan="2"><p>行政复议<\/p><\/th><th colspan="10"><p>行政诉讼<\/p><\/th>/);
    assert.match(value, format === '2021' ? /<p>行政规范性文件<\/p>/ : /<p>政府集中采购<\/p>/);
  }
});

test('the charts are SVG pictures with a PNG fallback, captioned, their alt text stating every figure; none without charts', async () => {
  const doc = docOf(5);
  const bytes = await renderReportDocx(doc);
  const zip = await JSZip.loadAsync(bytes);
  const media = Object.keys(zip.files)
    .filter((f) => f.startsWith('word/media/'))
    .sort();
  assert.deepEqual(media.map((f) => f.replace(/\d+/, 'N')).sort(), [
    'word/media/imageN.png',
    'word/media/imageN.png',
    'word/media/imageN.svg',
    'word/media/imageN.svg',
  ]);
  const xml = await zip.file('word/document.xml')!.async('string');
  const jan = doc.charts!.monthlyPublications[0]!.count;
  assert.match(xml, new RegExp(`<wp:docPr id="\\d+" name="各月主动公开信息条数" descr="1月${jan}条，`));
  assert.match(xml, /<wp:docPr id="\d+" name="申请办理结果构成" descr="予以公开\d+件，部分公开\d+件，不予公开/);
  assert.match(xml, />图：各月主动公开信息条数<\/w:t>/);
  assert.ok(
    xml.indexOf('图：各月主动公开信息条数') > xml.indexOf('>二、主动公开政府信息情况<') &&
      xml.indexOf('图：各月主动公开信息条数') < xml.indexOf('>三、收到和处理政府信息公开申请情况<'),
  );
  const none = await JSZip.loadAsync(await renderReportDocx({ ...doc, charts: null }));
  assert.equal(Object.keys(none.files).filter((f) => f.startsWith('word/media/')).length, 0);
});

test('表三 and 表四 repeat their three header rows on each page they continue on (重复标题行); 表二 has none', async () => {
  const xml = await xmlOf(await renderReportDocx(docOf(3)), 'word/document.xml');
  const tables = xml.split('<w:tbl>').slice(1);
  assert.equal(tables.length, 3);
  const headerRows = tables.map(
    (t) =>
      t
        .split('<w:tr>')
        .slice(1)
        .filter((row) => row.includes('<w:tblHeader/>')).length,
  );
  assert.deepEqual(headerRows, [0, 3, 3]);
});
