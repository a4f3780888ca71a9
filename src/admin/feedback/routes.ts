// The agency's feedback inbox: what is due, answering, and moderating what is shown publicly.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';

import { can } from '../../auth/authorize.ts';
import { DomainError, notFound } from '../../errors.ts';
import { ReplyForm } from '../../feedback/form.ts';
import { publishFeedback, replyToFeedback } from '../../feedback/reply.ts';
import { withContact } from '../../feedback/contact.ts';
import { findFeedback, listFeedback } from '../../feedback/store.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { chinaToday } from '../../time.ts';
import { sendHtml } from '../layout.ts';
import { flashOf, idParam } from '../params.ts';
import { feedbackDetailPage, feedbackListPage } from './views.ts';

type IdReq = FastifyRequest<{ Params: { id: string } }>;

export function registerFeedbackAdmin(app: FastifyInstance, deps: AppDeps): void {
  app.get('/feedback', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    const items = (await listFeedback(ctx.db, ctx.scope, ctx.actor.agencyId)).map((f) =>
      withContact(ctx.config, f, false),
    );
    return sendHtml(reply, feedbackListPage(req.gk, { items, today: chinaToday(ctx.now) }));
  });

  const detail = async (req: IdReq, error?: DomainError) => {
    const ctx = staffCtx(req, deps);
    const item = await findFeedback(ctx.db, ctx.writeScope, idParam(req.params.id, '留言'));
    if (!item) throw notFound('留言');
    const canReply = can(ctx.actor, 'feedback.handle').allowed;
    return feedbackDetailPage(req.gk, {
      item: withContact(ctx.config, item, canReply),
      error,
      flash: flashOf((req.query as Record<string, unknown>)?.ok),
      canReply,
      canModerate: can(ctx.actor, 'feedback.moderate').allowed,
    });
  };

  app.get('/feedback/:id', async (req: IdReq, reply) => sendHtml(reply, await detail(req)));

  app.post('/feedback/:id/reply', async (req: IdReq, reply) => {
    const id = idParam(req.params.id, '留言');
    try {
      await replyToFeedback(staffCtx(req, deps), id, parseInput(ReplyForm, req.body));
    } catch (err) {
      if (!(err instanceof DomainError) || (err.code !== 'invalid_input' && err.code !== 'stale')) throw err;
      return sendHtml(reply, await detail(req, err), err.code === 'stale' ? 409 : 400);
    }
    return reply.redirect(`/admin/feedback/${id}?ok=saved`, 303);
  });

  app.post('/feedback/:id/publish', async (req: IdReq, reply) => {
    const id = idParam(req.params.id, '留言');
    const { publish } = parseInput(
      z.object({ publish: z.enum(['yes', 'no'], { error: '请选择公开或撤下' }) }),
      req.body,
    );
    try {
      await publishFeedback(staffCtx(req, deps), id, publish === 'yes');
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'illegal_transition') throw err;
      return sendHtml(reply, await detail(req, err), 409);
    }
    return reply.redirect(`/admin/feedback/${id}?ok=saved`, 303);
  });
}
