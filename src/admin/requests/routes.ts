// Back-office routes of 依申请公开: list, register, case page, each workflow step as a form, and the audited view of
// the applicant's whole personal data. Handlers only parse, call one use case, and redirect or render.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { listPublicAgencies } from '../../agencies/store.ts';

import { parseDate } from '../../calendar/dates.ts';
import { DomainError, notFound } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import { downloadName } from '../../files/safe-name.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { caseView, loadCase, readAttachment, revealPersonal } from '../../requests/case-view.ts';
import { issueLetter, letterOf } from '../../requests/issue-letter.ts';
import { LETTER_KINDS } from '../../requests/letter-kinds.ts';
import { sendLetter } from '../../http/letters.ts';
import { INTAKE_CHANNELS } from '../../requests/clock.ts';
import { Application } from '../../requests/form.ts';
import { EVENTS, type RequestEventType } from '../../requests/lifecycle.ts';
import { caseCounts, listCases } from '../../requests/list-cases.ts';
import { countRequests } from '../../requests/store.ts';
import { performStep } from '../../requests/perform-step.ts';
import { submitApplication } from '../../requests/submit.ts';
import { retryMail } from '../../outbox/retry-mail.ts';
import { listUndelivered, outboxCounts } from '../../outbox/store.ts';
import { sendHtml } from '../layout.ts';
import { exportFormat, sendExport } from '../../http/exports.ts';
import { caseListFilter, caseListQuery, exportCases } from '../../requests/export-cases.ts';
import { flashOf, idParam } from '../params.ts';
import { mailPage } from './mail-views.ts';
import { thresholdsPage, volumePanel } from './volume-views.ts';
import { applicantVolume, volumeThresholds } from '../../requests/volume.ts';
import { VolumeThresholdsForm, mayHandleCases, saveVolumeThresholds } from '../../requests/save-volume-thresholds.ts';
import { authorize } from '../../auth/authorize.ts';
import { STEP_LETTERS, stepForm } from './step-forms.ts';
import { casePage, listPage, registerPage } from './views.ts';
import { splitUploads } from '../../http/uploads.ts';
import { checkUploads } from '../../requests/attachments.ts';

type IdReq = FastifyRequest<{ Params: { id: string }; Querystring: Record<string, string> }>;
const Intake = z.object({
  channel: z.enum(INTAKE_CHANNELS.filter((c) => c !== 'portal') as [string, ...string[]], { error: '请选择收件方式' }),
  receivedOn: z
    .string({ error: '请填写收到申请之日' })
    .refine((s) => parseDate(s) !== undefined, '请按 YYYY-MM-DD 填写收到申请之日'),
  evidence: z.string({ error: '请记录收件凭证' }).trim().min(1, '请记录收件凭证（签收日期、确认记录等）').max(500),
});
const RECOVERABLE = ['invalid_input', 'illegal_transition', 'stale', 'conflict'];
const PAGE_SIZE = 50;

export function registerRequestAdmin(app: FastifyInstance, deps: AppDeps): void {
  app.get('/requests', async (req: FastifyRequest<{ Querystring: Record<string, string> }>, reply) => {
    const ctx = staffCtx(req, deps);
    const q = req.query ?? {};
    const f = caseListQuery(q); // the export reads the same filters (export-cases.ts)
    const filter = caseListFilter(ctx, f);
    const { total } = await countRequests(ctx.db, ctx.scope, filter);
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
    const page = Math.min(pages, /^[1-9]\d{0,5}$/.test(q.page ?? '') ? Number(q.page) : 1);
    const items = await listCases(ctx, { ...filter, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
    const counts = { ...(await caseCounts(ctx)), outbox: await outboxCounts(ctx.db, ctx.scope) };
    return sendHtml(reply, listPage(req.gk, items, { ...f, page, pages, total }, counts));
  });

  app.get(
    '/requests/export.:format',
    async (req: FastifyRequest<{ Params: { format: string }; Querystring: Record<string, string> }>, reply) => {
      const format = exportFormat(req.params.format);
      const out = await exportCases(staffCtx(req, deps), caseListQuery(req.query ?? {}), format);
      return sendExport(reply, format, out);
    },
  );

  app.get('/requests/new', async (req, reply) => sendHtml(reply, registerPage(req.gk)));

  app.get('/requests/volume-thresholds', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    const values = await volumeThresholds(ctx, ctx.actor.agencyId);
    return sendHtml(
      reply,
      thresholdsPage(req.gk, { values, flash: flashOf((req.query as Record<string, unknown>)?.ok) }),
    );
  });

  app.post('/requests/volume-thresholds', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    authorize(mayHandleCases(ctx.actor, ctx.actor.agencyId)); // who may, before what they sent
    try {
      await saveVolumeThresholds(ctx, parseInput(VolumeThresholdsForm, req.body));
      return reply.redirect('/admin/requests/volume-thresholds?ok=saved', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      const values = (req.body ?? {}) as Record<string, unknown>;
      return sendHtml(reply, thresholdsPage(req.gk, { values, error: err }), 400);
    }
  });

  app.get('/requests/mail', async (req: FastifyRequest<{ Querystring: Record<string, string> }>, reply) => {
    const ctx = staffCtx(req, deps);
    return sendHtml(
      reply,
      mailPage(req.gk, await listUndelivered(ctx.db, ctx.scope), {
        flash: req.query?.ok === 'retried' ? '已重新排队发送。' : undefined,
      }),
    );
  });

  app.post('/requests/mail/:id/retry', async (req: IdReq, reply) => {
    const ctx = staffCtx(req, deps);
    try {
      await retryMail(ctx, idParam(req.params.id, '邮件'));
      return reply.redirect('/admin/requests/mail?ok=retried', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'conflict') throw err;
      return sendHtml(reply, mailPage(req.gk, await listUndelivered(ctx.db, ctx.scope), { error: err.message }), 409);
    }
  });

  app.post('/requests/new', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    const { fields, uploads } = splitUploads(req.body); // the scanned application or ID copy, when attached
    try {
      const intake = parseInput(Intake, fields);
      const input = parseInput(Application, fields);
      const r = await submitApplication(ctx, ctx.actor.agencyCode, input, intake as never, checkUploads(uploads));
      return reply.redirect(`/admin/requests/${r.id}?ok=created`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, registerPage(req.gk, { values: fields, message: err.message, fields: err.fields }), 400);
    }
  });

  const render = async (req: IdReq, o: { error?: DomainError; event?: string; whole?: boolean } = {}) => {
    const ctx = staffCtx(req, deps);
    const id = idParam(req.params.id, '申请');
    const v = await caseView(ctx, id);
    const step = (o.event ?? req.query?.step) as RequestEventType | undefined;
    const shown = step && (EVENTS as readonly string[]).includes(step) && v.allowed.includes(step) ? step : undefined;
    const agencies = shown === 'transferred' ? await listPublicAgencies(ctx.db) : [];
    const form =
      shown &&
      stepForm(shown, {
        csrf: req.gk.csrfToken,
        id,
        version: v.c.version,
        agencies,
        ownAgencyId: v.c.agency_id,
        errors: o.error?.fields,
        event: shown,
      });
    const whole = o.whole ? await revealPersonal(ctx, id) : undefined;
    const volume = volumePanel(id, await applicantVolume(ctx, v.c), v.allowed);
    return casePage(req.gk, v, {
      step: shown,
      stepForm: form,
      flash: flashOf(req.query?.ok),
      error: o.error,
      whole,
      volume,
    });
  };

  app.get('/requests/:id', async (req: IdReq, reply) => sendHtml(reply, await render(req)));

  app.post('/requests/:id/personal', async (req: IdReq, reply) => sendHtml(reply, await render(req, { whole: true })));

  app.post('/requests/:id/letters', async (req: IdReq, reply) => {
    const id = idParam(req.params.id, '申请');
    try {
      const { kind } = parseInput(z.object({ kind: z.enum(LETTER_KINDS, { error: '未知的告知书种类' }) }), req.body);
      await issueLetter(staffCtx(req, deps), id, kind);
      return reply.redirect(`/admin/requests/${id}?ok=saved`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || !RECOVERABLE.includes(err.code)) throw err;
      return sendHtml(reply, await render(req, { error: err }), err.code === 'invalid_input' ? 400 : 409);
    }
  });

  app.get(
    '/requests/:id/letters/:file',
    async (req: FastifyRequest<{ Params: { id: string; file: string } }>, reply) => {
      const m = /^([1-9]\d{0,9})\.(docx|pdf)$/.exec(req.params.file);
      if (!m) throw notFound('告知书');
      const c = await loadCase(staffCtx(req, deps), idParam(req.params.id, '申请'));
      return sendLetter(reply, await letterOf(staffCtx(req, deps), c.id, Number(m[1])), m[2] as 'docx' | 'pdf');
    },
  );

  app.get(
    '/requests/:id/attachments/:aid',
    async (req: FastifyRequest<{ Params: { id: string; aid: string } }>, reply) => {
      const { a, data } = await readAttachment(
        staffCtx(req, deps),
        idParam(req.params.id, '申请'),
        idParam(req.params.aid, '附件'),
      );
      return reply
        .type(a.mediaType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(downloadName(a.filename, a.mediaType))}`,
        )
        .header('cache-control', 'no-store')
        .send(data);
    },
  );

  app.post('/requests/:id/steps', async (req: IdReq, reply) => {
    const id = idParam(req.params.id, '申请');
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const done = await performStep(staffCtx(req, deps), id, body); // parsed there, after the permission checks
      // The letter the step needs, issued with it (its own transaction and audit record, right after the step's),
      // unless the step already issued it to mail it to the applicant.
      const letter =
        body.withLetter === 'yes' && typeof body.event === 'string'
          ? STEP_LETTERS[body.event as RequestEventType]?.(String(body.outcome ?? ''))
          : undefined;
      if (letter && letter !== done.letter) await issueLetter(staffCtx(req, deps), id, letter);
      return reply.redirect(`/admin/requests/${id}?ok=saved`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || !RECOVERABLE.includes(err.code)) throw err;
      const event = (req.body as Record<string, unknown>)?.event;
      return sendHtml(
        reply,
        await render(req, { error: err, event: typeof event === 'string' ? event : undefined }),
        err.code === 'invalid_input' ? 400 : 409,
      );
    }
  });
}
