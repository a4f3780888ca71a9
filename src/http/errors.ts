// ErrorCode → HTTP status, once. An HTML page or a JSON body by route; anything unexpected is a logged 500 with a
// reference id and no internals.
import { randomBytes } from 'node:crypto';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { recordDenied } from '../audit/denied.ts';
import type { Config } from '../config.ts';
import { makeCtx } from '../context.ts';
import type { Db } from '../db/connect.ts';
import { DomainError, type ErrorCode } from '../errors.ts';
import { errorPage } from './pages.ts';
import { shellCsrf } from './session.ts';

export const STATUS = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  illegal_transition: 409,
  stale: 409,
  conflict: 409,
  locked: 423,
  rate_limited: 429,
} as const satisfies Record<ErrorCode, number>;

/** Fastify's own 4xx errors, in Chinese. */
const FRAMEWORK: Record<string, { code: ErrorCode; status: number; message: string }> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'invalid_input', status: 413, message: '提交的内容过大，请缩短后重试。' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'invalid_input',
    status: 415,
    message: '不支持的提交格式，请以表单或 JSON（UTF-8）提交。',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_input', status: 400, message: '请求体为空，请提交 JSON 对象。' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'invalid_input', status: 400, message: '请求长度与内容不符。' },
  FST_ERR_BAD_URL: { code: 'not_found', status: 400, message: '网址格式有误。' },
  FST_ERR_VALIDATION: { code: 'invalid_input', status: 400, message: '请求参数有误。' },
  FST_REQ_FILE_TOO_LARGE: {
    code: 'invalid_input',
    status: 413,
    message: '附件过大（上限 20 MB；申请材料每个不超过 5 MB）。请压缩或分页扫描后重新提交。',
  },
  FST_FILES_LIMIT: { code: 'invalid_input', status: 413, message: '附件过多：最多上传身份证明复印件和委托书各一个。' },
  FST_PARTS_LIMIT: { code: 'invalid_input', status: 413, message: '提交的内容过多，请检查后重新提交。' },
  FST_FIELDS_LIMIT: { code: 'invalid_input', status: 413, message: '提交的内容过多，请检查后重新提交。' },
  FST_INVALID_MULTIPART_CONTENT_TYPE: {
    code: 'invalid_input',
    status: 415,
    message: '不支持的提交格式，请以表单或 JSON（UTF-8）提交。',
  },
};

declare module 'fastify' {
  interface FastifyRequest {
    /** True while the multipart plugin reads the body (server.ts): an error then is the body's fault. */
    readingMultipart: boolean;
  }
}

const BAD_MULTIPART = {
  code: 'invalid_input',
  status: 400,
  message: '提交的表单数据不完整或格式有误（multipart 分隔符缺失、不符或内容被截断），请重新提交。',
} as const;

export function wantsJson(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/') || (req.headers.accept ?? '').startsWith('application/json');
}

export async function sendError(
  req: FastifyRequest,
  reply: FastifyReply,
  err: unknown,
  deps?: { db: Db; config: Config },
): Promise<FastifyReply> {
  const { status, code, message, fields } = classify(req, err);
  if (code === 'forbidden' && deps && req.gk)
    await recordDenied(makeCtx(deps, req.gk.actor), `${req.method} ${req.url.split('?')[0]}`, message);
  reply.status(status);
  if (wantsJson(req))
    return reply
      .type('application/json; charset=utf-8')
      .send({ error: { code, message, ...(fields ? { fields } : {}) } });
  return reply
    .type('text/html; charset=utf-8')
    .send(errorPage({ status, message, fields, actor: req.gk?.actor, csrf: shellCsrf(req.gk) }).value);
}

function classify(
  req: FastifyRequest,
  err: unknown,
): { status: number; code: string; message: string; fields?: Readonly<Record<string, string>> } {
  if (err instanceof DomainError)
    return { status: STATUS[err.code], code: err.code, message: err.message, fields: err.fields };
  const fe = err as FastifyError;
  const known = fe?.code ? FRAMEWORK[fe.code] : undefined;
  if (known) return known;
  if (req.readingMultipart && !fe?.statusCode) return BAD_MULTIPART;
  if (fe?.statusCode === 429) return { status: 429, code: 'rate_limited', message: '请求过于频繁，请稍后再试。' };
  if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)
    return { status: fe.statusCode, code: 'invalid_input', message: '请求有误，请检查后重试。' };
  const ref = randomBytes(4).toString('hex');
  req.log.error({ err, ref }, 'unexpected error');
  return {
    status: 500,
    code: 'internal',
    message: `系统出现意外错误，请稍后重试。如仍有问题，请把参考编号 ${ref} 告知管理员。`,
  };
}
