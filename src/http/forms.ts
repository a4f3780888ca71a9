// Request bodies: strict UTF-8 urlencoded and JSON parsers, and zod parsing into per-field Chinese messages.
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
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

/** Parses input with a zod schema; on failure throws invalid_input naming each bad field in Chinese. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input ?? {});
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const key = issue.path.join('.') || '_';
    fields[key] ??= chineseMessage(issue);
  }
  const list = Object.entries(fields).map(([k, m]) => (k === '_' ? m : `${k}：${m}`));
  throw invalidInput(`提交的内容有误，请按提示修改：${list.join('；')}`, fields);
}

/** Our schemas carry Chinese messages; zod's own English ones (wrong type, unknown key) are translated here. */
function chineseMessage(issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '此项必填' : `类型不正确，应为${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return `内容过长或数值过大（上限 ${String(issue.maximum)}）`;
    case 'too_small':
      return `内容过短或数值过小（下限 ${String(issue.minimum)}）`;
    case 'unrecognized_keys':
      return `不认识的字段：${issue.keys.join('、')}`;
    case 'invalid_value':
      return '取值不在允许范围内';
    default:
      return '格式不正确';
  }
}

const TYPE_WORDS: Record<string, string> = { string: '文本', number: '数字', boolean: '是/否', array: '列表', object: '对象', int: '整数' };
