// The annual report as a Word file in the official layout (党政机关公文格式 GB/T 9704 conventions as reports use them):
// A4, title in 宋体 bold 二号 (22pt), section headings in 黑体 三号 (16pt), subheadings in 楷体, body in 仿宋_GB2312 三号
// at a fixed 28-pt line and a two-character first-line indent, the tables with the format's merged header cells
// (table-grid.ts) in 10.5pt, the optional charts as SVG pictures, and the page number in the footer. Fonts are set as eastAsia names so Word uses them for
// Chinese; a machine without 仿宋_GB2312 substitutes its own 仿宋.
import {
  AlignmentType,
  Document,
  Footer,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Block, ReportDocument } from '../document.ts';
import { chartPng } from './chart-png.ts';
import { type ChartLayout, monthlyPublicationsLayout, outcomeMixLayout } from './charts-layout.ts';
import { chartSvg } from './charts-svg.ts';
import { type Grid, type GridCell, reportGrids } from './table-grid.ts';

const font = (eastAsia: string) => ({
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia,
  cs: 'Times New Roman',
});
const FONTS = {
  title: font('宋体'),
  heading: font('黑体'),
  subheading: font('楷体_GB2312'),
  body: font('仿宋_GB2312'),
  table: font('宋体'),
};
/** Sizes in half-points: 二号 22pt, 三号 16pt, 五号 10.5pt, 四号 14pt (page numbers). */
const SIZE = { title: 44, body: 32, table: 21, pageNumber: 28 };
/** Twips: A4 and the 公文 margins (top 37 mm, bottom 35 mm, left 28 mm, right 26 mm). */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const LINE = { line: 560, lineRule: LineRuleType.EXACT };
const INDENT = { firstLine: 640, firstLineChars: 200 };

const run = (text: string, f: keyof typeof FONTS, size: number, bold = false) =>
  new TextRun({ text, font: FONTS[f], size, bold });

function bodyParagraph(text: string, f: 'body' | 'heading' | 'subheading' = 'body'): Paragraph {
  return new Paragraph({
    spacing: LINE,
    indent: INDENT,
    alignment: AlignmentType.JUSTIFIED,
    children: [run(text, f, SIZE.body)],
  });
}

const block = (b: Block): Paragraph => bodyParagraph(b.text, b.kind === 'heading' ? 'subheading' : 'body');

function gridCell(cell: GridCell, grid: Grid, col: number): TableCell {
  const span = cell.colSpan ?? 1;
  const width = Math.round(grid.widths.slice(col, col + span).reduce((a, b) => a + b, 0) * TEXT_WIDTH);
  return new TableCell({
    columnSpan: span > 1 ? span : undefined,
    rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 30, bottom: 30, left: 60, right: 60 },
    children: [
      new Paragraph({
        alignment: cell.kind === 'label' ? AlignmentType.LEFT : AlignmentType.CENTER,
        spacing: { line: 260, lineRule: LineRuleType.AUTO },
        children: [run(cell.text, 'table', SIZE.table, cell.kind === 'header' && !cell.text.startsWith('（本列'))],
      }),
    ],
  });
}

/** A grid as a Word table: the columns the grid's rows start in are tracked so each cell gets its true width. */
export function gridTable(grid: Grid): Table {
  const taken: boolean[][] = grid.rows.map(() => Array(grid.columns).fill(false));
  const rows = grid.rows.map((cells, r) => {
    let c = 0;
    const children = cells.map((cell) => {
      while (taken[r]![c]) c++;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr++)
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc++) if (taken[r + dr]) taken[r + dr]![c + dc] = true;
      const out = gridCell(cell, grid, c);
      c += cell.colSpan ?? 1;
      return out;
    });
    // The header rows repeat at the top of each page the table continues on (重复标题行), as in the PDF.
    return new TableRow({ children, cantSplit: true, ...(r < grid.headerRows ? { tableHeader: true } : {}) });
  });
  return new Table({
    rows,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: grid.widths.map((w) => Math.round(w * TEXT_WIDTH)),
  });
}

/** A chart as an SVG picture (PNG fallback) scaled to the text width, with its caption; alt text states every figure. */
function chartParagraphs(c: ChartLayout): Paragraph[] {
  if (c.allZero) return [bodyParagraph(c.allZero)];
  const width = 560; // pixels at 96 dpi, inside the 15.6 cm text width
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'svg',
          data: Buffer.from(chartSvg(c, 'docx').value),
          fallback: { type: 'png', data: chartPng(c) },
          transformation: { width, height: Math.round((c.height / c.width) * width) },
          altText: { name: c.title, title: c.title, description: c.desc },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [run(`图：${c.title}`, 'body', SIZE.table)],
    }),
  ];
}

export async function renderReportDocx(doc: ReportDocument): Promise<Buffer> {
  const grids = reportGrids(doc.report);
  const tableOf: Partial<Record<string, Grid>> = {
    proactive: grids.proactive,
    applications: grids.applications,
    appeals: grids.appeals,
  };
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 320 },
      children: [run(doc.title, 'title', SIZE.title, true)],
    }),
    ...doc.preface.map((t) => bodyParagraph(t)),
  ];
  for (const s of doc.sections) {
    children.push(bodyParagraph(s.heading, 'heading'), ...s.blocks.map(block));
    const grid = tableOf[s.key];
    if (grid) children.push(gridTable(grid), new Paragraph({ spacing: { after: 120 }, children: [] }));
    if (doc.charts && s.key === 'proactive')
      children.push(...chartParagraphs(monthlyPublicationsLayout(doc.charts.monthlyPublications)));
    if (doc.charts && s.key === 'applications')
      children.push(...chartParagraphs(outcomeMixLayout(doc.charts.outcomeMix)));
  }
  const right = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: LINE,
      indent: { right: 1280 },
      children: [run(text, 'body', SIZE.body)],
    });
  // Like the HTML and PDF: an unpublished report says it is a draft where the date of publication will stand.
  children.push(
    new Paragraph({ spacing: LINE, children: [] }),
    ...(doc.dateLine ? [right(doc.report.agency.name ?? ''), right(doc.dateLine)] : [right('（草稿，未发布）')]),
  );
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.title, size: SIZE.pageNumber }),
        ],
      }),
    ],
  });
  const document = new Document({
    title: doc.title,
    creator: 'gongkai',
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.body } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right, footer: 992 },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
