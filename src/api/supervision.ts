// /api/v1/supervision: the agency's trainings (条例第四十八条), accountability decisions (第四十六条) and 工作机制
// (responsibilities, rules in force) — lists and recording, the back office's use cases.
import { z } from 'zod';
import { staffActor } from '../auth/actor.ts';
import type { Ctx } from '../context.ts';
import { AccountabilityForm, ResponsibilityForm, RuleForm, TrainingForm } from '../supervision/form.ts';
import { recordAccountability, recordTraining } from '../supervision/record.ts';
import {
  DUTIES,
  listAccountability,
  listResponsibilities,
  listRuleDocuments,
  listTrainings,
} from '../supervision/store.ts';
import { adoptRule, assignResponsibility } from '../supervision/work.ts';
import { ListQuery, listJson } from './cursor.ts';
import { YearQuery } from './params.ts';
import { defineRoute } from './registry.ts';
import { pageWhole } from './small-lists.ts';

const TAG = '监督保障';
const TrainingJson = z.object({
  id: z.number(),
  heldOn: z.string(),
  topic: z.string(),
  organiser: z.string(),
  attendees: z.number().nullable(),
  attendeeUnits: z.string(),
});
const AccountabilityJson = z.object({
  id: z.number(),
  decidedOn: z.string(),
  person: z.string(),
  matter: z.string(),
  outcome: z.string(),
});
const MechanismJson = z.object({
  people: z.array(
    z.object({
      id: z.number(),
      duty: z.enum(DUTIES),
      person: z.string(),
      post: z.string(),
      since: z.string(),
      until: z.string().nullable(),
    }),
  ),
  rules: z.array(
    z.object({
      id: z.number(),
      series: z.string(),
      version: z.number(),
      title: z.string(),
      docNumber: z.string().nullable(),
      adoptedOn: z.string(),
      summary: z.string(),
    }),
  ),
});
const YearList = ListQuery.extend({ year: YearQuery.optional() });
const own = (ctx: Ctx) => staffActor(ctx.actor).agencyId;
const strip = <T extends { agencyId: number }>({ agencyId: _a, ...v }: T) => v;

async function mechanism(ctx: Ctx) {
  return {
    people: await listResponsibilities(ctx.db, ctx.scope, own(ctx)),
    rules: await listRuleDocuments(ctx.db, ctx.scope, own(ctx)),
  };
}

export const supervisionRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/supervision/trainings',
    tag: TAG,
    auth: 'staff',
    summary: '本机关举办的政府信息公开培训（按日期从新到旧）；year 只列该年度',
    query: YearList,
    response: listJson(TrainingJson),
    async handler(ctx, { query }) {
      const rows = (await listTrainings(ctx.db, ctx.scope, own(ctx), query.year)).map(strip);
      return pageWhole(rows, query, (t) => [t.heldOn, t.id], 'desc');
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/supervision/trainings',
    tag: TAG,
    auth: 'staff',
    summary: '记录一次已举办的培训（heldOn、topic、organiser、attendeeUnits，attendees 可不填）',
    body: TrainingForm,
    status: 201,
    response: TrainingJson,
    twinOf: ['POST /admin/supervision/training'],
    async handler(ctx, { body }) {
      const id = await recordTraining(ctx, body);
      return strip((await listTrainings(ctx.db, ctx.scope, own(ctx))).find((t) => t.id === id)!);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/supervision/accountability',
    tag: TAG,
    auth: 'staff',
    summary: '本机关的责任追究决定（仅工作人员可见；按日期从新到旧）；year 只列该年度',
    query: YearList,
    response: listJson(AccountabilityJson),
    async handler(ctx, { query }) {
      const rows = (await listAccountability(ctx.db, ctx.scope, own(ctx), query.year)).map(strip);
      return pageWhole(rows, query, (a) => [a.decidedOn, a.id], 'desc');
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/supervision/accountability',
    tag: TAG,
    auth: 'staff',
    summary: '记录一项责任追究决定（decidedOn、person、matter、outcome）',
    body: AccountabilityForm,
    status: 201,
    response: AccountabilityJson,
    twinOf: ['POST /admin/supervision/accountability'],
    async handler(ctx, { body }) {
      const id = await recordAccountability(ctx, body);
      return strip((await listAccountability(ctx.db, ctx.scope, own(ctx))).find((a) => a.id === id)!);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/supervision/mechanism',
    tag: TAG,
    auth: 'staff',
    summary: '工作机制：分管负责人、工作机构、联络人的任职记录，以及现行制度',
    response: MechanismJson,
    async handler(ctx) {
      return mechanism(ctx);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/supervision/mechanism/people',
    tag: TAG,
    auth: 'staff',
    summary: '记录某项职责的任职人员（duty、person、post、since；同一职责的前任自 since 起卸任）',
    body: ResponsibilityForm,
    status: 201,
    response: MechanismJson,
    twinOf: ['POST /admin/supervision/mechanism/people'],
    async handler(ctx, { body }) {
      await assignResponsibility(ctx, body);
      return mechanism(ctx);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/supervision/mechanism/rules',
    tag: TAG,
    auth: 'staff',
    summary: '记录一项制度（title、adoptedOn、summary；series 相同的为同一制度的新版本）',
    body: RuleForm,
    status: 201,
    response: MechanismJson,
    twinOf: ['POST /admin/supervision/mechanism/rules'],
    async handler(ctx, { body }) {
      await adoptRule(ctx, body);
      return mechanism(ctx);
    },
  }),
];
