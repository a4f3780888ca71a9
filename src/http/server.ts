// Builds the web app: security headers, body parsers, sessions and CSRF, then the portal, back office and API.
import { checkerIdle } from '../report/checker-jobs.ts';
import type { Config } from '../config.ts';
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import helmet from 'helmet';
import { registerAdmin } from '../admin/routes.ts';
import type { AppDeps } from '../app-deps.ts';
import { registerApi } from '../api/routes.ts';
import { probeDb } from '../db/probe.ts';
import { DomainError } from '../errors.ts';
import { registerPortal } from '../portal/routes.ts';
import { MAX_ATTACHMENT_BYTES } from '../files/sniff.ts';
import { sendError } from './errors.ts';
import { registerBodyParsers } from './forms.ts';
import { databaseRateStore } from './rate-store.ts';
import { registerRouteGate } from './route-gate.ts';
import { registerSession } from './session.ts';

const securityHeaders = helmet({
  // Set explicitly: helmet's default adds upgrade-insecure-requests, which breaks plain-HTTP installations.
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
    },
  },
  crossOriginEmbedderPolicy: false,
});

const CSS = readFileSync(new URL('./assets/site.css', import.meta.url));

export type RouteInfo = { method: string; url: string };
const ROUTES = new WeakMap<FastifyInstance, RouteInfo[]>();

/** Every route the app serves (method and URL pattern), for the tests that must cover each one (access, hostile input). */
export function routeTable(app: FastifyInstance): readonly RouteInfo[] {
  return ROUTES.get(app) ?? [];
}

export async function buildServer(deps: AppDeps, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      opts.logger === false || deps.config.logLevel === 'silent'
        ? false
        : {
            level: deps.config.logLevel,
            base: null, // no pid and hostname on every line
            redact: ['req.headers.authorization', 'req.headers.cookie'],
            // The applicant's 查询码 may travel in a query string (GET /api/v1/requests/{number}?code=…): never log it.
            serializers: {
              req: (r: { method: string; url: string; ip?: string }) => ({
                method: r.method,
                url: redactUrl(r.url),
                remoteAddress: r.ip,
              }),
            },
          },
    // Fastify's two JSON lines per request (incoming, completed) become one short line, written in onResponse below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    // X-Forwarded-For decides the client address of every per-address limit and of the audit log: believed only from
    // the proxy GONGKAI_TRUST_PROXY names (config.ts), never from anyone by default.
    trustProxy: trustedProxies(deps.config.trustProxy),
    routerOptions: { maxParamLength: 200 },
  });
  const routes: RouteInfo[] = [];
  ROUTES.set(app, routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) if (method !== 'HEAD') routes.push({ method, url: r.url });
  });
  app.addHook('onClose', () => checkerIdle(deps.db)); // a checker job in progress finishes before the database closes
  registerRouteGate(app, deps.db); // the route policy (auth/route-access.ts), enforced before every handler
  // Security headers on every response. helmet's middleware is built once here: @fastify/helmet rebuilt it (and parsed
  // the CSP again) on every request, a few per cent of a cached page's whole cost.
  app.addHook('onRequest', (req, reply, done) =>
    securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)),
  );
  app.addHook('onResponse', (req, reply, done) => {
    req.log.info(`${req.method} ${redactUrl(req.url)} ${reply.statusCode} ${Math.round(reply.elapsedTime)}ms`);
    done();
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: databaseRateStore(deps.db, deps.config.secret), // one count across every worker process (rate-store.ts)
    errorResponseBuilder: () => new DomainError('rate_limited', '请求过于频繁，请稍后再试。'),
  });
  registerBodyParsers(app);
  // A multipart body is read by the plugin's preValidation hook; the two hooks around it mark that phase, so a body it
  // cannot read (boundary missing, wrong or cut short: busboy's bare Errors) is answered as bad input (errors.ts).
  app.decorateRequest('readingMultipart', false);
  app.addHook('preValidation', async (req) => {
    req.readingMultipart = req.isMultipart();
  });
  // Application attachments (ID copy, 委托书): fields and files on req.body; files as { filename, data } (empty file
  // inputs are dropped). Type and size are checked by requests/attachments.ts.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 2, fields: 60, parts: 70 },
    async onFile(part) {
      const data = await part.toBuffer();
      // One shape for every room: `data` (requests) and `bytes` (catalogue) are the same buffer. Each room checks its own
      // size limit (5 MB for applicants' attachments, 20 MB for catalogue attachments); this is the largest of them.
      (part as unknown as { value: unknown }).value = data.length
        ? { filename: part.filename, data, bytes: data }
        : undefined;
    },
  });
  app.addHook('preValidation', async (req) => {
    req.readingMultipart = false;
    // No text we keep may hold a NUL character (PostgreSQL refuses it in text, and no form has a use for it): refused
    // here for the path, the query and every body, before any handler passes it to the database.
    if (hasNul(req.params) || hasNul(req.query) || hasNul(req.body))
      throw new DomainError('invalid_input', '提交的内容含有不允许的控制字符（NUL），请删除后重试。');
  });
  registerSession(app, deps);
  app.setErrorHandler((err, req, reply) => sendError(req, reply, err, deps));
  app.setNotFoundHandler((req, reply) =>
    sendError(req, reply, new DomainError('not_found', '您访问的页面不存在，请检查网址。')),
  );

  app.get('/healthz', async () => {
    await probeDb(deps.db);
    return cluster.worker ? { status: 'ok', worker: cluster.worker.id } : { status: 'ok' }; // which worker answered (serve.ts)
  });
  app.get('/assets/site.css', (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CSS),
  );
  app.get('/robots.txt', (_req, reply) => reply.type('text/plain').send('User-agent: *\nDisallow: /admin/\n'));

  await registerApi(app, deps);
  registerAdmin(app, deps);
  registerPortal(app, deps); // last: it owns the /:code catch-all
  return app;
}

/** Fastify's form of the setting: a hop count is a function of the hop (proxy-addr's own rule for numbers). */
function trustedProxies(t: Config['trustProxy']): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (t === false) return false;
  return typeof t === 'number' ? (_address: string, hop: number) => hop < t : [...t];
}

/** Whether a parsed value holds a NUL character in any string (files, as Buffers, may hold anything). */
function hasNul(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return v.includes('\u0000');
  if (!v || typeof v !== 'object' || Buffer.isBuffer(v) || depth > 64) return false;
  return Object.entries(v).some(([k, x]) => k.includes('\u0000') || hasNul(x, depth + 1));
}

export function redactUrl(url: string): string {
  return url.replace(/([?&]code=)[^&#]*/gi, '$1***');
}
