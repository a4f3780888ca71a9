// The name an attachment is stored and offered for download under (pure): the uploader's base name without any path,
// control or markup characters, and the extension of what the content really is (sniffed), so a PDF named
// "x.html" is never served or saved as a web page.
import type { AttachmentType } from './sniff.ts';

const EXTENSION = { pdf: 'pdf', docx: 'docx', xlsx: 'xlsx', png: 'png', jpeg: 'jpg' } as const satisfies Record<
  AttachmentType,
  string
>;
const TYPE_OF_MIME: Record<string, AttachmentType> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
};

export function safeFileName(original: string, type: AttachmentType): string {
  const last = original.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[\u0000-\u001f\u007f<>:"|?*`$&;{}[\]]/g, '').trim();
  const dot = cleaned.lastIndexOf('.');
  const base = [...(dot > 0 ? cleaned.slice(0, dot) : dot === 0 ? '' : cleaned)]
    .slice(0, 110)
    .join('')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  return `${base || '附件'}.${EXTENSION[type]}`;
}

/** For a name stored before names were made safe: the same rule, by the stored media type. */
export function downloadName(stored: string, mediaType: string): string {
  const type = TYPE_OF_MIME[mediaType];
  return type ? safeFileName(stored, type) : '附件';
}
