// 工作机制, 工作考核 and 重点工作任务 pages of one's own agency. Reading: any staff; recording: head or administrator.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

import { can } from '../../auth/authorize.ts';
import { DomainError, notFound } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { Html } from '../../html/html.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import {
  CompleteTaskForm,
  KeyTaskForm,
  ResponsibilityForm,
  ResultForm,
  RoundForm,
  RuleForm,
} from '../../supervision/form.ts';
import * as store from '../../supervision/store.ts';
import { unitFigures } from '../../supervision/unit-figures.ts';
import {
  addKeyTask,
  adoptRule,
  assignResponsibility,
  completeKeyTask,
  openAssessment,
  scoreAssessedUnit,
} from '../../supervision/work.ts';
import { chinaToday } from '../../time.ts';
import { sendHtml } from '../layout.ts';
import { flashOf, idParam } from '../params.ts';
import { mechanismPage, roundPage, roundsPage, tasksPage, type FormState } from './work-views.ts';

type Page = (req: FastifyRequest, state: FormState) => Promise<Html>;

/** POST → use case → redirect; on invalid input the page is shown again with the messages beside the form. */
function post<S extends z.ZodType>(
  app: FastifyInstance,
  url: string,
  form: string,
  schema: S,
  page: Page,
  run: (req: FastifyRequest, input: z.output<S>) => Promise<string>,
) {
  app.post(url, async (req, reply: FastifyReply) => {
    try {
      return reply.redirect(await run(req, parseInput(schema, req.body)), 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await page(req, { form, error: err, values: req.body as Record<string, unknown> }), 400);
    }
  });
}

export function registerSupervisionWork(app: FastifyInstance, deps: AppDeps): void {
  const base = (req: FastifyRequest) => {
    const ctx = staffCtx(req, deps);
    return { ctx, agencyId: ctx.actor.agencyId, canRecord: can(ctx.actor, 'supervision.record').allowed };
  };
  const mechanism: Page = async (req, state) => {
    const { ctx, agencyId, canRecord } = base(req);
    return mechanismPage(req.gk, {
      people: await store.listResponsibilities(ctx.db, ctx.scope, agencyId),
      rules: await store.listRuleDocuments(ctx.db, ctx.scope, agencyId),
      canRecord,
      state,
    });
  };
  const rounds: Page = async (req, state) => {
    const { ctx, agencyId, canRecord } = base(req);
    return roundsPage(req.gk, { rounds: await store.listRounds(ctx.db, ctx.scope, agencyId), canRecord, state });
  };
  const round: Page = async (req, state) => {
    const { ctx, canRecord } = base(req);
    const r = await store.findRound(ctx.db, ctx.writeScope, idParam((req.params as { id: string }).id, '考核'));
    if (!r) throw notFound('考核');
    return roundPage(req.gk, {
      round: r,
      results: await store.listResults(ctx.db, r.id),
      figures: await unitFigures(ctx, r.agencyId),
      canRecord,
      state,
    });
  };
  const tasks: Page = async (req, state) => {
    const { ctx, agencyId, canRecord } = base(req);
    return tasksPage(req.gk, {
      tasks: await store.listKeyTasks(ctx.db, ctx.scope, agencyId),
      today: chinaToday(ctx.now),
      canRecord,
      state,
    });
  };

  const flash = (req: FastifyRequest) => ({ flash: flashOf((req.query as Record<string, unknown>)?.ok) });
  app.get('/supervision/mechanism', async (req, reply) => sendHtml(reply, await mechanism(req, flash(req))));
  app.get('/supervision/assessments', async (req, reply) => sendHtml(reply, await rounds(req, flash(req))));
  app.get('/supervision/assessments/:id', async (req, reply) => sendHtml(reply, await round(req, flash(req))));
  app.get('/supervision/tasks', async (req, reply) => sendHtml(reply, await tasks(req, flash(req))));

  post(app, '/supervision/mechanism/people', 'people', ResponsibilityForm, mechanism, async (req, input) => {
    await assignResponsibility(staffCtx(req, deps), input);
    return '/admin/supervision/mechanism?ok=saved';
  });
  post(app, '/supervision/mechanism/rules', 'rules', RuleForm, mechanism, async (req, input) => {
    await adoptRule(staffCtx(req, deps), input);
    return '/admin/supervision/mechanism?ok=saved';
  });
  post(
    app,
    '/supervision/assessments',
    'round',
    RoundForm,
    rounds,
    async (req, input) =>
      `/admin/supervision/assessments/${await openAssessment(staffCtx(req, deps), input)}?ok=created`,
  );
  post(app, '/supervision/assessments/:id/results', 'result', ResultForm, round, async (req, input) => {
    const id = idParam((req.params as { id: string }).id, '考核');
    await scoreAssessedUnit(staffCtx(req, deps), id, input);
    return `/admin/supervision/assessments/${id}?ok=saved`;
  });
  post(app, '/supervision/tasks', 'task', KeyTaskForm, tasks, async (req, input) => {
    await addKeyTask(staffCtx(req, deps), input);
    return '/admin/supervision/tasks?ok=created';
  });
  post(app, '/supervision/tasks/:id/done', 'done', CompleteTaskForm, tasks, async (req, input) => {
    await completeKeyTask(staffCtx(req, deps), idParam((req.params as { id: string }).id, '任务'), input);
    return '/admin/supervision/tasks?ok=saved';
  });
}
