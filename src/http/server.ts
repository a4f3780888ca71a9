// Builds the web app: security headers, body parsers, sessions and CSRF, then the portal, back office and API.
import cluster from 'node:cluster';
import { readFileSync } from 'node:fs';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
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

export async function buildServer(deps: AppDeps, opts: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false || deps.config.logLevel === 'silent' ? false : {
      level: deps.config.logLevel,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      // The applicant's 查询码 may travel in a query string (GET /api/v1/requests/{number}?code=…): never log it.
      serializers: { req: (r: { method: string; url: string; ip?: string }) => ({ method: r.method, url: redactUrl(r.url), remoteAddress: r.ip }) },
    },
    bodyLimit: 1024 * 1024,
    trustProxy: true,
    routerOptions: { maxParamLength: 200 },
  });
  // Security headers on every response. helmet's middleware is built once here: @fastify/helmet rebuilt it (and parsed
  // the CSP again) on every request, a few per cent of a cached page's whole cost.
  app.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (err) => done(err as Error | undefined)));
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: databaseRateStore(deps.db, deps.config.secret), // one count across every worker process (rate-store.ts)
    errorResponseBuilder: () => new DomainError('rate_limited', '请求过于频繁，请稍后再试。'),
  });
  registerBodyParsers(app);
  // Application attachments (ID copy, 委托书): fields and files on req.body; files as { filename, data } (empty file
  // inputs are dropped). Type and size are checked by requests/attachments.ts.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 2, fields: 60, parts: 70 },
    async onFile(part) {
      const data = await part.toBuffer();
      // One shape for every room: `data` (requests) and `bytes` (catalogue) are the same buffer. Each room checks its own
      // size limit (5 MB for applicants' attachments, 20 MB for catalogue attachments); this is the largest of them.
      (part as unknown as { value: unknown }).value = data.length ? { filename: part.filename, data, bytes: data } : undefined;
    },
  });
  registerSession(app, deps);
  app.setErrorHandler((err, req, reply) => sendError(req, reply, err, deps));
  app.setNotFoundHandler((req, reply) => sendError(req, reply, new DomainError('not_found', '您访问的页面不存在，请检查网址。')));

  app.get('/healthz', async () => {
    await probeDb(deps.db);
    return cluster.worker ? { status: 'ok', worker: cluster.worker.id } : { status: 'ok' }; // which worker answered (serve.ts)
  });
  app.get('/assets/site.css', (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(CSS));
  app.get('/robots.txt', (_req, reply) => reply.type('text/plain').send('User-agent: *\nDisallow: /admin/\n'));

  await registerApi(app, deps);
  registerAdmin(app, deps);
  registerPortal(app, deps); // last: it owns the /:code catch-all
  return app;
}

export function redactUrl(url: string): string {
  return url.replace(/([?&]code=)[^&#]*/gi, '$1***');
}
