// A letter as a Word file in the 信函格式 of GB/T 9704-2012 (letter-layout.ts): the section's document grid gives 22
// lines of 28 characters in the 156 × 225 mm 版心, fonts are named for East Asian text (方正小标宋简体 for the mark and
// the title, 仿宋_GB2312 for the body; Word substitutes its own 宋体/仿宋 where they are missing), the red double line
// is a paragraph border, and the footer numbers pages "— n —" right on odd pages, left on even ones, none on the first.
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TabStopType,
  TextRun,
} from 'docx';
import type { LetterContent } from './letter.ts';
import { BLOCK, CHAR_PITCH, LINE_PITCH, MARGIN, MM, PAGE, SIZE, letterLayout } from './letter-layout.ts';

const font = (eastAsia: string) => ({
  ascii: 'Times New Roman',
  hAnsi: 'Times New Roman',
  eastAsia,
  cs: 'Times New Roman',
});
const FONTS = {
  mark: font('方正小标宋简体'),
  title: font('方正小标宋简体'),
  body: font('仿宋_GB2312'),
  number: font('宋体'),
};
const twips = (pt: number) => Math.round(pt * 20);
const half = (pt: number) => pt * 2;
const RED = 'E60012';
const EXACT = { line: twips(LINE_PITCH), lineRule: LineRuleType.EXACT };

const run = (text: string, f: keyof typeof FONTS, size: number, extra: { color?: string } = {}) =>
  new TextRun({ text, font: FONTS[f], size: half(size), ...extra });

function footer(align: 'left' | 'right'): Footer {
  const number = new TextRun({
    children: ['— ', PageNumber.CURRENT, ' —'],
    font: FONTS.number,
    size: half(SIZE.pageNumber),
  });
  return new Footer({
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: align === 'right' ? { right: twips(SIZE.pageNumber) } : { left: twips(SIZE.pageNumber) },
        children: [number],
      }),
    ],
  });
}

export async function letterDocx(l: LetterContent): Promise<Buffer> {
  const x = letterLayout(l);
  const body = (text: string, indent = true) =>
    new Paragraph({
      spacing: EXACT,
      alignment: AlignmentType.JUSTIFIED,
      ...(indent ? { indent: { firstLineChars: 200, firstLine: twips(2 * CHAR_PITCH) } } : {}),
      children: [run(text, 'body', SIZE.body)],
    });
  // 发文机关标志 in the first page's header, 30 mm from the top edge: red, centred, over the red double line (thick over
  // thin) 4 mm under it, 170 mm long (the paragraph reaches 7 mm past the 版心 on each side).
  const wide = { left: -twips(7 * MM), right: -twips(7 * MM) };
  const mark = new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: wide,
    spacing: { before: 0, after: 0, line: twips(SIZE.mark * 1.3), lineRule: LineRuleType.EXACT },
    border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 24, color: RED, space: Math.round(4 * MM) } },
    children: [run(x.mark, 'mark', SIZE.mark, { color: RED })],
  });
  // The first page's foot: the red double line (thin over thick) about 20 mm from the bottom edge, no page number.
  const foot = new Paragraph({
    indent: wide,
    border: { top: { style: BorderStyle.THIN_THICK_SMALL_GAP, size: 24, color: RED, space: 1 } },
    children: [],
  });
  const children = [
    // 发文字号 flush right under the line, then two empty lines before the title.
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: EXACT,
      children: [run(x.docNumber ?? '', 'body', SIZE.body)],
    }),
    new Paragraph({ spacing: EXACT, children: [] }),
    new Paragraph({ spacing: EXACT, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { line: twips(LINE_PITCH * 1.25), lineRule: LineRuleType.EXACT },
      children: [run(x.title, 'title', SIZE.title)],
    }),
    new Paragraph({ spacing: EXACT, children: [] }),
    ...(x.addressee ? [body(x.addressee, false)] : []),
    ...x.paragraphs.map((p) => body(p)),
    new Paragraph({ spacing: EXACT, children: [] }),
    // 署名 centred over the 成文日期, which stands 右空四字 (a centre tab over the date's middle).
    new Paragraph({
      spacing: EXACT,
      tabStops: [
        { type: TabStopType.CENTER, position: twips(BLOCK.width - 4 * CHAR_PITCH - (x.date.length * CHAR_PITCH) / 2) },
      ],
      children: [run(`\t${x.signature}`, 'body', SIZE.body)],
    }),
    new Paragraph({
      spacing: EXACT,
      alignment: AlignmentType.RIGHT,
      indent: { right: twips(4 * CHAR_PITCH) },
      children: [run(x.date, 'body', SIZE.body)],
    }),
  ];
  const doc = new Document({
    title: l.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONTS.body, size: half(SIZE.body) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: twips(PAGE.width), height: twips(PAGE.height) },
            // The 版心 37 mm from the top; the first page's header (the mark) 30 mm from it; page numbers 7 mm under the 版心.
            margin: {
              top: twips(MARGIN.top),
              bottom: twips(MARGIN.bottom),
              left: twips(MARGIN.left),
              right: twips(MARGIN.right),
              footer: twips(MARGIN.bottom - 7 * MM - SIZE.pageNumber),
              header: twips(30 * MM),
            },
          },
          grid: {
            type: DocumentGridType.LINES_AND_CHARS,
            linePitch: twips(LINE_PITCH),
            charSpace: Math.round((CHAR_PITCH - SIZE.body) * 4096),
          },
        },
        headers: { first: new Header({ children: [mark] }) },
        footers: { first: new Footer({ children: [foot] }), default: footer('right'), even: footer('left') },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
