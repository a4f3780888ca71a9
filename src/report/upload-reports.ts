// A supervisor or clerk uploads published reports (files, or zips of them) to be checked: the files are kept and
// queued as a checker job (checker-jobs.ts), which reads and checks them as `report check` does, cross-year pairs and,
// when the uploader names the parent's report, the roll-up across the batch. A file that cannot be read gets its
// Chinese reason and the rest goes on.
import { authorize, can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput } from '../errors.ts';
import { type QueuedFile, queueCheck } from './checker-jobs.ts';
import { sha256Of } from './read-item.ts';
import { expandZip, isZipArchive } from './zip-batch.ts';
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 30;
export type UploadedFile = { filename: string; bytes: Buffer };
export type UploadInput = { files: readonly UploadedFile[]; parent?: string };

/** One uploaded file → the report files it holds (a zip: each entry, named "包.zip/条目"), to be read by the job. */
async function filesOf(f: UploadedFile): Promise<QueuedFile[]> {
  const name = f.filename.slice(0, 200) || '未命名文件';
  const unreadable = (filename: string, bytes: Buffer, why: string): QueuedFile => ({
    filename,
    sha256: sha256Of(bytes),
    size: bytes.length,
    bytes: null,
    unreadable: why,
    parent: false,
  });
  const readable = (filename: string, bytes: Buffer): QueuedFile => ({
    filename,
    sha256: sha256Of(bytes),
    size: bytes.length,
    bytes,
    unreadable: null,
    parent: false,
  });
  if (f.bytes.length > MAX_UPLOAD_BYTES)
    return [
      unreadable(
        name,
        Buffer.alloc(0),
        `文件过大（超过 ${MAX_UPLOAD_BYTES / 1048576} MB），年度报告通常只有几十 KB 到几 MB，未读取`,
      ),
    ];
  if (!(await isZipArchive(f.bytes))) return [readable(name, f.bytes)];
  const zip = await expandZip(f.bytes);
  if (!zip.ok) return [unreadable(name, f.bytes, zip.error)];
  if (zip.entries.length === 0) return [unreadable(name, f.bytes, '压缩包中没有文件')];
  return zip.entries.map((e) => {
    const file = `${name}/${e.name}`.slice(0, 300);
    return 'error' in e ? unreadable(file, Buffer.alloc(0), e.error) : readable(file, e.bytes);
  });
}

function parentIndexes(files: readonly QueuedFile[], parent: string | undefined): Set<number> {
  const wanted = parent?.trim();
  if (!wanted) return new Set();
  const hits = files.flatMap((f, i) => (f.filename === wanted || f.filename.split('/').pop() === wanted ? [i] : []));
  if (hits.length === 0)
    throw invalidInput('本批文件中没有所填的上级报告。', {
      parent: `请填写本批中某个文件的文件名，例如“${files[0]?.filename.split('/').pop() ?? '某县2023年度报告.pdf'}”；不做汇总核对请留空`,
    });
  return new Set(hits);
}

/**
 * Queues the files as a checker job and answers at once with its batch; `checked` resolves when this process's runs
 * are idle (the route waits for it briefly, so a small batch shows its results without a progress page).
 */
export async function uploadReports(ctx: Ctx, input: UploadInput): Promise<{ batch: string; checked: Promise<void> }> {
  if (ctx.actor.kind !== 'staff') throw new DomainError('unauthenticated', '请先登录。');
  authorize(can(ctx.actor, 'report.check'));
  if (input.files.length === 0)
    throw invalidInput('请选择要检查的报告文件。', {
      files: '请选择一个或多个报告文件（文本、网页、Word、PDF），或把它们打成一个 ZIP 压缩包',
    });
  if (input.files.length > MAX_UPLOAD_FILES)
    throw invalidInput('文件过多。', {
      files: `一次最多上传 ${MAX_UPLOAD_FILES} 个文件；更多的报告请打成 ZIP 压缩包上传`,
    });
  const files = (await Promise.all(input.files.map(filesOf))).flat();
  const parents = parentIndexes(files, input.parent);
  return queueCheck(
    ctx,
    files.map((f, i) => ({ ...f, parent: parents.has(i) })),
    { kind: 'uploaded' },
  );
}
