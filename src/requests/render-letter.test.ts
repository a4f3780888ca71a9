// Letters drawn as 公文 in the 信函格式 of GB/T 9704-2012: what the PDF says in which order, and the Word file's page,
// grid, fonts, red mark and page numbers read from its XML.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import { decodeReport } from '../report/read-file.ts';
import type { LetterContent } from './letter.ts';
import { letterLayout } from './letter-layout.ts';
import { letterDocx, letterPdf } from './render-letter.ts';

const refusal: LetterContent = {
  kind: 'reply',
  title: '政府信息公开申请答复告知书',
  agencyName: '东和乡人民政府',
  number: 'YS202603020001',
  applicant: '张三',
  issuedOn: '2026-03-10',
  docNumber: '东和乡依申公开〔2026〕3号',
  addressee: '张三',
  body: [
    '本机关于2026年3月2日收到您（申请编号YS202603020001）申请公开“某信息”的政府信息公开申请。',
    '经审查，答复如下：不予公开：属于国家秘密。',
    '理由：该文件经定密为秘密级。',
    '特此告知。',
  ],
  basis: '条例第十四条',
  remedies: '如对本答复不服，应当先申请行政复议：请自收到本告知书之日起60日内向示范县人民政府申请行政复议。',
};

test('the layout: mark, 发文字号, title, 主送, body, 法律依据, 救济途径, 特此告知 last, 署名 and the date in Chinese', () => {
  const x = letterLayout(refusal);
  assert.deepEqual(
    [x.mark, x.docNumber, x.title, x.addressee, x.signature, x.date],
    [
      '东和乡人民政府',
      '东和乡依申公开〔2026〕3号',
      '政府信息公开申请答复告知书',
      '张三：',
      '东和乡人民政府',
      '2026年3月10日',
    ],
  );
  assert.deepEqual(
    x.paragraphs.slice(-3).map((p) => p.slice(0, 5)),
    ['法律依据：', '救济途径：', '特此告知。'],
  );
  // A letter stored before the 主送 was kept apart began its body with "张三：".
  assert.equal(
    letterLayout({ ...refusal, addressee: undefined, docNumber: undefined, body: ['张三：\n本机关于…'] }).addressee,
    '张三：',
  );
});

test('the PDF is A4 and reads in the order of a 公文, the 成文日期 last', async () => {
  const bytes = await letterPdf(refusal);
  assert.match(bytes.toString('latin1'), /\/MediaBox \[0 0 595\.27\d* 841\.88\d*\]/);
  const read = await decodeReport(bytes);
  assert.ok(read.ok, read.ok ? '' : read.error);
  const flat = read.text.replace(/\s+/g, '');
  const order = [
    '东和乡人民政府',
    '东和乡依申公开〔2026〕3号',
    '政府信息公开申请答复告知书',
    '张三：',
    '本机关于2026年3月2日',
    '理由：',
    '法律依据：条例第十四条。',
    '救济途径：',
    '特此告知。',
    '东和乡人民政府2026年3月10日',
  ];
  let at = -1;
  for (const part of order) {
    const next = flat.indexOf(part, at + 1);
    assert.ok(next > at, `${part} after the previous part:\n${flat}`);
    at = next;
  }
});

test('the Word file: A4, 版心 156 × 225 mm, a 22-line × 28-character grid, red mark in the first page header, numbered from page 2', async () => {
  const zip = await JSZip.loadAsync(await letterDocx(refusal));
  const part = (name: string) => zip.file(name)!.async('string');
  const doc = await part('word/document.xml');
  assert.match(doc, /<w:pgSz w:w="11906" w:h="16838"/);
  assert.match(doc, /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/); // 37, 26, 35, 28 mm
  assert.match(doc, /<w:docGrid w:type="linesAndChars" w:linePitch="580" w:charSpace="-848"\/>/); // 225 mm / 22, 156 mm / 28
  assert.match(doc, /<w:titlePg\/>/);
  assert.match(await part('word/settings.xml'), /evenAndOddHeaders/);
  const paragraph = (text: string) => doc.split('</w:p>').find((p) => p.includes(`>${text}</w:t>`)) ?? '';
  assert.match(paragraph('政府信息公开申请答复告知书'), /w:eastAsia="方正小标宋简体"[\s\S]*<w:sz w:val="44"\/>/);
  assert.match(paragraph('理由：该文件经定密为秘密级。'), /w:eastAsia="仿宋_GB2312"[\s\S]*<w:sz w:val="32"\/>/);
  assert.match(paragraph('理由：该文件经定密为秘密级。'), /w:firstLineChars="200"/);
  assert.match(paragraph('2026年3月10日'), /<w:ind w:right="1263"\/>/); // 右空四字
  const headers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /word\/header\d*\.xml/.test(f))
      .map(part),
  );
  assert.ok(
    headers.some((h) => /东和乡人民政府/.test(h) && /w:color w:val="E60012"/.test(h) && /thickThinSmallGap/.test(h)),
    'the red 发文机关标志 over its double line',
  );
  const footers = await Promise.all(
    Object.keys(zip.files)
      .filter((f) => /word\/footer\d*\.xml/.test(f))
      .map(part),
  );
  assert.equal(footers.filter((f) => /PAGE/.test(f)).length, 2, 'odd and even page numbers; none on the first page');
});
