// My account: change my password, create and revoke personal API tokens for the JSON API.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';

import { createApiToken, revokeToken } from '../../auth/sessions.ts';
import { listApiTokens } from '../../auth/store.ts';
import { DomainError } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { SESSION_COOKIE, staffCtx } from '../../http/session.ts';
import { changeOwnPassword } from '../../staff/change-password.ts';
import { ChangePassword } from '../../staff/form.ts';
import { setStaffEmail } from '../../staff/set-email.ts';
import { findUser } from '../../staff/store.ts';
import { sendHtml } from '../layout.ts';
import { flashOf, idParam } from '../params.ts';
import { accountPage } from './views.ts';

const TokenForm = z.object({
  name: z
    .string({ error: '请填写令牌用途' })
    .trim()
    .min(1, { error: '请填写令牌用途，如“县平台对接”' })
    .max(60, { error: '用途不超过 60 个字' }),
});

export function registerAccount(app: FastifyInstance, deps: AppDeps): void {
  const render = async (req: FastifyRequest, extra: { error?: DomainError; newToken?: string } = {}) => {
    const ctx = staffCtx(req, deps);
    const tokens = await listApiTokens(ctx.db, ctx.actor.userId);
    const email = (await findUser(ctx.db, ctx.scope, ctx.actor.userId))?.email ?? null;
    return accountPage(req.gk, { tokens, email, flash: flashOf((req.query as Record<string, unknown>)?.ok), ...extra });
  };

  app.get('/account', async (req, reply) => sendHtml(reply, await render(req)));

  app.post('/account/password', async (req, reply) => {
    try {
      await changeOwnPassword(staffCtx(req, deps), parseInput(ChangePassword, req.body));
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await render(req, { error: err }), 400);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/login', 303);
  });

  app.post('/account/email', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    try {
      await setStaffEmail(ctx, ctx.actor.userId, req.body);
      return reply.redirect('/admin/account?ok=saved', 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await render(req, { error: err }), 400);
    }
  });

  app.post('/account/tokens', async (req, reply) => {
    try {
      const { name } = parseInput(TokenForm, req.body);
      const { token } = await createApiToken(staffCtx(req, deps), name);
      return sendHtml(reply, await render(req, { newToken: token }), 201);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await render(req, { error: err }), 400);
    }
  });

  app.post<{ Params: { id: string } }>('/account/tokens/:id/revoke', async (req, reply) => {
    await revokeToken(staffCtx(req, deps), idParam(req.params.id, '令牌'));
    return reply.redirect('/admin/account?ok=revoked', 303);
  });
}
