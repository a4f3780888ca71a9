// /api/v1/supervision: 工作考核 (assessment rounds of the units below, each unit's scores beside the figures gongkai keeps
// of it) and 重点工作任务 (key tasks, their due and done dates) — lists, one round, and recording, as the back office.
import { z } from 'zod';
import { staffActor } from '../auth/actor.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { KEY_TASK_LABELS, keyTaskStatus } from '../supervision/assessment.ts';
import { CompleteTaskForm, KeyTaskForm, ResultForm, RoundForm } from '../supervision/form.ts';
import { findKeyTask, findRound, type KeyTask, listKeyTasks, listResults, listRounds } from '../supervision/store.ts';
import { unitFigures } from '../supervision/unit-figures.ts';
import { addKeyTask, completeKeyTask, openAssessment, scoreAssessedUnit } from '../supervision/work.ts';
import { chinaToday } from '../time.ts';
import { ListQuery, listJson } from './cursor.ts';
import { IdParams, YearQuery } from './params.ts';
import { defineRoute } from './registry.ts';
import { pageWhole } from './small-lists.ts';

const TAG = '监督保障';
const RoundJson = z.object({
  id: z.number(),
  year: z.number(),
  title: z.string(),
  useAnnual: z.boolean(),
  useAwards: z.boolean(),
  items: z.array(z.object({ name: z.string(), points: z.number() })),
});
const RoundDetail = RoundJson.extend({
  results: z.array(
    z.object({ unit: z.string(), scores: z.array(z.number()), total: z.number(), note: z.string().nullable() }),
  ),
  figures: z
    .array(
      z.object({
        code: z.string(),
        name: z.string(),
        columns: z.number(),
        stale: z.number(),
        empty: z.number(),
        veto: z.array(z.string()),
        overdue: z.number(),
        dueSoon: z.number(),
      }),
    )
    .describe('各被考核单位在平台上的栏目更新和申请办理数字'),
});
const TaskJson = z.object({
  id: z.number(),
  year: z.number(),
  source: z.string(),
  task: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  note: z.string().nullable(),
  status: z.enum(Object.keys(KEY_TASK_LABELS) as [keyof typeof KEY_TASK_LABELS]),
  statusLabel: z.string(),
});

async function round(ctx: Ctx, id: number): Promise<z.infer<typeof RoundDetail>> {
  const r = await findRound(ctx.db, ctx.writeScope, id);
  if (!r) throw notFound('考核');
  const { agencyId, ...v } = r;
  return { ...v, results: await listResults(ctx.db, r.id), figures: await unitFigures(ctx, agencyId) };
}

function presentTask(ctx: Ctx, { agencyId: _a, ...t }: KeyTask): z.infer<typeof TaskJson> {
  const status = keyTaskStatus(t, chinaToday(ctx.now));
  return { ...t, status, statusLabel: KEY_TASK_LABELS[status] };
}

async function task(ctx: Ctx, id: number) {
  const t = await findKeyTask(ctx.db, ctx.writeScope, id);
  if (!t) throw notFound('任务');
  return presentTask(ctx, t);
}

export const supervisionWorkRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/supervision/assessments',
    tag: TAG,
    auth: 'staff',
    summary: '本机关组织的工作考核（按年度从新到旧），含已评分单位数',
    query: ListQuery,
    response: listJson(RoundJson.extend({ units: z.number() })),
    async handler(ctx, { query }) {
      const rows = (await listRounds(ctx.db, ctx.scope, staffActor(ctx.actor).agencyId)).map(
        ({ agencyId: _a, ...r }) => r,
      );
      return pageWhole(rows, query, (r) => [r.year, r.id], 'desc', 'n');
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/supervision/assessments',
    tag: TAG,
    auth: 'staff',
    summary:
      '开展一次考核：year、title、items（每行“项目 分值”）、useAnnual / useAwards 为 "yes" 时结果用于年度考核或评优',
    body: RoundForm,
    status: 201,
    response: RoundDetail,
    twinOf: ['POST /admin/supervision/assessments'],
    async handler(ctx, { body }) {
      return round(ctx, await openAssessment(ctx, body));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/supervision/assessments/{id}',
    tag: TAG,
    auth: 'staff',
    summary: '一次考核：考核项目、各单位得分，以及平台掌握的各单位栏目和办理数字',
    params: IdParams,
    response: RoundDetail,
    async handler(ctx, { params }) {
      return round(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/supervision/assessments/{id}/results',
    tag: TAG,
    auth: 'staff',
    summary: '为一个被考核单位逐项打分（unit、scores 按考核项目顺序、note；再次提交替换该单位的得分）',
    params: IdParams,
    body: ResultForm,
    response: RoundDetail,
    twinOf: ['POST /admin/supervision/assessments/:id/results'],
    async handler(ctx, { params, body }) {
      await scoreAssessedUnit(ctx, params.id, body);
      return round(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/supervision/tasks',
    tag: TAG,
    auth: 'staff',
    summary: '重点工作任务（按完成期限先后），含推进状态；year 只列该年度',
    query: ListQuery.extend({ year: YearQuery.optional() }),
    response: listJson(TaskJson),
    async handler(ctx, { query }) {
      const rows = await listKeyTasks(ctx.db, ctx.scope, staffActor(ctx.actor).agencyId, query.year);
      return pageWhole(
        rows.map((t) => presentTask(ctx, t)),
        query,
        (t) => [t.dueOn, t.id],
        'asc',
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/supervision/tasks',
    tag: TAG,
    auth: 'staff',
    summary: '登记一项重点工作任务（year、source、task、owner、dueOn）',
    body: KeyTaskForm,
    status: 201,
    response: TaskJson,
    twinOf: ['POST /admin/supervision/tasks'],
    async handler(ctx, { body }) {
      return task(ctx, await addKeyTask(ctx, body));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/supervision/tasks/{id}/done',
    tag: TAG,
    auth: 'staff',
    summary: '记录任务完成（doneOn、note）',
    params: IdParams,
    body: CompleteTaskForm,
    response: TaskJson,
    twinOf: ['POST /admin/supervision/tasks/:id/done'],
    async handler(ctx, { params, body }) {
      await completeKeyTask(ctx, params.id, body);
      return task(ctx, params.id);
    },
  }),
];
