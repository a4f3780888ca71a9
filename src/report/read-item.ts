// One file of a checker batch read into a report (or its Chinese reason for not being readable), and the subject its
// findings are reviewed under.
import { createHash } from 'node:crypto';
import type { ReadInput } from './check-files.ts';
import type { Report } from './model.ts';
import { decodeReport, type ReadResult } from './read-file.ts';

export const sha256Of = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

/** A report file of the batch, read (or not), with the digest its bytes are kept under. */
export type Item = ReadInput & { sha256: string; size: number; bytes: Buffer | null; parent?: boolean };

export const failed = (file: string, bytes: Buffer, error: string): Item => ({
  file,
  read: { ok: false, kind: 'unknown', error },
  sha256: sha256Of(bytes),
  size: bytes.length,
  bytes: null,
});

export async function readItem(file: string, bytes: Buffer): Promise<Item> {
  return { file, read: await readOne(bytes), sha256: sha256Of(bytes), size: bytes.length, bytes };
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

/** Reviews follow the report, not the upload: the same agency's report of a year keeps them when uploaded again. */
export function subjectOf(report: Report, sha256: string): string {
  return report.agency.name && report.year !== null
    ? `published:${report.agency.name}:${report.year}`
    : `upload:${sha256}`;
}
