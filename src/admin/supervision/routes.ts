// Supervision records of one's own agency: trainings held and accountability decisions (private to staff).
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { can } from '../../auth/authorize.ts';
import { DomainError } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { AccountabilityForm, TrainingForm } from '../../supervision/form.ts';
import { recordAccountability, recordTraining } from '../../supervision/record.ts';
import { listAccountability, listTrainings } from '../../supervision/store.ts';
import { sendHtml } from '../layout.ts';
import { flashOf } from '../params.ts';
import { supervisionPage } from './views.ts';

export function registerSupervision(app: FastifyInstance, deps: AppDeps): void {
  const render = async (
    req: FastifyRequest,
    extra: { error?: DomainError; form?: 'training' | 'accountability'; values?: Record<string, unknown> } = {},
  ) => {
    const ctx = staffCtx(req, deps);
    const agencyId = ctx.actor.agencyId;
    return supervisionPage(req.gk, {
      trainings: await listTrainings(ctx.db, ctx.scope, agencyId),
      accountability: await listAccountability(ctx.db, ctx.scope, agencyId),
      canRecord: can(ctx.actor, 'supervision.record').allowed,
      flash: flashOf((req.query as Record<string, unknown>)?.ok),
      ...extra,
    });
  };

  app.get('/supervision', async (req, reply) => sendHtml(reply, await render(req)));

  for (const kind of ['training', 'accountability'] as const) {
    app.post(`/supervision/${kind}`, async (req, reply) => {
      const ctx = staffCtx(req, deps);
      try {
        if (kind === 'training') await recordTraining(ctx, parseInput(TrainingForm, req.body));
        else await recordAccountability(ctx, parseInput(AccountabilityForm, req.body));
      } catch (err) {
        if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
        return sendHtml(
          reply,
          await render(req, { error: err, form: kind, values: req.body as Record<string, unknown> }),
          400,
        );
      }
      return reply.redirect('/admin/supervision?ok=created', 303);
    });
  }
}
