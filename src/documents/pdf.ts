// PDF output with pdfkit in a CJK font chosen by documents/fonts.ts (system Noto CJK when present, else the font of
// the @embedpdf/fonts-sc package), checked to have a glyph for every character.
import PDFDocument from 'pdfkit';
import { resolveCjkFont, type CjkFont } from './fonts.ts';

export type PdfBlock = { text: string; size?: number; align?: 'left' | 'center' | 'right'; gapAfter?: number };

/** Register a resolved CJK font's faces on a document as 'cjk', 'cjk-bold' and 'cjk-heading' (sans, else bold). */
export function registerCjkFont(doc: PDFKit.PDFDocument, font: CjkFont): void {
  doc.registerFont('cjk', font.regular.file, font.regular.face);
  doc.registerFont('cjk-bold', font.bold.file, font.bold.face);
  const heading = font.heading ?? font.bold;
  doc.registerFont('cjk-heading', heading.file, heading.face);
}

/** An A4 document of text blocks. */
export async function renderPdf(blocks: readonly PdfBlock[], meta: { title: string }): Promise<Buffer> {
  const font = resolveCjkFont(meta.title + blocks.map((b) => b.text).join(''));
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 72, bottom: 72, left: 72, right: 72 },
      info: { Title: meta.title },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    registerCjkFont(doc, font);
    doc.font('cjk');
    for (const b of blocks) {
      doc.fontSize(b.size ?? 12).text(b.text, { align: b.align ?? 'left', lineGap: 4 });
      doc.moveDown(b.gapAfter ?? 0.5);
    }
    doc.end();
  });
}
