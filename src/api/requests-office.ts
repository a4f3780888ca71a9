// /api/v1/staff: the clerk's desk beside the cases — mail to applicants that did not go out (and sending it again),
// and the notices of due dates a calendar change moved (and acknowledging them), as on the back office's pages.
import { z } from 'zod';
import { retryMail } from '../outbox/retry-mail.ts';
import { listUndelivered } from '../outbox/store.ts';
import { maskText } from '../privacy/mask.ts';
import { acknowledgeNotice } from '../requests/acknowledge-notice.ts';
import { listDeadlineNotices } from '../requests/notice-store.ts';
import { IdParams } from './params.ts';
import { defineRoute } from './registry.ts';

const TAG = '依申请公开';
const MailJson = z.object({
  id: z.number(),
  recipient: z.string().describe('收件地址（已遮蔽）'),
  subject: z.string(),
  state: z.string(),
  attempts: z.number(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
});

export const requestOfficeRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/staff/mail',
    tag: TAG,
    auth: 'staff',
    summary: '未能发出的邮件：最终发送失败的，和失败后正在重试的（最近 200 封，地址已遮蔽）',
    response: z.object({ items: z.array(MailJson) }),
    async handler(ctx) {
      const rows = await listUndelivered(ctx.db, ctx.scope);
      return {
        items: rows.map((m) => ({
          id: m.id,
          recipient: maskText(m.recipient),
          subject: m.subject,
          state: m.state,
          attempts: m.attempts,
          lastError: m.lastError,
          createdAt: m.createdAt,
        })),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/staff/mail/{id}/retry',
    tag: TAG,
    auth: 'staff',
    summary: '重新发送一封发送失败的邮件（不是“发送失败”状态时 409）',
    params: IdParams,
    response: z.object({ id: z.number(), queued: z.literal(true) }),
    twinOf: ['POST /admin/requests/mail/:id/retry'],
    async handler(ctx, { params }) {
      await retryMail(ctx, params.id);
      return { id: params.id, queued: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/staff/deadline-notices',
    tag: TAG,
    auth: 'staff',
    summary: '放假安排变化后答复期限被调整、承办人尚未确认的申请',
    response: z.object({
      items: z.array(
        z.object({
          id: z.number(),
          number: z.string(),
          year: z.number(),
          oldDue: z.string().nullable(),
          newDue: z.string().nullable(),
        }),
      ),
    }),
    async handler(ctx) {
      return {
        items: (await listDeadlineNotices(ctx.db, ctx.scope)).map(({ requestId: _r, ...n }) => n),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/staff/deadline-notices/{id}/seen',
    tag: TAG,
    auth: 'staff',
    summary: '确认已知悉答复期限的调整',
    params: IdParams,
    response: z.object({ id: z.number(), seen: z.literal(true) }),
    twinOf: ['POST /admin/deadline-notices/:id/seen'],
    async handler(ctx, { params }) {
      await acknowledgeNotice(ctx, params.id);
      return { id: params.id, seen: true as const };
    },
  }),
];
