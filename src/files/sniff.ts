// What a file really is, from its first bytes (the name and the browser's claim are not trusted). Pure.

export const ATTACHMENT_TYPES = ['pdf', 'docx', 'xlsx', 'png', 'jpeg'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];
export const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
} as const satisfies Record<AttachmentType, string>;

export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** The type of `bytes`, or undefined when it is none we accept. DOCX and XLSX are both ZIP: told apart by their parts. */
export function sniffType(bytes: Buffer): AttachmentType | undefined {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes[0] === 0x89 && bytes.subarray(1, 4).toString('latin1') === 'PNG') return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\x03\x04') {
    // ZIP local file headers carry the part names uncompressed.
    const names = bytes.toString('latin1');
    if (names.includes('word/')) return 'docx';
    if (names.includes('xl/')) return 'xlsx';
  }
  return undefined;
}
