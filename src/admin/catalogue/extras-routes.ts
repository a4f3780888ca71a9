// /admin/catalogue: the column monitor, 本期无新增信息, settings, and the channel exports of a published entry.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { staffActor } from '../../auth/actor.ts';
import { authorize, can } from '../../auth/authorize.ts';
import { parseDate } from '../../calendar/dates.ts';
import { boardNotice, broadcastText, CHANNELS, wechatArticle } from '../../catalogue/channels.ts';
import { columnMonitor } from '../../catalogue/column-monitor.ts';
import { declareNothingNew } from '../../catalogue/declare-nothing-new.ts';
import { recordChannelPost } from '../../catalogue/record-channel-post.ts';
import { findEntry } from '../../catalogue/store.ts';
import { updateCatalogueSettings } from '../../catalogue/update-settings.ts';
import { itemsWithoutCurrentEntry } from '../../catalogue/standard-link-store.ts';
import { renderPdf } from '../../documents/pdf.ts';
import { DomainError, notFound } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { sendHtml } from '../layout.ts';
import { flashOf, idParam } from '../params.ts';
import { monitorPage, settingsPage } from './extras-views.ts';
import { registerColumnNotices } from './column-notices.ts';
import { columnsOf } from '../../catalogue/columns-of.ts';

type IdReq = FastifyRequest<{ Params: { id: string } }>;
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `不超过 ${max} 个字` })
    .default('');
export const SettingsInput = z.object({
  requireSignOff: z.literal('1').optional(),
  office: text(100),
  address: text(200),
  hours: text(100),
  phone: text(50),
  fax: text(50),
  postcode: text(10),
  email: z
    .string()
    .trim()
    .max(100)
    .refine((v) => !v || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), { error: '电子邮箱格式不正确' })
    .default(''),
  website: text(200),
});
export const QuietInput = z.object({
  until: z
    .string()
    .trim()
    .refine((v) => parseDate(v) !== undefined, { error: '请填写截至日期，格式为 2025-06-30' }),
  note: z.string().trim().min(2, { error: '请说明本期为何无新增信息' }).max(200, { error: '说明不超过 200 个字' }),
});
export const PostInput = z.object({ channel: z.enum(CHANNELS, { error: '请选择渠道' }), note: text(200) });

export function registerCatalogueExtras(app: FastifyInstance, deps: AppDeps): void {
  const monitor = async (req: FastifyRequest, error?: DomainError) => {
    const ctx = staffCtx(req, deps);
    const { result, today, homeLast, lateItems, owners, staff } = await columnMonitor(ctx);
    const uncovered = (await itemsWithoutCurrentEntry(ctx.db, ctx.actor.agencyId)).map((it) => ({
      id: it.id!,
      item: `${it.level1} · ${it.level2}`,
    }));
    return monitorPage(req.gk, {
      result,
      today,
      homeLast,
      lateItems,
      uncovered,
      error,
      flash: flashOf((req.query as Record<string, unknown>)?.ok),
      owners,
      staff,
    });
  };
  registerColumnNotices(app, deps, monitor);
  app.get('/catalogue/monitor', async (req, reply) => sendHtml(reply, await monitor(req)));
  app.post('/catalogue/columns/:id/quiet', async (req: IdReq, reply) => {
    const ctx = staffCtx(req, deps);
    try {
      await declareNothingNew(
        ctx,
        ctx.actor.agencyId,
        idParam(req.params.id, '栏目'),
        parseInput(QuietInput, req.body),
      );
      return reply.redirect('/admin/catalogue/monitor?ok=saved', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await monitor(req, err), 400);
    }
  });

  app.get('/catalogue/settings', async (req, reply) =>
    sendHtml(
      reply,
      settingsPage(req.gk, {
        settings: (await columnsOf(staffCtx(req, deps))).settings,
        flash: flashOf((req.query as Record<string, unknown>)?.ok),
      }),
    ),
  );
  app.post('/catalogue/settings', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    authorize(can(ctx.actor, 'catalogue.manage'));
    try {
      const { requireSignOff, ...guide } = parseInput(SettingsInput, req.body);
      await updateCatalogueSettings(ctx, ctx.actor.agencyId, { requireSignOff: requireSignOff === '1', guide });
      return reply.redirect('/admin/catalogue/settings?ok=saved', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(
        reply,
        settingsPage(req.gk, {
          settings: (await columnsOf(ctx)).settings,
          values: req.body as Record<string, unknown>,
          error: err,
        }),
        400,
      );
    }
  });

  const published = async (req: IdReq) => {
    const ctx = staffCtx(req, deps);
    const e = await findEntry(ctx.db, ctx.scope, idParam(req.params.id, '信息'));
    if (e?.state !== 'published') throw notFound('已发布的信息');
    return e;
  };
  app.get('/catalogue/:id/wechat.html', async (req: IdReq, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(wechatArticle(await published(req), staffActor(req.gk.actor).agencyCode).value),
  );
  app.get('/catalogue/:id/notice.pdf', async (req: IdReq, reply) => {
    const e = await published(req);
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(`${e.title}.pdf`)}`)
      .send(await renderPdf(boardNotice(e), { title: e.title }));
  });
  app.get('/catalogue/:id/broadcast.txt', async (req: IdReq, reply) =>
    reply.type('text/plain; charset=utf-8').send(broadcastText(await published(req))),
  );
  app.post('/catalogue/:id/posts', async (req: IdReq, reply) => {
    const id = idParam(req.params.id, '信息');
    const post = parseInput(PostInput, req.body);
    await recordChannelPost(staffCtx(req, deps), id, post.channel, post.note);
    return reply.redirect(`/admin/catalogue/${id}?ok=saved`, 303);
  });
}
