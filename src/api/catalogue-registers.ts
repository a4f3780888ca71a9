// /api/v1/staff/catalogue/registers, standard and media: the Article 20 registers behind 表二 (entered decisions and
// fees, and the table as the annual report counts it), the 政务公开事项标准目录 as it stands (list, add an item) and the
// 政务新媒体 accounts' year-end figures — each the back office's use case.
import { z } from 'zod';
import { DecisionInput, MediaInput, year } from '../admin/catalogue/registers-routes.ts';
import { ItemInput } from '../admin/catalogue/standard-input.ts';
import { computeProactive, recordDecisions } from '../catalogue/record-decisions.ts';
import { listDecisions } from '../catalogue/register-store.ts';
import { DECISION_KINDS } from '../catalogue/registers.ts';
import { addStandardItem, recordMediaAccount } from '../catalogue/save-standard.ts';
import { listMediaAccounts, listStandardItems } from '../catalogue/standard-store.ts';
import { asStaff, type Ctx } from '../context.ts';
import { chinaToday } from '../time.ts';
import { defineRoute } from './registry.ts';

const TAG = '信息公开目录（工作人员）';
const BASE = '/api/v1/staff/catalogue';
const agencyOf = (ctx: Ctx) => asStaff(ctx).actor.agencyId;
const triple = z.object({ issued: z.number(), repealed: z.number(), inForce: z.number() });

const RegistersJson = z.object({
  year: z.number(),
  table: z
    .object({
      regulations: triple,
      normativeDocuments: triple,
      licensing: z.object({ decisions: z.number() }),
      penalties: z.object({ decisions: z.number() }),
      coercion: z.object({ decisions: z.number() }),
      fees: z.object({ amountWanYuan: z.number() }),
    })
    .describe('年度报告表二（report-schema.md tables.proactive）'),
  decisions: z.array(
    z.object({
      kind: z.enum(DECISION_KINDS),
      count: z.number(),
      amountFen: z.number().describe('金额（分）'),
      note: z.string(),
      createdAt: z.string(),
    }),
  ),
});
const StandardJson = z.object({
  items: z.array(
    z.object({
      id: z.number().optional(),
      level1: z.string(),
      level2: z.string(),
      content: z.string(),
      basis: z.string(),
      timeLimit: z.string(),
      subject: z.string(),
      channels: z.array(z.string()),
      audience: z.enum(['all', 'specific']),
      mode: z.enum(['active', 'on_request']),
      tier: z.enum(['county', 'township']),
      columnId: z.number().nullable().optional(),
    }),
  ),
});
const MediaJson = z.object({
  accounts: z.array(
    z.object({ platform: z.string(), name: z.string(), year: z.number(), followers: z.number(), posts: z.number() }),
  ),
});

async function registers(ctx: Ctx, y: number): Promise<z.infer<typeof RegistersJson>> {
  const [table, decisions] = await Promise.all([
    computeProactive(ctx, agencyOf(ctx), y),
    listDecisions(ctx.db, agencyOf(ctx), y),
  ]);
  return { year: y, table, decisions };
}
const standard = async (ctx: Ctx) => ({ items: await listStandardItems(ctx.db, agencyOf(ctx)) });
const media = async (ctx: Ctx) => ({ accounts: await listMediaAccounts(ctx.db, agencyOf(ctx)) });

export const catalogueRegisterRoutes = [
  defineRoute({
    method: 'GET',
    path: `${BASE}/registers`,
    tag: TAG,
    auth: 'staff',
    summary: '第二十条登记：某年度登记的行政许可、处罚、强制决定数和行政事业性收费，及由此计算的表二',
    query: z.object({ year: year.optional().describe('年度，默认今年') }),
    response: RegistersJson,
    handler: (ctx, { query }) => registers(ctx, query.year ?? Number(chinaToday(ctx.now).slice(0, 4))),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/registers`,
    tag: TAG,
    auth: 'staff',
    summary: '登记一项第二十条事项（单个决定或合计数；收费金额 amount 以元为单位、最多两位小数的文本）',
    body: DecisionInput,
    status: 201,
    response: RegistersJson,
    twinOf: ['POST /admin/catalogue/registers'],
    async handler(ctx, { body }) {
      const { amount, ...d } = body;
      await recordDecisions(ctx, agencyOf(ctx), { ...d, amountFen: amount });
      return registers(ctx, d.year);
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/standard`,
    tag: TAG,
    auth: 'staff',
    summary: '本机关的政务公开事项标准目录',
    response: StandardJson,
    handler: (ctx) => standard(ctx),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/standard`,
    tag: TAG,
    auth: 'staff',
    summary: '在标准目录中增加一个事项（可关联本机关的栏目）',
    body: ItemInput,
    status: 201,
    response: StandardJson,
    twinOf: ['POST /admin/catalogue/standard'],
    async handler(ctx, { body }) {
      await addStandardItem(ctx, agencyOf(ctx), body);
      return standard(ctx);
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/media`,
    tag: TAG,
    auth: 'staff',
    summary: '政务新媒体账号及各年度的关注量、发布量',
    response: MediaJson,
    handler: (ctx) => media(ctx),
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/media`,
    tag: TAG,
    auth: 'staff',
    summary: '登记一个政务新媒体账号某年度的关注量和发布量',
    body: MediaInput,
    status: 201,
    response: MediaJson,
    twinOf: ['POST /admin/catalogue/media'],
    async handler(ctx, { body }) {
      await recordMediaAccount(ctx, agencyOf(ctx), body);
      return media(ctx);
    },
  }),
];
