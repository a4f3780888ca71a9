// One declaration per API route: its schemas drive request validation and the OpenAPI document alike.
import type { FastifyInstance, FastifyRequest } from 'fastify';
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
   * A non-JSON response (an export): the handler returns `{ filename, data }` (BinaryBody), sent as a download of this
   * media type; `response` is then BinaryBody, and the document describes the body as a string of that type.
   */
  produces?: BinaryType;
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

export type BinaryType = 'text/csv' | 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** What a `produces` route's handler returns: the file's download name and its bytes. */
export const BinaryBody = z.object({ filename: z.string().min(1), data: z.instanceof(Buffer) });

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
        if (r.produces) {
          const { filename, data } = checked.data as z.infer<typeof BinaryBody>;
          return reply
            .status(r.status ?? 200)
            .type(r.produces === 'text/csv' ? 'text/csv; charset=utf-8' : r.produces)
            .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`)
            .header('cache-control', 'no-store')
            .send(data);
        }
        return reply.status(r.status ?? 200).send(result);
      },
    });
  }
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
          content: r.produces
            ? { [r.produces]: { schema: { type: 'string', contentMediaType: r.produces } } }
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
