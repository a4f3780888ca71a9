// A stored letter's content drawn as DOCX or PDF through the thin wrappers in src/documents/.
import { existsSync } from 'node:fs';
import { type DocBlock, renderDocx } from '../documents/docx.ts';
import { CJK_FONT_FILE, renderPdf } from '../documents/pdf.ts';
import { DomainError } from '../errors.ts';
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

export function letterPdf(l: LetterContent): Promise<Buffer> {
  if (!existsSync(CJK_FONT_FILE)) {
    throw new DomainError('conflict', `生成 PDF 需要中文字体 ${CJK_FONT_FILE}，本机未安装。请由管理员安装 fonts-noto-cjk（Debian: apt-get install fonts-noto-cjk）后重试；也可先下载 DOCX 版本。`);
  }
  return renderPdf(blocks(l).map((b) => ({ text: b.text, size: b.size, align: b.align })), { title: l.title });
}
