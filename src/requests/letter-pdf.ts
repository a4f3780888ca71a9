// A letter as PDF in the 信函格式 of GB/T 9704-2012 (letter-layout.ts holds the measures), drawn with pdfkit in the CJK
// font documents/fonts.ts resolves: a serif face for the body (no 仿宋 ships with the system fonts, the closest face
// is used) and its bold for the 发文机关标志 and the title (a 小标宋-style heavy serif).
import PDFDocument from 'pdfkit';
import { breakLines } from '../documents/line-break.ts';
import { registerCjkFont } from '../documents/pdf.ts';
import { resolveCjkFont } from '../documents/fonts.ts';
import type { LetterContent } from './letter.ts';
import {
  BLOCK,
  CHAR_PITCH,
  LETTER,
  LINE_PITCH,
  MARGIN,
  MM,
  PAGE,
  RED,
  SIZE,
  type LetterLayout,
  letterLayout,
} from './letter-layout.ts';

const LEFT = MARGIN.left;
const RIGHT = MARGIN.left + BLOCK.width;
const BOTTOM = MARGIN.top + BLOCK.height;

export async function letterPdf(l: LetterContent): Promise<Buffer> {
  const x = letterLayout(l);
  const font = resolveCjkFont(
    [x.mark, x.docNumber ?? '', x.title, x.addressee ?? '', ...x.paragraphs, x.signature, x.date, '— 0123456789'].join(
      '',
    ),
  );
  const pdf = new PDFDocument({
    size: [PAGE.width, PAGE.height],
    margins: MARGIN,
    bufferPages: true,
    lang: 'zh-CN',
    info: { Title: l.title, Author: l.agencyName, Creator: 'gongkai' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  registerCjkFont(pdf, font);
  draw(pdf, x);
  pageNumbers(pdf);
  pdf.end();
  return done;
}

/** A red double line 170 mm long, centred: thick over thin under the mark, thin over thick at the foot (信函格式). */
function redRule(pdf: PDFKit.PDFDocument, y: number, thickFirst: boolean): void {
  const x0 = (PAGE.width - LETTER.ruleLength) / 2;
  const [a, b] = thickFirst ? [2, 0.75] : [0.75, 2];
  pdf.save().strokeColor(RED);
  pdf
    .lineWidth(a)
    .moveTo(x0, y)
    .lineTo(x0 + LETTER.ruleLength, y)
    .stroke();
  pdf
    .lineWidth(b)
    .moveTo(x0, y + 2.5)
    .lineTo(x0 + LETTER.ruleLength, y + 2.5)
    .stroke();
  pdf.restore();
}

function draw(pdf: PDFKit.PDFDocument, x: LetterLayout): void {
  const body = { characterSpacing: CHAR_PITCH - SIZE.body };
  const pitch = () => LINE_PITCH - pdf.currentLineHeight();
  // 发文机关标志: red, centred, its top edge 30 mm from the page's.
  pdf.font('cjk-bold').fontSize(SIZE.mark).fillColor(RED);
  pdf.text(x.mark, 0, LETTER.markTop, { width: PAGE.width, align: 'center', lineBreak: false });
  const rule = LETTER.markTop + pdf.currentLineHeight() + LETTER.ruleGap;
  redRule(pdf, rule, true);
  redRule(pdf, PAGE.height - LETTER.bottomRule, false);
  pdf.fillColor('black').font('cjk').fontSize(SIZE.body);
  // 发文字号 at the right edge of the 版心, 7/8 of a 3号 character under the line.
  let y = rule + 2.5 + (SIZE.body * 7) / 8;
  if (x.docNumber) pdf.text(x.docNumber, LEFT, y, { width: BLOCK.width, align: 'right', lineBreak: false });
  y += LINE_PITCH * 3; // the title two lines under the last element above it
  pdf.font('cjk-bold').fontSize(SIZE.title);
  for (const line of breakLines(x.title, BLOCK.width, (s) => pdf.widthOfString(s))) {
    pdf.text(line, LEFT, y, { width: BLOCK.width, align: 'center', lineBreak: false });
    y += LINE_PITCH * 1.25;
  }
  y += LINE_PITCH * 0.75; // one line under the title: the 主送, flush left
  pdf.font('cjk').fontSize(SIZE.body);
  if (x.addressee) {
    pdf.text(x.addressee, LEFT, y, { width: BLOCK.width, lineGap: pitch(), ...body });
    y = pdf.y;
  }
  for (const p of x.paragraphs) {
    if (y + LINE_PITCH > BOTTOM) {
      pdf.addPage();
      y = MARGIN.top;
    }
    pdf.text(p, LEFT, y, { width: BLOCK.width, indent: 2 * CHAR_PITCH, lineGap: pitch(), align: 'justify', ...body });
    y = pdf.y;
  }
  // 署名 centred over the 成文日期, the date 右空四字; a line left above them for the seal, which presses on both.
  if (y + LINE_PITCH * 3 > BOTTOM) {
    pdf.addPage();
    y = MARGIN.top;
  }
  y += LINE_PITCH;
  const dateWidth = pdf.widthOfString(x.date, body);
  const dateLeft = RIGHT - 4 * CHAR_PITCH - dateWidth;
  const signatureWidth = pdf.widthOfString(x.signature, body);
  pdf.text(x.signature, Math.max(LEFT, dateLeft + (dateWidth - signatureWidth) / 2), y, { lineBreak: false, ...body });
  pdf.text(x.date, dateLeft, y + LINE_PITCH, { lineBreak: false, ...body });
}

/** "— n —" in 4号 type 7 mm under the 版心: odd pages 右空一字, even pages 左空一字; none on the first page (信函格式). */
function pageNumbers(pdf: PDFKit.PDFDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start + 1; i < start + count; i++) {
    pdf.switchToPage(i);
    const n = i - start + 1;
    const text = `— ${n} —`;
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('cjk').fontSize(SIZE.pageNumber);
    const w = pdf.widthOfString(text);
    const left = n % 2 === 1 ? RIGHT - SIZE.pageNumber - w : LEFT + SIZE.pageNumber;
    pdf.text(text, left, BOTTOM + 7 * MM, { lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}
