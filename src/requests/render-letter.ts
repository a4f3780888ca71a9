// A stored letter's content drawn as DOCX or PDF through the thin wrappers in src/documents/.
import { type DocBlock, renderDocx } from '../documents/docx.ts';
import { renderPdf } from '../documents/pdf.ts';
import type { LetterContent } from './letter.ts';

function blocks(l: LetterContent): DocBlock[] {
  return [
    { text: l.agencyName, size: 16, align: 'center', bold: true },
    { text: l.title, size: 18, align: 'center', bold: true },
    { text: `申请编号：${l.number}`, align: 'right' },
    ...l.body.flatMap((p) => p.split('\n')).map((text) => ({ text })),
    { text: `法律依据：${l.basis}` },
    ...(l.remedies ? [{ text: `救济途径：${l.remedies}` }] : []),
    { text: l.agencyName, align: 'right' as const },
    { text: l.issuedOn, align: 'right' as const },
  ];
}

export function letterDocx(l: LetterContent): Promise<Buffer> {
  return renderDocx(blocks(l), { title: l.title });
}

/** A letter as PDF: the font is resolved by src/documents/fonts.ts (system Noto CJK, else the packaged one). */
export function letterPdf(l: LetterContent): Promise<Buffer> {
  return renderPdf(blocks(l).map((b) => ({ text: b.text, size: b.size, align: b.align })), { title: l.title });
}
