// Request bodies: strict UTF-8 urlencoded and JSON parsers (parsing them with a schema: input.ts).
import type { FastifyInstance } from 'fastify';
import { invalidInput } from '../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const BAD_UTF8 = '提交的内容不是有效的 UTF-8 文本，请检查编码后重试。';

function decode(body: Buffer): string {
  try {
    return utf8.decode(body);
  } catch {
    throw invalidInput(BAD_UTF8);
  }
}

/** application/x-www-form-urlencoded → { field: string | string[] }. Malformed percent-escapes are refused, not replaced. */
export function parseUrlEncoded(text: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = Object.create(null);
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent((eq < 0 ? pair : pair.slice(0, eq)).replace(/\+/g, ' '));
      value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1).replace(/\+/g, ' '));
    } catch {
      throw invalidInput(BAD_UTF8);
    }
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

export function registerBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseUrlEncoded(decode(body as Buffer)));
    } catch (err) {
      done(err as Error, undefined);
    }
  });
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      const text = decode(body as Buffer);
      if (!text.trim()) throw invalidInput('请求体为空，请提交 JSON 对象。');
      try {
        done(null, JSON.parse(text));
      } catch {
        throw invalidInput('JSON 格式有误，请检查括号、引号和逗号。');
      }
    } catch (err) {
      done(err as Error, undefined);
    }
  });
}
