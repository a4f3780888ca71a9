// /admin/catalogue/import and /admin/requests/import: the upload, its check (nothing written) and the import, and the
// templates to fill in. The use cases decide who may import (publishing entries, handling cases).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { importCatalogue } from '../../catalogue/import-entries.ts';
import { ENTRY_EXAMPLE, ENTRY_FIELDS } from '../../catalogue/import-rows.ts';
import { sourceOfZip } from '../../catalogue/import-zip.ts';
import { templateXlsx } from '../../documents/table-file.ts';
import { DomainError } from '../../errors.ts';
import { staffCtx } from '../../http/session.ts';
import { importCases } from '../../requests/import-cases.ts';
import { CASE_EXAMPLE, CASE_FIELDS } from '../../requests/import-rows.ts';
import { sendHtml } from '../layout.ts';
import { importPage, type ImportKind } from './views.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const none = async () => undefined;

function uploaded(req: FastifyRequest): { filename: string; bytes: Buffer; dryRun: boolean } {
  const b = (req.body ?? {}) as Record<string, unknown>;
  const file = b.file as { filename?: unknown; bytes?: unknown } | undefined;
  if (!file || !Buffer.isBuffer(file.bytes) || typeof file.filename !== 'string')
    throw new DomainError('invalid_input', '请选择要导入的 XLSX 或 CSV 文件。', { file: '未选择文件' });
  return { filename: file.filename, bytes: file.bytes, dryRun: b.mode !== 'import' };
}

export function registerImports(app: FastifyInstance, deps: AppDeps): void {
  const run = async (kind: ImportKind, req: FastifyRequest) => {
    const ctx = staffCtx(req, deps);
    const f = uploaded(req);
    const opts = { dryRun: f.dryRun };
    if (kind === 'requests') return { ...(await importCases(ctx, ctx.actor.agencyCode, f, opts)), dryRun: f.dryRun };
    const source = /\.zip$/i.test(f.filename) ? await sourceOfZip(f.bytes) : { ...f, attachment: none };
    return { ...(await importCatalogue(ctx, ctx.actor.agencyCode, source, opts)), dryRun: f.dryRun };
  };
  for (const kind of ['catalogue', 'requests'] as const) {
    app.get(`/${kind}/import`, async (req, reply) => sendHtml(reply, importPage(req.gk, kind)));
    app.post(`/${kind}/import`, async (req, reply: FastifyReply) => {
      try {
        const report = await run(kind, req);
        return sendHtml(reply, importPage(req.gk, kind, { report }), report.problems.length ? 400 : 200);
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
        return sendHtml(reply, importPage(req.gk, kind, { error: err }), 400);
      }
    });
    app.get(`/${kind}/import/template.xlsx`, async (_req, reply) => {
      const bytes =
        kind === 'catalogue'
          ? await templateXlsx('目录信息', ENTRY_FIELDS, ENTRY_EXAMPLE)
          : await templateXlsx('依申请公开件', CASE_FIELDS, CASE_EXAMPLE);
      const name = kind === 'catalogue' ? '目录信息导入模板.xlsx' : '依申请公开件导入模板.xlsx';
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .send(bytes);
    });
  }
}
