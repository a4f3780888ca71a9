// /api/v1/audit: the audit log of the caller's agencies, newest first.
import { z } from 'zod';
import { listAudit } from '../audit/store.ts';
import { authorize, can } from '../auth/authorize.ts';
import { defineRoute } from './registry.ts';

export const auditRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/audit',
    tag: '审计',
    auth: 'staff',
    summary: '审计日志（本机关；监督人员含下级），按序号倒序分页',
    query: z.object({
      before: z.coerce
        .number({ error: 'before 须为正整数' })
        .int({ error: 'before 须为正整数' })
        .positive({ error: 'before 须为正整数' })
        .optional(),
      limit: z.coerce
        .number({ error: 'limit 须为 1–500 的整数' })
        .int({ error: 'limit 须为 1–500 的整数' })
        .min(1, { error: 'limit 须为 1–500 的整数' })
        .max(500, { error: 'limit 须为 1–500 的整数' })
        .default(100),
    }),
    response: z.object({
      entries: z.array(
        z.object({
          seq: z.number(),
          at: z.string(),
          actor: z.string(),
          action: z.string(),
          objectType: z.string(),
          objectId: z.string().nullable(),
          summary: z.unknown(),
        }),
      ),
    }),
    async handler(ctx, { query }) {
      authorize(can(ctx.actor, 'audit.read'));
      return { entries: await listAudit(ctx, { beforeSeq: query.before, limit: query.limit }) };
    },
  }),
];
