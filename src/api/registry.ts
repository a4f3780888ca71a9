// One declaration per API route: its schemas drive request validation and the OpenAPI document alike.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { DomainError } from '../errors.ts';
import { parseInput } from '../input.ts';
import type { AppDeps } from '../app-deps.ts';
import { sendError } from '../http/errors.ts';
import { ctxOf } from '../http/session.ts';

export type ApiRoute<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> = {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** OpenAPI-style path, e.g. /api/v1/agencies/{code}. */
  path: string;
  summary: string;
  tag: string;
  auth: 'staff' | 'public';
  params?: P;
  query?: Q;
  body?: B;
  /** The handler parses the body itself, after its own permission and state checks; `body` then only documents it. */
  bodyParsedByHandler?: true;
  /** Every response is checked against it before it is sent: the document never promises what the route does not do. */
  response: z.ZodType;
  status?: number;
  /**
   * The back-office routes ('POST /admin/…', as fastify names them) doing the same use case: every back-office write
   * has its API twin (test/http/api-coverage.test.ts holds the server to it).
   */
  twinOf?: readonly string[];
  /**
   * A download: the handler returns a `DownloadFile` (response: DownloadFile), sent as the file itself with its content
   * type and an attachment name; the document lists these content types as the route's binary responses.
   */
  download?: readonly string[];
  /** Public routes that accept writes are rate-limited. */
  rateLimit?: { max: number; timeWindow: string };
  /** Route config passed to fastify as is (e.g. `multipartOptions`: the limits of an upload route). */
  config?: Record<string, unknown>;
  /** Turns an error the framework raises before the handler (a multipart limit) into the route's own words. */
  mapError?: (err: unknown) => unknown;
  /** Bodies sent as multipart/form-data (files); `body` then documents the text fields and the files as binary. */
  multipart?: true;
  handler(
    ctx: Ctx,
    input: { params: z.output<P>; query: z.output<Q>; body: z.output<B> },
    req: FastifyRequest,
  ): Promise<unknown>;
};

export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  r: ApiRoute<P, Q, B>,
): ApiRoute {
  return r as unknown as ApiRoute;
}

export function mountRoutes(app: FastifyInstance, deps: AppDeps, routes: readonly ApiRoute[]): void {
  for (const r of routes) {
    app.route({
      method: r.method,
      url: r.path.replace(/\{(\w+)\}/g, ':$1'),
      config: { ...(r.config ?? {}), ...(r.rateLimit ? { rateLimit: r.rateLimit } : {}) },
      ...(r.mapError ? { errorHandler: (err, req, reply) => sendError(req, reply, r.mapError!(err), deps) } : {}),
      handler: async (req, reply) => {
        const ctx = ctxOf(req, deps);
        if (r.auth === 'staff' && ctx.actor.kind !== 'staff') {
          throw new DomainError(
            'unauthenticated',
            '请先登录，或在请求头提供有效的 API 令牌（Authorization: Bearer …）。',
          );
        }
        const input = {
          params: r.params ? parseInput(r.params, req.params) : {},
          query: r.query ? parseInput(r.query, req.query) : {},
          body: r.body && !r.bodyParsedByHandler ? parseInput(r.body, req.body) : req.body,
        };
        const result = await r.handler(ctx, input as never, req);
        const checked = r.response.safeParse(result);
        if (!checked.success) {
          // A bug of ours, not the client's: the route answered outside its documented schema.
          throw new Error(`${r.method} ${r.path} 的响应不符合其 OpenAPI 模式：${checked.error.message}`);
        }
        if (r.download) return sendFile(reply, r, checked.data as z.output<typeof DownloadFile>);
        return reply.status(r.status ?? 200).send(result);
      },
    });
  }
}

/** What a download route's handler returns. */
export const DownloadFile = z.object({
  bytes: z.instanceof(Buffer),
  contentType: z.string(),
  fileName: z.string(),
});

function sendFile(reply: FastifyReply, r: ApiRoute, f: z.output<typeof DownloadFile>) {
  if (!r.download?.includes(f.contentType.split(';')[0]!.trim()))
    throw new Error(`${r.method} ${r.path} 的文件类型 ${f.contentType} 不在其 OpenAPI 文档中`);
  return reply
    .status(r.status ?? 200)
    .type(f.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.fileName)}`)
    .header('cache-control', 'no-store') // exports and reports in the making: never kept by a proxy or the browser
    .send(f.bytes);
}

const jsonSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' });

export function openApiDocument(routes: readonly ApiRoute[]): object {
  const paths: Record<string, Record<string, object>> = {};
  const errorBody = { $ref: '#/components/schemas/Error' };
  for (const r of routes) {
    const parameters = [
      ...objectFields(r.params).map(([name, schema]) => ({ name, in: 'path', required: true, schema })),
      ...objectFields(r.query).map(([name, schema, required]) => ({ name, in: 'query', required, schema })),
    ];
    (paths[r.path] ??= {})[r.method.toLowerCase()] = {
      summary: r.summary,
      tags: [r.tag],
      security: r.auth === 'staff' ? [{ bearer: [] }, { session: [] }] : [],
      ...(parameters.length ? { parameters } : {}),
      ...(r.body
        ? {
            requestBody: {
              required: true,
              content: { [r.multipart ? 'multipart/form-data' : 'application/json']: { schema: jsonSchema(r.body) } },
            },
          }
        : {}),
      responses: {
        [String(r.status ?? 200)]: {
          description: '成功',
          content: r.download
            ? Object.fromEntries(r.download.map((t) => [t, { schema: { type: 'string', format: 'binary' } }]))
            : { 'application/json': { schema: jsonSchema(r.response) } },
        },
        '4XX': {
          description: '请求有误、未登录、无权或不存在；message 为中文说明，fields 指出每个有误的字段',
          content: { 'application/json': { schema: errorBody } },
        },
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'gongkai 政府信息公开平台 API',
      version: '1',
      description: '工作人员接口需登录会话（并在写请求头带 X-CSRF-Token）或个人 API 令牌（Authorization: Bearer）。',
    },
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'gk_session' },
      },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message'],
              properties: {
                code: { type: 'string' },
                message: { type: 'string' },
                fields: { type: 'object', additionalProperties: { type: 'string' } },
              },
            },
          },
        },
      },
    },
  };
}

function objectFields(schema: z.ZodType | undefined): Array<[string, object, boolean]> {
  if (!schema || !(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([k, v]) => [
    k,
    jsonSchema(v),
    !v.safeParse(undefined).success,
  ]);
}
