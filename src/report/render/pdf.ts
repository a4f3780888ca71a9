// The annual report as PDF, in the same layout as the Word file: A4 with the 公文 margins, the title in bold 22pt,
// section headings 16pt in a sans face (黑体-like; bold when the font has none), body 16pt on a 28-pt line with a two-character indent, the tables ruled with their
// merged header cells (pdf-table.ts) in 10.5pt, optional charts drawn as vector bars, page numbers "— n —". The CJK
// font is resolved by documents/fonts.ts and checked to have every character, so nothing prints as an empty box.
import PDFDocument from 'pdfkit';
import { registerCjkFont } from '../../documents/pdf.ts';
import { type CjkFont, defaultCjkFonts, resolveCjkFont } from '../../documents/fonts.ts';
import type { Charts, ReportDocument } from '../document.ts';
import { drawGrid } from './pdf-table.ts';
import { type Grid, reportGrids } from './table-grid.ts';

const MM = 72 / 25.4;
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM };
const WIDTH = A4.width - MARGIN.left - MARGIN.right;
const BOTTOM = A4.height - MARGIN.bottom;
const SIZE = { title: 22, body: 16, table: 10.5, pageNumber: 14 };
const LINE = 28;

/** Every character the PDF will draw, for the glyph check. */
function allText(doc: ReportDocument, grids: readonly Grid[]): string {
  return [doc.title, ...doc.preface, ...doc.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)]),
    ...grids.flatMap((g) => g.rows.flatMap((r) => r.map((c) => c.text))), doc.report.agency.name ?? '', doc.dateLine ?? '（草稿）',
    ...(doc.charts ? [...doc.charts.outcomeMix.map((d) => d.label), '图：各月主动公开信息条数申请办理结果构成月'] : []), '— 0123456789'].join('');
}

export async function renderReportPdf(doc: ReportDocument, fonts: readonly CjkFont[] = defaultCjkFonts()): Promise<Buffer> {
  const grids = reportGrids(doc.report);
  const font = resolveCjkFont(allText(doc, Object.values(grids)), fonts);
  const pdf = new PDFDocument({ size: 'A4', margins: MARGIN, bufferPages: true, lang: 'zh-CN', info: { Title: doc.title, Author: doc.report.agency.name ?? '', Creator: 'gongkai' } });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => { pdf.on('end', () => resolve(Buffer.concat(chunks))); pdf.on('error', reject); });
  registerCjkFont(pdf, font);
  const newPage = () => { pdf.addPage(); return MARGIN.top; };
  const room = (h: number) => { if (pdf.y + h > BOTTOM) newPage(); };
  const text = (t: string, face: 'cjk' | 'cjk-heading', size: number, opts: PDFKit.Mixins.TextOptions = {}) => {
    pdf.font(face).fontSize(size);
    const lineGap = Math.max(0, LINE - pdf.currentLineHeight());
    room(LINE);
    pdf.text(t, MARGIN.left, pdf.y, { width: WIDTH, lineGap, indent: 2 * size, ...opts });
  };

  pdf.font('cjk-bold').fontSize(SIZE.title);
  pdf.text(doc.title, MARGIN.left, MARGIN.top, { width: WIDTH, align: 'center', lineGap: 35 - pdf.currentLineHeight() });
  pdf.moveDown(0.6);
  for (const p of doc.preface) text(p, 'cjk', SIZE.body);
  for (const s of doc.sections) {
    room(LINE * 2);
    text(s.heading, 'cjk-heading', SIZE.body);
    for (const b of s.blocks) text(b.text, 'cjk', SIZE.body);
    const grid = (grids as Partial<Record<string, Grid>>)[s.key];
    if (!grid) continue;
    pdf.y += 6;
    pdf.y = drawGrid(pdf, grid, { left: MARGIN.left, width: WIDTH, top: MARGIN.top, bottom: BOTTOM, fontSize: SIZE.table }, newPage).bottom + 10;
    if (doc.charts && s.key === 'proactive') columnsChart(pdf, doc.charts.monthlyPublications, newPage);
    if (doc.charts && s.key === 'applications') barsChart(pdf, doc.charts.outcomeMix, newPage);
  }
  pdf.y += LINE;
  for (const line of doc.dateLine ? [doc.report.agency.name ?? '', doc.dateLine] : ['（草稿，未发布）']) {
    text(line, 'cjk', SIZE.body, { align: 'right', indent: 0, width: WIDTH - 4 * SIZE.body });
  }
  pageNumbers(pdf);
  pdf.end();
  return done;
}

/** "— n —" centred 7 mm under the text area of every page (written in the margin, so the margin is lifted meanwhile). */
function pageNumbers(pdf: PDFKit.PDFDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('cjk').fontSize(SIZE.pageNumber).text(`— ${i - start + 1} —`, 0, BOTTOM + 7 * MM, { width: A4.width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}

const BAR = '#2f5d8a';

function chartFrame(pdf: PDFKit.PDFDocument, height: number, caption: string, newPage: () => number): number {
  if (pdf.y + height + 24 > BOTTOM) newPage();
  const top = pdf.y;
  pdf.font('cjk').fontSize(SIZE.table).fillColor('black').text(caption, MARGIN.left, top + height + 4, { width: WIDTH, align: 'center' });
  pdf.y = top + height + 24;
  return top;
}

function barsChart(pdf: PDFKit.PDFDocument, data: Charts['outcomeMix'], newPage: () => number): void {
  const rowH = 18;
  const top = chartFrame(pdf, data.length * rowH + 6, '图：申请办理结果构成', newPage);
  const max = Math.max(1, ...data.map((d) => d.value));
  const labelW = 70;
  data.forEach((d, i) => {
    const y = top + 3 + i * rowH;
    const w = (d.value / max) * (WIDTH - labelW - 50);
    pdf.fillColor('black').text(d.label, MARGIN.left, y + 3, { width: labelW - 6, align: 'right', lineBreak: false });
    pdf.rect(MARGIN.left + labelW, y + 2, Math.max(w, 0.5), rowH - 6).fill(BAR);
    pdf.fillColor('black').text(String(d.value), MARGIN.left + labelW + w + 4, y + 3, { lineBreak: false });
  });
  pdf.y = top + data.length * rowH + 6 + 24; // the labels moved the cursor; the caption sits under the bars
}

function columnsChart(pdf: PDFKit.PDFDocument, data: Charts['monthlyPublications'], newPage: () => number): void {
  const height = 150;
  const top = chartFrame(pdf, height, '图：各月主动公开信息条数', newPage);
  const max = Math.max(1, ...data.map((d) => d.count));
  const base = top + height - 16;
  const colW = WIDTH / Math.max(1, data.length);
  pdf.lineWidth(0.5).moveTo(MARGIN.left, base).lineTo(MARGIN.left + WIDTH, base).stroke();
  data.forEach((d, i) => {
    const h = (d.count / max) * (height - 40);
    const x = MARGIN.left + i * colW;
    pdf.rect(x + colW * 0.2, base - h, colW * 0.6, h).fill(BAR);
    pdf.fillColor('black').text(String(d.count), x, base - h - 13, { width: colW, align: 'center', lineBreak: false });
    pdf.text(`${d.month}月`, x, base + 3, { width: colW, align: 'center', lineBreak: false });
  });
  pdf.y = top + height + 24;
}
