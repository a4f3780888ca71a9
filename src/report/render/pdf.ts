// The annual report as PDF, in the same layout as the Word file: A4 with the 公文 margins, the title in bold 22pt,
// section headings 16pt in a sans face (黑体-like; bold when the font has none), body 16pt on a 28-pt line with a two-character indent, the tables ruled with their
// merged header cells (pdf-table.ts) in 10.5pt, optional charts drawn as vector bars, page numbers "— n —". The CJK
// font is resolved by documents/fonts.ts and checked to have every character, so nothing prints as an empty box.
import PDFDocument from 'pdfkit';
import { breakLines } from '../../documents/line-break.ts';
import { registerCjkFont } from '../../documents/pdf.ts';
import { type CjkFont, defaultCjkFonts, resolveCjkFont } from '../../documents/fonts.ts';
import type { ReportDocument } from '../document.ts';
import { type ChartLayout, monthlyPublicationsLayout, outcomeMixLayout } from './charts-layout.ts';
import { BAR_COLOUR } from './charts-svg.ts';
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
  return [
    doc.title,
    ...doc.preface,
    ...doc.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.text)]),
    ...grids.flatMap((g) => g.rows.flatMap((r) => r.map((c) => c.text))),
    doc.report.agency.name ?? '',
    doc.dateLine ?? '（草稿）',
    ...(doc.charts
      ? [monthlyPublicationsLayout(doc.charts.monthlyPublications), outcomeMixLayout(doc.charts.outcomeMix)].flatMap(
          (c) => [`图：${c.title}`, c.allZero ?? '', ...c.texts.map((t) => t.text)],
        )
      : []),
    '— 0123456789',
  ].join('');
}

export async function renderReportPdf(
  doc: ReportDocument,
  fonts: readonly CjkFont[] = defaultCjkFonts(),
): Promise<Buffer> {
  const grids = reportGrids(doc.report);
  const font = resolveCjkFont(allText(doc, Object.values(grids)), fonts);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    lang: 'zh-CN',
    info: { Title: doc.title, Author: doc.report.agency.name ?? '', Creator: 'gongkai' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  registerCjkFont(pdf, font);
  const newPage = () => {
    pdf.addPage();
    return MARGIN.top;
  };
  const room = (h: number) => {
    if (pdf.y + h > BOTTOM) newPage();
  };
  const text = (t: string, face: 'cjk' | 'cjk-heading', size: number, opts: PDFKit.Mixins.TextOptions = {}) => {
    pdf.font(face).fontSize(size);
    const lineGap = Math.max(0, LINE - pdf.currentLineHeight());
    room(LINE);
    pdf.text(t, MARGIN.left, pdf.y, { width: WIDTH, lineGap, indent: 2 * size, ...opts });
  };

  pdf.font('cjk-bold').fontSize(SIZE.title);
  const titleLines = titleBreak(doc.title, doc.report.agency.name ?? '', (s) => pdf.widthOfString(s));
  pdf.text(titleLines.join('\n'), MARGIN.left, MARGIN.top, {
    width: WIDTH,
    align: 'center',
    lineGap: 35 - pdf.currentLineHeight(),
  });
  pdf.moveDown(0.6);
  for (const p of doc.preface) text(p, 'cjk', SIZE.body);
  for (const s of doc.sections) {
    room(LINE * 2);
    text(s.heading, 'cjk-heading', SIZE.body);
    for (const b of s.blocks) text(b.text, 'cjk', SIZE.body);
    const grid = (grids as Partial<Record<string, Grid>>)[s.key];
    if (!grid) continue;
    pdf.y += 6;
    pdf.y =
      drawGrid(
        pdf,
        grid,
        { left: MARGIN.left, width: WIDTH, top: MARGIN.top, bottom: BOTTOM, fontSize: SIZE.table },
        newPage,
      ).bottom + 10;
    if (doc.charts && s.key === 'proactive')
      drawChart(pdf, monthlyPublicationsLayout(doc.charts.monthlyPublications), newPage);
    if (doc.charts && s.key === 'applications') drawChart(pdf, outcomeMixLayout(doc.charts.outcomeMix), newPage);
  }
  pdf.y += LINE;
  for (const line of doc.dateLine ? [doc.report.agency.name ?? '', doc.dateLine] : ['（草稿，未发布）']) {
    text(line, 'cjk', SIZE.body, { align: 'right', indent: 0, width: WIDTH - 4 * SIZE.body });
  }
  pageNumbers(pdf);
  pdf.end();
  return done;
}

/**
 * The title's lines: one when it fits, else broken after the agency's name (GB/T 9704-2012 7.3.3: 回行时词意完整，
 * 排列对称), else between words — never inside one ("…工作年/度报告").
 */
export function titleBreak(title: string, agency: string, measure: (s: string) => number): string[] {
  if (measure(title) <= WIDTH) return [title];
  if (agency && title.startsWith(agency) && measure(agency) <= WIDTH && measure(title.slice(agency.length)) <= WIDTH)
    return [agency, title.slice(agency.length)];
  return breakLines(title, WIDTH, measure);
}

/** "— n —" centred 7 mm under the text area of every page (written in the margin, so the margin is lifted meanwhile). */
function pageNumbers(pdf: PDFKit.PDFDocument): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .font('cjk')
      .fontSize(SIZE.pageNumber)
      .text(`— ${i - start + 1} —`, 0, BOTTOM + 7 * MM, { width: A4.width, align: 'center', lineBreak: false });
    pdf.page.margins.bottom = bottom;
  }
}

/** A chart's geometry (charts-layout.ts, the same as the SVG) scaled to the text width, captioned under it. */
function drawChart(pdf: PDFKit.PDFDocument, c: ChartLayout, newPage: () => number): void {
  if (c.allZero) {
    pdf.font('cjk').fontSize(SIZE.body);
    if (pdf.y + LINE > BOTTOM) newPage();
    pdf.text(c.allZero, MARGIN.left, pdf.y, {
      width: WIDTH,
      indent: 2 * SIZE.body,
      lineGap: Math.max(0, LINE - pdf.currentLineHeight()),
    });
    return;
  }
  const scale = Math.min(1, (WIDTH * 0.9) / c.width);
  const height = c.height * scale;
  if (pdf.y + height + 24 > BOTTOM) newPage();
  const [x0, y0] = [MARGIN.left + (WIDTH - c.width * scale) / 2, pdf.y];
  for (const r of c.rects)
    pdf.rect(x0 + r.x * scale, y0 + r.y * scale, Math.max(r.w * scale, 0.5), r.h * scale).fill(BAR_COLOUR);
  for (const l of c.lines)
    pdf
      .lineWidth(0.5)
      .moveTo(x0 + l.x1 * scale, y0 + l.y1 * scale)
      .lineTo(x0 + l.x2 * scale, y0 + l.y2 * scale)
      .stroke('black');
  pdf.fillColor('black').font('cjk');
  for (const t of c.texts) {
    const size = Math.max(9, t.size * scale);
    pdf.fontSize(size);
    const w = pdf.widthOfString(t.text);
    const x = t.anchor === 'end' ? t.x * scale - w : t.anchor === 'middle' ? t.x * scale - w / 2 : t.x * scale;
    pdf.text(t.text, x0 + x, y0 + t.y * scale - size * 0.88, { lineBreak: false }); // SVG y is the baseline
  }
  pdf.fontSize(SIZE.table).text(`图：${c.title}`, MARGIN.left, y0 + height + 4, { width: WIDTH, align: 'center' });
  pdf.y = y0 + height + 24;
}
