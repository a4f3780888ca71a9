// DOCX output with docx@9: paragraphs of text in a CJK font (font.eastAsia set, so Word does not fall back to a
// Latin face for Chinese).
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

export type DocBlock = { text: string; size?: number; align?: 'left' | 'center' | 'right'; bold?: boolean };

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;
const FONT = { ascii: 'Times New Roman', eastAsia: '宋体', hAnsi: 'Times New Roman' };

export async function renderDocx(blocks: readonly DocBlock[], meta: { title: string }): Promise<Buffer> {
  const doc = new Document({
    title: meta.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [{
      children: blocks.map((b) => new Paragraph({
        alignment: ALIGN[b.align ?? 'left'],
        spacing: { after: 160, line: 360 },
        children: [new TextRun({ text: b.text, bold: b.bold, font: FONT, size: (b.size ?? 12) * 2 })],
      })),
    }],
  });
  return Packer.toBuffer(doc);
}
