// Sending an exported table: its media type, a download name (RFC 6266, UTF-8), never cached (it may hold personal
// data). An unknown format is a Chinese 404 like any path that names nothing.
import type { FastifyReply } from 'fastify';
import { EXPORT_FORMATS, EXPORT_TYPES, type ExportFormat } from '../documents/table-export.ts';
import { DomainError } from '../errors.ts';

export function exportFormat(ext: string): ExportFormat {
  if (!(EXPORT_FORMATS as readonly string[]).includes(ext))
    throw new DomainError('not_found', '没有这种导出格式：请用 xlsx 或 csv。');
  return ext as ExportFormat;
}

export function sendExport(reply: FastifyReply, format: ExportFormat, out: { filename: string; data: Buffer }) {
  return reply
    .type(EXPORT_TYPES[format])
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(out.filename)}`)
    .header('cache-control', 'no-store')
    .send(out.data);
}
