// PDF output with pdfkit and Debian's Noto Serif CJK (a .ttc: the face is chosen by its PostScript name).
import PDFDocument from 'pdfkit';

export const CJK_FONT_FILE = '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc';
export const CJK_FONT_NAME = 'NotoSerifCJKsc-Regular';

export type PdfBlock = { text: string; size?: number; align?: 'left' | 'center' | 'right'; gapAfter?: number };

/** An A4 document of text blocks. */
export function renderPdf(blocks: readonly PdfBlock[], meta: { title: string }): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margins: { top: 72, bottom: 72, left: 72, right: 72 }, info: { Title: meta.title } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.registerFont('cjk', CJK_FONT_FILE, CJK_FONT_NAME);
    doc.font('cjk');
    for (const b of blocks) {
      doc.fontSize(b.size ?? 12).text(b.text, { align: b.align ?? 'left', lineGap: 4 });
      doc.moveDown(b.gapAfter ?? 0.5);
    }
    doc.end();
  });
}
