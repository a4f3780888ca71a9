// The report checker's multipart upload, shared by its back-office form and its API route: the route's limits (a file
// is read one byte past the limit, so an oversized one is reported by name rather than refused whole), the files and
// the parent's name from the body, and too many files said in the checker's words (the shared message speaks of an
// application's ID copies).
import { DomainError } from '../errors.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, type UploadInput } from '../report/upload-reports.ts';

export const CHECKER_UPLOAD_CONFIG = {
  multipartOptions: {
    limits: { files: MAX_UPLOAD_FILES + 10, fileSize: MAX_UPLOAD_BYTES + 1 },
    throwFileSizeLimit: false,
  } as object,
};

export function checkerUploadOf(body: unknown): UploadInput & { parent: string } {
  const b = (body ?? {}) as Record<string, unknown>;
  const list = Array.isArray(b.files) ? b.files : b.files ? [b.files] : [];
  const files = list
    .filter(
      (f): f is { filename: string; data: Buffer } => Boolean(f) && Buffer.isBuffer((f as { data?: unknown }).data),
    )
    .map((f) => ({ filename: String(f.filename ?? ''), bytes: f.data }));
  return { files, parent: typeof b.parent === 'string' ? b.parent : '' };
}

const TOO_MANY = new Set(['FST_FILES_LIMIT', 'FST_PARTS_LIMIT']);

export function checkerUploadError(err: unknown): unknown {
  return TOO_MANY.has((err as { code?: string }).code ?? '')
    ? new DomainError('invalid_input', `一次最多上传 ${MAX_UPLOAD_FILES} 个文件；更多的报告请打成 ZIP 压缩包上传。`, {
        files: `一次最多上传 ${MAX_UPLOAD_FILES} 个文件；更多的报告请打成 ZIP 压缩包上传`,
      })
    : err;
}
