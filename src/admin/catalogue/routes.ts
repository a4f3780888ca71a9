// /admin/catalogue: draft, edit, submit, review queue, publish, withdraw, correct, findings and attachments.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';

import { addAttachment } from '../../catalogue/add-attachment.ts';
import { correctEntry } from '../../catalogue/correct-entry.ts';
import { createEntry } from '../../catalogue/create-entry.ts';
import { EntryInput, FindingInput, ReasonInput, ReviewInput, Version } from '../../catalogue/form.ts';
import { publishEntry } from '../../catalogue/publish-entry.ts';
import { removeAttachment } from '../../catalogue/remove-attachment.ts';
import { resolveFinding } from '../../catalogue/resolve-finding.ts';
import { reviewEntry } from '../../catalogue/review-entry.ts';
import { listEntries } from '../../catalogue/store.ts';
import { entryListQuery, exportEntries, listCatalogue } from '../../catalogue/export-entries.ts';
import { exportFormat, sendExport } from '../../http/exports.ts';
import { updateDraft } from '../../catalogue/update-draft.ts';
import { withdrawEntry } from '../../catalogue/withdraw-entry.ts';
import type { Ctx } from '../../context.ts';
import { DomainError } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { sendHtml } from '../layout.ts';
import { flashOf, idParam } from '../params.ts';
import { columnsOf } from '../../catalogue/columns-of.ts';
import { registerCatalogueExtras } from './extras-routes.ts';
import { registerRegisterRoutes } from './registers-routes.ts';
import { entryFormPage, entryValues } from './form-views.ts';
import { loadDetail } from './load-detail.ts';
import { catalogueListPage, entryDetailPage } from './views.ts';
import { queueStates } from '../../catalogue/queue.ts';
import { can } from '../../auth/authorize.ts';
import { entryStandardBlock } from './standard-views.ts';
import { listStandardItems } from '../../catalogue/standard-store.ts';
import { itemIdsOfEntry } from '../../catalogue/standard-link-store.ts';

type IdReq = FastifyRequest<{ Params: { id: string; fid?: string; aid?: string } }>;
const body = (req: FastifyRequest) => (req.body ?? {}) as Record<string, unknown>;
const recoverable = (err: unknown): err is DomainError =>
  err instanceof DomainError && ['invalid_input', 'conflict', 'illegal_transition', 'stale'].includes(err.code);
const statusOf = (err: DomainError) => (err.code === 'invalid_input' ? 400 : 409);

export async function registerAdminCatalogue(app: FastifyInstance, deps: AppDeps): Promise<void> {
  // Multipart bodies are parsed once for the whole app (src/http/server.ts): fields as plain values, a file as
  // { filename, bytes }. The 20 MB limit is checked again in addAttachment.

  app.get('/catalogue', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    const actor = ctx.actor;
    const { columns } = await columnsOf(ctx);
    const filter = entryListQuery((req.query ?? {}) as Record<string, unknown>); // the export reads the same
    const [queue, all] = await Promise.all([
      listEntries(ctx.db, ctx.writeScope, actor.agencyId, queueStates(actor)),
      listCatalogue(ctx, filter),
    ]);
    return sendHtml(
      reply,
      catalogueListPage(req.gk, {
        queue: queue.filter((e) => e.authorId !== actor.userId),
        all,
        columns,
        filter,
        flash: flashOf((req.query as Record<string, unknown>)?.ok),
      }),
    );
  });

  app.get('/catalogue/export.:format', async (req: FastifyRequest<{ Params: { format: string } }>, reply) => {
    const ctx = staffCtx(req, deps);
    const format = exportFormat(req.params.format);
    const query = entryListQuery((req.query ?? {}) as Record<string, unknown>);
    return sendExport(reply, format, await exportEntries(ctx, query, format));
  });

  const form = async (
    req: FastifyRequest,
    reply: FastifyReply,
    mode: 'new' | 'edit' | 'correct',
    action: string,
    values: Record<string, unknown>,
    error?: DomainError,
  ) => {
    const { columns } = await columnsOf(staffCtx(req, deps));
    return sendHtml(
      reply,
      entryFormPage(req.gk, { mode, action, columns, values, error }),
      error ? statusOf(error) : 200,
    );
  };
  const standardBlock = async (req: IdReq) => {
    const ctx = staffCtx(req, deps);
    const id = idParam(req.params.id, '信息');
    if (!can(ctx.actor, 'catalogue.manage').allowed) return undefined;
    const [items, linked] = await Promise.all([
      listStandardItems(ctx.db, ctx.actor.agencyId),
      itemIdsOfEntry(ctx.db, id),
    ]);
    return entryStandardBlock(req.gk, id, items, linked);
  };
  const detail = async (req: IdReq, reply: FastifyReply, error?: DomainError) =>
    sendHtml(
      reply,
      entryDetailPage(req.gk, {
        ...(await loadDetail(staffCtx(req, deps), idParam(req.params.id, '信息'))),
        standard: await standardBlock(req),
        error,
        flash: flashOf((req.query as Record<string, unknown>)?.ok),
      }),
      error ? statusOf(error) : 200,
    );

  app.get('/catalogue/new', (req, reply) => form(req, reply, 'new', '/admin/catalogue', {}));
  app.post('/catalogue', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    try {
      const { id } = await createEntry(ctx, ctx.actor.agencyCode, parseInput(EntryInput, body(req)));
      return reply.redirect(`/admin/catalogue/${id}?ok=created`, 303);
    } catch (err) {
      if (!recoverable(err)) throw err;
      return form(req, reply, 'new', '/admin/catalogue', body(req), err);
    }
  });

  app.get('/catalogue/:id', (req: IdReq, reply) => detail(req, reply));

  for (const mode of ['edit', 'correct'] as const) {
    app.get(`/catalogue/:id/${mode}`, async (req: IdReq, reply) => {
      const { entry } = await loadDetail(staffCtx(req, deps), idParam(req.params.id, '信息'));
      return form(req, reply, mode, `/admin/catalogue/${entry.id}/${mode}`, entryValues(entry));
    });
    app.post(`/catalogue/:id/${mode}`, async (req: IdReq, reply) => {
      const ctx = staffCtx(req, deps);
      const id = idParam(req.params.id, '信息');
      try {
        const input = parseInput(EntryInput, body(req));
        if (mode === 'edit')
          await updateDraft(
            ctx,
            id,
            parseInput(z.object({ version: Version }), { version: body(req).version }).version,
            input,
          );
        else {
          // The correction is a draft of its own, reviewed like a new entry before it replaces the public version.
          const draft = await correctEntry(ctx, id, { ...input, ...parseInput(ReasonInput, body(req)) });
          return reply.redirect(`/admin/catalogue/${draft.id}?ok=created`, 303);
        }
        return reply.redirect(`/admin/catalogue/${id}?ok=saved`, 303);
      } catch (err) {
        if (!recoverable(err)) throw err;
        return form(req, reply, mode, `/admin/catalogue/${id}/${mode}`, body(req), err);
      }
    });
  }

  const act = (path: string, run: (ctx: Ctx, id: number, b: Record<string, unknown>, req: IdReq) => Promise<unknown>) =>
    app.post(`/catalogue/:id/${path}`, async (req: IdReq, reply) => {
      const id = idParam(req.params.id, '信息');
      try {
        await run(staffCtx(req, deps), id, body(req), req);
        return reply.redirect(`/admin/catalogue/${id}?ok=saved`, 303);
      } catch (err) {
        if (!recoverable(err)) throw err;
        return detail(req, reply, err);
      }
    });
  act('review', (ctx, id, b) => reviewEntry(ctx, id, parseInput(ReviewInput, b)));
  act('publish', (ctx, id, b) =>
    publishEntry(ctx, id, parseInput(z.object({ version: Version }), { version: b.version }).version),
  );
  act('withdraw', (ctx, id, b) =>
    withdrawEntry(ctx, id, parseInput(ReasonInput, { reason: b.reason, version: b.version })),
  );
  act('findings/:fid', (ctx, id, b, req) =>
    resolveFinding(
      ctx,
      id,
      idParam(req.params.fid ?? '', '检查结果'),
      parseInput(FindingInput, { how: b.how, reason: b.reason }),
    ),
  );
  act('attachments', (ctx, id, b) => {
    const file = b.file as { filename?: unknown; bytes?: unknown } | undefined;
    if (!file || !Buffer.isBuffer(file.bytes) || typeof file.filename !== 'string' || !file.filename)
      throw new DomainError('invalid_input', '请选择要上传的文件。', { file: '未选择文件' });
    return addAttachment(ctx, id, { filename: file.filename, bytes: file.bytes });
  });
  act('attachments/:aid/remove', (ctx, id, _b, req) =>
    removeAttachment(ctx, id, idParam(req.params.aid ?? '', '附件')),
  );

  registerCatalogueExtras(app, deps);
  registerRegisterRoutes(app, deps);
}
