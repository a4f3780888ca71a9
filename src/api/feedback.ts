// /api/v1 routes of the 意见箱: leaving feedback (public, rate-limited like the portal form) and tracking it by code;
// the staff inbox (cursor, ?status=), one item, the answer and the moderator's decision to show it publicly.
import { z } from 'zod';
import { findPublicAgency } from '../agencies/store.ts';
import { AGENCY_CODE } from '../agencies/kinds.ts';
import { staffActor } from '../auth/actor.ts';
import { can } from '../auth/authorize.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { withContact } from '../feedback/contact.ts';
import { FeedbackForm, ReplyForm, TrackForm } from '../feedback/form.ts';
import { publishFeedback, replyToFeedback } from '../feedback/reply.ts';
import { FEEDBACK_STATE_LABELS, FEEDBACK_STATES } from '../feedback/rules.ts';
import { findByCode, findFeedback, pageFeedback } from '../feedback/store.ts';
import { codeHash, submitFeedback } from '../feedback/submit.ts';
import { decodeCursor, ListQuery, listJson, pageOf } from './cursor.ts';
import { IdParams } from './params.ts';
import { defineRoute } from './registry.ts';

const CodeParams = z.object({ code: z.string().regex(AGENCY_CODE, { error: '机关代码格式不正确' }) });
const FeedbackJson = z.object({
  id: z.number(),
  subject: z.string(),
  body: z.string(),
  name: z.string().nullable().describe('留言人姓名；无答复权限时已遮蔽'),
  contact: z.string().nullable().describe('联系方式；无答复权限时已遮蔽'),
  wantsPublic: z.boolean(),
  status: z.enum(FEEDBACK_STATES),
  statusLabel: z.string(),
  receivedOn: z.string(),
  replyDue: z.string(),
  reply: z.string().nullable(),
  repliedAt: z.string().nullable(),
  published: z.boolean(),
  version: z.number(),
});
type Item = Parameters<typeof withContact>[1];

function present(ctx: Ctx, f: Item, whole: boolean): z.infer<typeof FeedbackJson> {
  const { agencyId: _a, nameSealed: _n, contactSealed: _c, ...v } = withContact(ctx.config, f, whole);
  return { ...v, statusLabel: FEEDBACK_STATE_LABELS[v.status] };
}

async function staffItem(ctx: Ctx, id: number) {
  const f = await findFeedback(ctx.db, ctx.writeScope, id);
  if (!f) throw notFound('留言');
  return present(ctx, f, can(ctx.actor, 'feedback.handle').allowed);
}

export const feedbackRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/v1/agencies/{code}/feedback',
    tag: '意见箱',
    auth: 'public',
    summary:
      '留言（无需登录，可匿名）：key 为客户端生成的一次性键（16–64 位字母、数字、- 或 _），重复提交同一 key 得到同一查询码；wantsPublic 为 "yes" 表示同意答复后公开',
    params: CodeParams,
    body: FeedbackForm,
    status: 201,
    response: z.object({
      code: z.string().describe('查询码，凭它查看答复'),
      replyDue: z.string(),
      duplicate: z.boolean().describe('同一 key 已提交过'),
    }),
    rateLimit: { max: 5, timeWindow: '10 minutes' },
    async handler(ctx, { params, body }) {
      return submitFeedback(ctx, params.code, body);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/agencies/{code}/feedback/track',
    tag: '意见箱',
    auth: 'public',
    summary: '凭查询码查看留言的办理情况和答复（POST，查询码不进入地址和日志）',
    params: CodeParams,
    body: TrackForm,
    response: z.object({
      subject: z.string(),
      status: z.enum(FEEDBACK_STATES),
      statusLabel: z.string(),
      receivedOn: z.string(),
      replyDue: z.string(),
      reply: z.string().nullable(),
      repliedAt: z.string().nullable(),
    }),
    rateLimit: { max: 20, timeWindow: '10 minutes' },
    async handler(ctx, { params, body }) {
      const agency = await findPublicAgency(ctx.db, params.code);
      const f = agency && (await findByCode(ctx.db, agency.id, codeHash(body.code)));
      if (!f) throw notFound('留言');
      const { subject, status, receivedOn, replyDue, reply, repliedAt } = f;
      return { subject, status, statusLabel: FEEDBACK_STATE_LABELS[status], receivedOn, replyDue, reply, repliedAt };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/feedback',
    tag: '意见箱',
    auth: 'staff',
    summary: '本机关收到的留言：未答复的在前，按答复期限先后；status 只列 received（待答复）或 replied（已答复）',
    query: ListQuery.extend({
      status: z.enum(FEEDBACK_STATES, { error: 'status 应为 received 或 replied' }).optional(),
    }),
    response: listJson(FeedbackJson),
    async handler(ctx, { query }) {
      const after = decodeCursor(query.cursor, ['s', 's', 'n']) as [string, string, number] | undefined;
      const rows = await pageFeedback(ctx.db, ctx.scope, staffActor(ctx.actor).agencyId, {
        status: query.status,
        after,
        limit: query.limit + 1,
      });
      const page = pageOf(rows, query.limit, (f) => [f.status, f.replyDue, f.id]);
      return { items: page.items.map((f) => present(ctx, f, false)), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/feedback/{id}',
    tag: '意见箱',
    auth: 'staff',
    summary: '一条留言；有答复权限的工作人员看到完整的姓名和联系方式',
    params: IdParams,
    response: FeedbackJson,
    async handler(ctx, { params }) {
      return staffItem(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/feedback/{id}/reply',
    tag: '意见箱',
    auth: 'staff',
    summary: '答复留言（reply；须带 version）',
    params: IdParams,
    body: ReplyForm,
    response: FeedbackJson,
    twinOf: ['POST /admin/feedback/:id/reply'],
    async handler(ctx, { params, body }) {
      await replyToFeedback(ctx, params.id, body);
      return staffItem(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/feedback/{id}/publish',
    tag: '意见箱',
    auth: 'staff',
    summary: '公开展示（publish: true，须留言人同意且已答复）或撤下（false）',
    params: IdParams,
    body: z.object({ publish: z.boolean({ error: 'publish 应为 true（公开）或 false（撤下）' }) }),
    response: FeedbackJson,
    twinOf: ['POST /admin/feedback/:id/publish'],
    async handler(ctx, { params, body }) {
      await publishFeedback(ctx, params.id, body.publish);
      return staffItem(ctx, params.id);
    },
  }),
];
