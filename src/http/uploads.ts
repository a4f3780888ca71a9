// A multipart body as the server's multipart hook leaves it (src/http/server.ts: text fields as strings, files as
// { filename, data }, empty file inputs dropped), split into the text fields and the application's attachments.
// Files under any other field name are ignored. Used by the portal form, the back-office registration and the API.
import { ATTACHMENT_KINDS, type AttachmentKind, type Upload } from '../requests/attachments.ts';

export function splitUploads(body: unknown): { fields: Record<string, unknown>; uploads: Upload[] } {
  const fields: Record<string, unknown> = {};
  const uploads: Upload[] = [];
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    const file = v as { filename?: unknown; data?: unknown };
    if (v && typeof v === 'object' && Buffer.isBuffer(file.data)) {
      if (k in ATTACHMENT_KINDS)
        uploads.push({ kind: k as AttachmentKind, filename: String(file.filename ?? ''), data: file.data });
    } else fields[k] = v;
  }
  return { fields, uploads };
}
