// Per request: who is acting (session cookie or API token), the CSRF token for forms, and the CSRF check on writes.
import type {} from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../auth/actor.ts';
import { hmac, randomToken, safeEqual } from '../auth/secrets.ts';
import { resolveApiToken, resolveSession } from '../auth/sessions.ts';
import type { Config } from '../config.ts';
import { asStaff, makeCtx, type Ctx, type StaffCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { DomainError } from '../errors.ts';

export const SESSION_COOKIE = 'gk_session';
const ANON_COOKIE = 'gk_csrf';

export type RequestAuth = {
  actor: Actor;
  sessionId?: string;
  via: 'session' | 'token' | 'none';
  csrfToken: string;
  /** An administrator requires this staff member to change their password first. */
  mustChangePassword?: boolean;
};

declare module 'fastify' {
  interface FastifyRequest {
    gk: RequestAuth;
  }
}

export function cookieOptions(config: Config, req: FastifyRequest) {
  const secure = config.cookieSecure === 'auto' ? req.protocol === 'https' : config.cookieSecure;
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
}

const CSRF_FAILED = '页面已过期或来源不明（安全校验未通过）。请刷新页面后重新提交。';

export function registerSession(app: FastifyInstance, deps: { db: Db; config: Config }): void {
  app.decorateRequest('gk', null as unknown as RequestAuth);
  app.addHook('onRequest', async (req, reply) => {
    const now = deps.config.clock();
    const ip = req.ip;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (bearer) {
      const staff = await resolveApiToken(deps.db, bearer, now);
      if (!staff) throw new DomainError('unauthenticated', 'API 令牌无效或已撤销，请在“我的账号”中重新生成。');
      req.gk = { actor: staff.actor, via: 'token', csrfToken: '', mustChangePassword: staff.mustChangePassword };
      return passwordFirst(req, reply);
    }
    const token = req.cookies[SESSION_COOKIE];
    const session = token ? await resolveSession(deps.db, token, now, deps.config.sessionIdleMinutes) : undefined;
    if (token && !session) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    if (session) {
      req.gk = {
        actor: session.actor,
        sessionId: session.id,
        via: 'session',
        csrfToken: hmac(deps.config.secret, `s:${session.csrfSecret}`),
        mustChangePassword: session.mustChangePassword,
      };
      return passwordFirst(req, reply);
    }
    // A visitor's CSRF token (and its cookie) is made the first time a page asks for it, i.e. when it shows a form:
    // public pages without forms set no cookie and cost no HMAC, which keeps them cacheable and fast.
    let csrfToken: string | undefined;
    req.gk = {
      actor: { kind: 'public', ip },
      via: 'none',
      get csrfToken() {
        if (csrfToken === undefined) {
          let anon = req.cookies[ANON_COOKIE];
          if (!anon || !/^[\w-]{16,64}$/.test(anon)) {
            anon = randomToken(18);
            reply.setCookie(ANON_COOKIE, anon, cookieOptions(deps.config, req));
          }
          csrfToken = hmac(deps.config.secret, `a:${anon}`);
        }
        return csrfToken;
      },
    };
  });
  app.addHook('preHandler', async (req) => {
    if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const isApi = req.url.startsWith('/api/');
    // An API call with a bearer token, or with no credentials at all, carries no ambient authority: no CSRF risk.
    if (isApi && req.gk.via !== 'session') return;
    const sent = isApi ? req.headers['x-csrf-token'] : (req.body as Record<string, unknown> | undefined)?._csrf;
    if (typeof sent !== 'string' || !safeEqual(sent, req.gk.csrfToken)) {
      req.log.warn({ url: req.url }, 'csrf check failed');
      throw new DomainError('forbidden', CSRF_FAILED);
    }
  });
}

/** What a staff member who must change their password may still reach: the form to change it, and logging out. */
const WHILE_CHANGING = new Set(['GET /admin/account', 'POST /admin/account/password', 'POST /logout']);

/** Staff pages and the API wait until a password an administrator asked to change is changed. */
function passwordFirst(req: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  if (!req.gk.mustChangePassword) return undefined;
  const path = req.url.split('?')[0]!;
  if (WHILE_CHANGING.has(`${req.method} ${path}`) || !(path.startsWith('/admin') || path.startsWith('/api/')))
    return undefined;
  if (path.startsWith('/api/'))
    throw new DomainError(
      'forbidden',
      '本机关管理员要求您修改密码：请先登录网页，在“我的账号”中修改密码后再使用接口。',
    );
  return reply.redirect('/admin/account?must=1', 303);
}

/** The token for the page shell's logout form: only staff have one, so public pages never make a visitor's token. */
export function shellCsrf(gk: RequestAuth | undefined): string | undefined {
  return gk?.actor.kind === 'staff' ? gk.csrfToken : undefined;
}

export function ctxOf(req: FastifyRequest, deps: { db: Db; config: Config }): Ctx {
  return makeCtx({ db: deps.db, config: deps.config, log: req.log, now: deps.config.clock() }, req.gk.actor);
}

/** The context of a staff page (the back office's routes run after requireStaff). */
export function staffCtx(req: FastifyRequest, deps: { db: Db; config: Config }): StaffCtx {
  return asStaff(ctxOf(req, deps));
}

/** Staff pages: send a visitor without a session to the login page. */
export function requireStaff(req: FastifyRequest, reply: FastifyReply): boolean {
  if (req.gk.actor.kind === 'staff') return true;
  void reply.redirect(`/login?next=${encodeURIComponent(req.url)}`, 303);
  return false;
}
