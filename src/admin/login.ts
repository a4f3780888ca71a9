// Login and logout pages. Throttled per address; accounts lock after repeated wrong passwords (auth/login.ts).
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { login } from '../auth/login.ts';
import { logout } from '../auth/sessions.ts';
import { makeCtx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { html } from '../html/html.ts';
import { csrfInput, field, flash, page } from '../http/pages.ts';
import { parseInput } from '../input.ts';
import type { AppDeps } from '../app-deps.ts';
import { cookieOptions, ctxOf, SESSION_COOKIE, type RequestAuth } from '../http/session.ts';
import { sendHtml } from './layout.ts';

const LoginForm = z.object({
  username: z
    .string({ error: '请填写登录名' })
    .trim()
    .min(1, { error: '请填写登录名' })
    .max(64, { error: '登录名过长' }),
  password: z.string({ error: '请填写密码' }).min(1, { error: '请填写密码' }).max(200, { error: '密码过长' }),
  next: z.string().max(500).optional(),
});

/** Only a path on this site may follow a login (no open redirect). */
function safeNext(next: string | undefined): string {
  return next && /^\/(?!\/)[^\\]*$/.test(next) ? next : '/admin';
}

function loginPage(
  gk: RequestAuth,
  v: { username?: string; next?: string; error?: string; fields?: Record<string, string> },
) {
  return page({
    title: '工作人员登录',
    csrf: gk.csrfToken,
    body: html`<h1>工作人员登录</h1>
${flash(v.error, 'error')}
<form class="stack" method="post" action="/login">
${csrfInput(gk.csrfToken)}
<input type="hidden" name="next" value="${v.next ?? ''}">
${field({ name: 'username', label: '登录名', value: v.username, required: true, autocomplete: 'username', error: v.fields?.username })}
${field({ name: 'password', label: '密码', type: 'password', required: true, autocomplete: 'current-password', error: v.fields?.password })}
<div><button type="submit">登录</button></div>
</form>
<p class="muted">忘记密码请联系本机关管理员重置。连续输错 5 次密码，账号将锁定 15 分钟。</p>`,
  });
}

export function registerLogin(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Querystring: { next?: string } }>('/login', (req, reply) => {
    if (req.gk.actor.kind === 'staff') return reply.redirect(safeNext(req.query.next), 303);
    return sendHtml(reply, loginPage(req.gk, { next: req.query.next }));
  });

  app.post('/login', { config: { rateLimit: { max: 20, timeWindow: '5 minutes' } } }, async (req, reply) => {
    const body = req.body as Record<string, unknown>;
    try {
      const input = parseInput(LoginForm, body);
      const ctx = makeCtx(deps, { kind: 'public', ip: req.ip });
      const { token } = await login(ctx, { ...input, previousSessionId: req.gk.sessionId });
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(deps.config, req));
      return reply.redirect(safeNext(input.next), 303);
    } catch (err) {
      if (!(err instanceof DomainError) || !['invalid_input', 'unauthenticated', 'locked'].includes(err.code))
        throw err;
      const status = err.code === 'locked' ? 423 : err.code === 'unauthenticated' ? 401 : 400;
      const v = {
        username: typeof body?.username === 'string' ? body.username : '',
        next: typeof body?.next === 'string' ? body.next : '',
      };
      return sendHtml(
        reply,
        loginPage(req.gk, { ...v, error: err.message, fields: err.fields as Record<string, string> }),
        status,
      );
    }
  });

  app.post('/logout', async (req, reply) => {
    if (req.gk.sessionId) await logout(ctxOf(req, deps), req.gk.sessionId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.redirect('/login', 303);
  });
}
