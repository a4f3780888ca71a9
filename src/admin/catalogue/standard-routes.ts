// /admin/catalogue/standard/…: the 标准目录 kept by hand (an item's page, edit, order, delete, links), its import from
// the province's Excel, and the entry page's link to the items it fulfils. The use cases check who may (catalogue.manage).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppDeps } from '../../app-deps.ts';
import { listColumns } from '../../catalogue/column-store.ts';
import {
  deleteStandardItem,
  editStandardItem,
  linkStandardItem,
  moveStandardItem,
} from '../../catalogue/edit-standard.ts';
import { importStandardCatalogue } from '../../catalogue/import-standard.ts';
import { entriesOfItem, entryIdByIndexNo, findStandardItem } from '../../catalogue/standard-link-store.ts';
import { DomainError, notFound } from '../../errors.ts';
import type { Html } from '../../html/html.ts';
import { parseInput } from '../../input.ts';
import { staffCtx } from '../../http/session.ts';
import { sendHtml } from '../layout.ts';
import { flashOf, idParam } from '../params.ts';
import { ItemInput } from './standard-input.ts';
import { standardItemPage } from './standard-views.ts';

type IdReq = FastifyRequest<{ Params: { id: string } }>;
const body = (req: FastifyRequest) => (req.body ?? {}) as Record<string, unknown>;
const LinkInput = z.object({ linked: z.enum(['0', '1'], { error: '请选择关联或取消关联' }) });

export function registerStandardRoutes(
  app: FastifyInstance,
  deps: AppDeps,
  listPage: (req: FastifyRequest, error?: DomainError, flash?: string) => Promise<Html>,
): void {
  const item = async (req: IdReq, reply: FastifyReply, error?: DomainError) => {
    const ctx = staffCtx(req, deps);
    const id = idParam(req.params.id, '标准目录事项');
    const it = await findStandardItem(ctx.db, ctx.actor.agencyId, id);
    if (!it) throw notFound('标准目录事项');
    const [columns, entries] = await Promise.all([
      listColumns(ctx.db, ctx.actor.agencyId),
      entriesOfItem(ctx.db, ctx.actor.agencyId, id),
    ]);
    const flash = flashOf((req.query as Record<string, unknown>)?.ok);
    return sendHtml(reply, standardItemPage(req.gk, { item: it, columns, entries, error, flash }), error ? 400 : 200);
  };
  const act = (path: string, run: (req: IdReq, id: number) => Promise<string>) =>
    app.post(`/catalogue/standard/items/:id${path}`, async (req: IdReq, reply) => {
      const id = idParam(req.params.id, '标准目录事项');
      try {
        return reply.redirect(await run(req, id), 303);
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
        return item(req, reply, err);
      }
    });
  app.get('/catalogue/standard/items/:id', (req: IdReq, reply) => item(req, reply));
  act('', async (req, id) => {
    const ctx = staffCtx(req, deps);
    const input = parseInput(ItemInput, body(req));
    if (input.columnId && !(await listColumns(ctx.db, ctx.actor.agencyId)).some((c) => c.id === input.columnId))
      throw new DomainError('invalid_input', '所选栏目不存在，请重新选择。', {
        columnId: '请从列表中选择本机关的栏目',
      });
    await editStandardItem(ctx, ctx.actor.agencyId, id, input);
    return `/admin/catalogue/standard/items/${id}?ok=saved`;
  });
  act('/delete', async (req, id) => {
    const ctx = staffCtx(req, deps);
    await deleteStandardItem(ctx, ctx.actor.agencyId, id);
    return '/admin/catalogue/standard?ok=saved';
  });
  act('/move', async (req, id) => {
    const ctx = staffCtx(req, deps);
    await moveStandardItem(ctx, ctx.actor.agencyId, id, body(req).by === 'up' ? -1 : 1);
    return '/admin/catalogue/standard?ok=saved';
  });
  act('/links', async (req, id) => {
    const ctx = staffCtx(req, deps);
    const { linked } = parseInput(LinkInput, body(req));
    const b = body(req);
    const entryId =
      typeof b.indexNo === 'string' && b.indexNo.trim()
        ? await entryIdByIndexNo(ctx.db, ctx.actor.agencyId, b.indexNo.trim())
        : typeof b.entryId === 'string' && /^\d{1,9}$/.test(b.entryId)
          ? Number(b.entryId)
          : undefined;
    if (!entryId)
      throw new DomainError('invalid_input', '本机关没有这个索引号的信息，请核对后重试。', { indexNo: '索引号不存在' });
    await linkStandardItem(ctx, ctx.actor.agencyId, { itemId: id, entryId, linked: linked === '1' });
    return `/admin/catalogue/standard/items/${id}?ok=saved`;
  });
  app.post('/catalogue/:id/standard', async (req: IdReq, reply) => {
    const ctx = staffCtx(req, deps);
    const entryId = idParam(req.params.id, '信息');
    const b = body(req);
    const { linked } = parseInput(LinkInput, b);
    const itemId = typeof b.itemId === 'string' && /^\d{1,9}$/.test(b.itemId) ? Number(b.itemId) : 0;
    if (!itemId) throw new DomainError('invalid_input', '请选择标准目录事项。', { itemId: '请选择事项' });
    await linkStandardItem(ctx, ctx.actor.agencyId, { itemId, entryId, linked: linked === '1' });
    return reply.redirect(`/admin/catalogue/${entryId}?ok=saved`, 303);
  });
  app.post('/catalogue/standard/import', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    const b = body(req);
    const file = b.file as { filename?: unknown; bytes?: unknown } | undefined;
    try {
      if (!file || !Buffer.isBuffer(file.bytes) || typeof file.filename !== 'string')
        throw new DomainError('invalid_input', '请选择标准目录 Excel 文件（.xlsx）。', { file: '未选择文件' });
      const dryRun = b.mode !== 'import';
      const r = await importStandardCatalogue(
        ctx,
        ctx.actor.agencyId,
        { filename: file.filename, bytes: file.bytes },
        { replace: b.replace === '1', dryRun },
      );
      if (r.problems.length)
        throw new DomainError('invalid_input', `导入失败，未写入任何数据：\n${r.problems.join('\n')}`);
      if (dryRun)
        return sendHtml(
          reply,
          await listPage(
            req,
            undefined,
            `检查通过（未写入）：共 ${r.items} 个事项${r.replaced ? `，将替换现有 ${r.replaced} 个` : ''}。确认后请选择同一文件点击“导入”。`,
          ),
        );
      return reply.redirect('/admin/catalogue/standard?ok=saved', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await listPage(req, err), 400);
    }
  });
}
