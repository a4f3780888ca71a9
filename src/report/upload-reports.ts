// A supervisor or clerk uploads published reports (files, or zips of them) to be checked. Every file is read and
// checked as `report check` does; cross-year pairs and, when the uploader names the parent's report, the roll-up are
// checked across the batch. A file that cannot be read gets its Chinese reason and the rest goes on. One transaction.
import { staffActor } from '../auth/actor.ts';
import { createHash, randomBytes } from 'node:crypto';
import { record } from '../audit/record.ts';
import type { AuditEvent } from '../audit/events.ts';

import { authorize, can } from '../auth/authorize.ts';
import { putBlob } from '../files/blobs.ts';
import type { Ctx } from '../context.ts';
import { DomainError, invalidInput } from '../errors.ts';
import { checkReadReports, type ReadInput } from './check-files.ts';
import { hasErrors } from './checks.ts';
import type { Report } from './model.ts';
import { decodeReport, type ReadResult } from './read-file.ts';
import { insertUploads } from './upload-store.ts';
import { expandZip, isZipArchive } from './zip-batch.ts';

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
export const MAX_UPLOAD_FILES = 30;
export type UploadedFile = { filename: string; bytes: Buffer };
export type UploadInput = { files: readonly UploadedFile[]; parent?: string };

/** A report file of the batch; `bytes` kept (as a blob) when it was read, so the batch can be checked again. */
export type Item = ReadInput & { sha256: string; size: number; bytes: Buffer | null; parent?: boolean };

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
export const failed = (file: string, bytes: Buffer, error: string): Item => ({
  file,
  read: { ok: false, kind: 'unknown', error },
  sha256: sha(bytes),
  size: bytes.length,
  bytes: null,
});

export async function readItem(file: string, bytes: Buffer): Promise<Item> {
  return { file, read: await readOne(bytes), sha256: sha(bytes), size: bytes.length, bytes };
}

async function readOne(bytes: Buffer): Promise<ReadResult> {
  try {
    return await decodeReport(bytes);
  } catch (err) {
    return {
      ok: false,
      kind: 'unknown',
      error: `文件无法读取（${(err as Error).message.slice(0, 80)}），请确认文件完整`,
    };
  }
}

/** One uploaded file → the report files it holds (a zip: each entry, named "包.zip/条目"). */
async function itemsOf(f: UploadedFile): Promise<Item[]> {
  const name = f.filename.slice(0, 200) || '未命名文件';
  if (f.bytes.length > MAX_UPLOAD_BYTES)
    return [
      failed(
        name,
        Buffer.alloc(0),
        `文件过大（超过 ${MAX_UPLOAD_BYTES / 1048576} MB），年度报告通常只有几十 KB 到几 MB，未读取`,
      ),
    ];
  if (!(await isZipArchive(f.bytes))) return [await readItem(name, f.bytes)];
  const zip = await expandZip(f.bytes);
  if (!zip.ok) return [failed(name, f.bytes, zip.error)];
  if (zip.entries.length === 0) return [failed(name, f.bytes, '压缩包中没有文件')];
  const out: Item[] = [];
  for (const e of zip.entries) {
    const file = `${name}/${e.name}`.slice(0, 300);
    out.push('error' in e ? failed(file, Buffer.alloc(0), e.error) : await readItem(file, e.bytes));
  }
  return out;
}

/** Reviews follow the report, not the upload: the same agency's report of a year keeps them when uploaded again. */
export function subjectOf(report: Report, sha256: string): string {
  return report.agency.name && report.year !== null
    ? `published:${report.agency.name}:${report.year}`
    : `upload:${sha256}`;
}

function parentIndexes(items: readonly Item[], parent: string | undefined): Set<number> {
  const wanted = parent?.trim();
  if (!wanted) return new Set();
  const hits = items.flatMap((it, i) => (it.file === wanted || it.file.split('/').pop() === wanted ? [i] : []));
  if (hits.length === 0)
    throw invalidInput('本批文件中没有所填的上级报告。', {
      parent: `请填写本批中某个文件的文件名，例如“${items[0]?.file.split('/').pop() ?? '某县2023年度报告.pdf'}”；不做汇总核对请留空`,
    });
  return new Set(hits);
}

export async function uploadReports(ctx: Ctx, input: UploadInput): Promise<{ batch: string; ids: number[] }> {
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
  const items = (await Promise.all(input.files.map(itemsOf))).flat();
  const parents = parentIndexes(items, input.parent);
  return checkAndStore(
    ctx,
    items.map((it, i) => ({ ...it, parent: parents.has(i) })),
    (batch, files, unread, errors) => ({
      action: 'report.uploaded',
      objectType: 'report_upload',
      objectId: batch,
      agencyId: ctx.actor.kind === 'staff' ? ctx.actor.agencyId : null,
      summary: { batch, files, unread, errors },
    }),
  );
}

/** Check the batch's items together, keep their bytes, store every result and the audit record in one transaction. */
export async function checkAndStore(
  ctx: Ctx,
  items: readonly Item[],
  event: (batch: string, files: number, unread: number, errors: number) => AuditEvent,
): Promise<{ batch: string; ids: number[] }> {
  const actor = staffActor(ctx.actor);
  const parents = new Set(items.flatMap((it, i) => (it.parent ? [i] : [])));
  const results = checkReadReports(items, { parents });
  const batch = randomBytes(8).toString('hex');
  const createdAt = ctx.now.toISOString();
  const rows = results.map((r, i) => ({
    agencyId: actor.agencyId,
    batch,
    filename: r.file,
    subject: subjectOf(r.report, items[i]!.sha256),
    sha256: items[i]!.sha256,
    size: items[i]!.size,
    report: r.report,
    error: r.error ?? null,
    uploadedBy: actor.userId,
    createdAt,
    stored: items[i]!.bytes !== null,
    parent: parents.has(i),
  }));
  const ids = await ctx.db.transaction().execute(async (tx) => {
    for (const it of items) if (it.bytes) await putBlob(tx, ctx.config, it.bytes); // with their rows (files/store.ts)
    const ids = await insertUploads(tx, rows);
    await record(
      tx,
      ctx,
      event(
        batch,
        rows.length,
        rows.filter((r) => r.error).length,
        rows.filter((r) => hasErrors(r.report.findings)).length,
      ),
    );
    return ids;
  });
  return { batch, ids };
}
