// /api/v1/me and /api/v1/users/{id}: one's own password and API tokens, and an administrator's management of a staff
// account of their agency (roles, unlock, password change required, disable, enable) — the back office's use cases.
import { z } from 'zod';
import { createApiToken, revokeToken } from '../auth/sessions.ts';
import { listApiTokens } from '../auth/store.ts';
import { authorize, can } from '../auth/authorize.ts';
import { staffActor } from '../auth/actor.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { changeOwnPassword } from '../staff/change-password.ts';
import { ChangePassword, Roles } from '../staff/form.ts';
import { changeRoles, requirePasswordChange, setUserDisabled, unlockUser } from '../staff/manage-user.ts';
import { findUser } from '../staff/store.ts';
import { IdParams } from './params.ts';
import { presentUser, UserJson } from './present.ts';
import { defineRoute } from './registry.ts';

const TokenJson = z.object({
  id: z.number(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

async function tokens(ctx: Ctx) {
  return {
    tokens: (await listApiTokens(ctx.db, staffActor(ctx.actor).userId)).map((t) => ({
      id: Number(t.id),
      name: t.name,
      prefix: t.prefix,
      createdAt: t.created_at,
      lastUsedAt: t.last_used_at,
      revokedAt: t.revoked_at,
    })),
  };
}

async function user(ctx: Ctx, id: number) {
  const u = await findUser(ctx.db, ctx.writeScope, id);
  if (!u) throw notFound('用户');
  authorize(can(ctx.actor, 'user.manage'));
  return presentUser(u, ctx.now);
}

/** An administrator's action on one account: the use case, then the account as it now stands. */
const manage = (segment: string, summary: string, twin: string, run: (ctx: Ctx, id: number) => Promise<void>) =>
  defineRoute({
    method: 'POST',
    path: `/api/v1/users/{id}/${segment}`,
    tag: '人员',
    auth: 'staff',
    summary,
    params: IdParams,
    response: UserJson,
    twinOf: [twin],
    async handler(ctx, { params }) {
      await run(ctx, params.id);
      return user(ctx, params.id);
    },
  });

export const accountRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/me/tokens',
    tag: '账号',
    auth: 'staff',
    summary: '我的 API 令牌（只显示前缀）',
    response: z.object({ tokens: z.array(TokenJson) }),
    async handler(ctx) {
      return tokens(ctx);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/me/tokens',
    tag: '账号',
    auth: 'staff',
    summary: '生成一个 API 令牌（name 写明用途）；令牌只在此时返回一次',
    body: z.object({
      name: z
        .string({ error: '请填写令牌用途' })
        .trim()
        .min(1, { error: '请填写令牌用途，如“县平台对接”' })
        .max(60, { error: '用途不超过 60 个字' }),
    }),
    status: 201,
    response: z.object({ id: z.number(), token: z.string() }),
    twinOf: ['POST /admin/account/tokens'],
    async handler(ctx, { body }) {
      return createApiToken(ctx, body.name);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/me/tokens/{id}/revoke',
    tag: '账号',
    auth: 'staff',
    summary: '撤销我的一个 API 令牌',
    params: IdParams,
    response: z.object({ tokens: z.array(TokenJson) }),
    twinOf: ['POST /admin/account/tokens/:id/revoke'],
    async handler(ctx, { params }) {
      await revokeToken(ctx, params.id);
      return tokens(ctx);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/me/password',
    tag: '账号',
    auth: 'staff',
    summary: '修改我的密码（current、next、confirm）；修改后其他会话退出',
    body: ChangePassword,
    response: z.object({ changed: z.literal(true) }),
    twinOf: ['POST /admin/account/password'],
    async handler(ctx, { body }) {
      await changeOwnPassword(ctx, body);
      return { changed: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/users/{id}',
    tag: '人员',
    auth: 'staff',
    summary: '本机关的一个工作人员账号（管理员）',
    params: IdParams,
    response: UserJson,
    async handler(ctx, { params }) {
      return user(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/users/{id}/roles',
    tag: '人员',
    auth: 'staff',
    summary: '设置账号的角色（roles：角色列表）',
    params: IdParams,
    body: z.object({ roles: Roles }),
    response: UserJson,
    twinOf: ['POST /admin/users/:id/roles'],
    async handler(ctx, { params, body }) {
      await changeRoles(ctx, params.id, body.roles);
      return user(ctx, params.id);
    },
  }),
  manage('unlock', '解除因多次登录失败造成的锁定', 'POST /admin/users/:id/unlock', unlockUser),
  manage(
    'require-password-change',
    '要求该用户下次登录时修改密码',
    'POST /admin/users/:id/require-password-change',
    requirePasswordChange,
  ),
  manage('disable', '停用账号（其会话和令牌随即失效）', 'POST /admin/users/:id/disable', (ctx, id) =>
    setUserDisabled(ctx, id, true),
  ),
  manage('enable', '重新启用账号', 'POST /admin/users/:id/enable', (ctx, id) => setUserDisabled(ctx, id, false)),
];
