// 保密审查 / personal-data findings for an entry: the scanner over the body and the text of every attachment. Pure.
// Fails closed: an attachment whose text could not be read is itself a finding.
import { createHash } from 'node:crypto';
import { detect, FINDING_LABELS, type FindingKind, maskFinding } from '../privacy/detect.ts';
import { maskText } from '../privacy/mask.ts';
import type { Attachment } from './entry.ts';

export type NewFinding = { attachmentId: number | null; kind: FindingKind; excerpt: string; fingerprint: string };

export const fingerprintOf = (source: string, kind: string, text: string): string =>
  createHash('sha256').update(`${source}\u0000${kind}\u0000${text}`).digest('hex');

function scanText(text: string, attachmentId: number | null, where: string): NewFinding[] {
  return detect(text).map((f) => {
    const before = maskText(text.slice(Math.max(0, f.start - 10), f.start));
    const after = maskText(text.slice(f.end, f.end + 10));
    const shown = f.kind === 'secret_mark' ? f.text : maskFinding(f);
    return {
      attachmentId,
      kind: f.kind,
      excerpt: `${where}：…${before}【${shown}】${after}…`,
      fingerprint: fingerprintOf(attachmentId === null ? 'body' : String(attachmentId), f.kind, f.text),
    };
  });
}

export function screenEntry(
  e: { title: string; summary: string; body: string },
  attachments: readonly Attachment[],
): NewFinding[] {
  const out = [...scanText(`${e.title}\n${e.summary}\n${e.body}`, null, '正文')];
  for (const a of attachments) {
    if (a.text === null) {
      out.push({
        attachmentId: a.id,
        kind: 'unreadable',
        excerpt: `附件“${a.filename}”：${FINDING_LABELS.unreadable}（请上传带文字层的 PDF、DOCX 或 XLSX）`,
        fingerprint: fingerprintOf(String(a.id), 'unreadable', a.sha256),
      });
    } else {
      out.push(...scanText(a.text, a.id, `附件“${a.filename}”`));
    }
  }
  return out;
}
