// Parsing input with a zod schema into per-field Chinese messages (invalid_input), for every room: the web forms, the
// JSON API, the CLI and the use cases that take a step's fields.
import type { z } from 'zod';
import zhCNLocale from 'zod/v4/locales/zh-CN.js';
import { invalidInput } from './errors.ts';

const zhCN = zhCNLocale();

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

/**
 * Our schemas carry field-specific Chinese messages. For the rest zod's own zh-CN locale speaks where its wording
 * serves (the allowed values, unknown keys, formats); a missing field, a wrong type and a length are said here, because
 * zh-CN says them with zod's English type names ("期望 string，实际接收 undefined", "数值过大" for a long text).
 */
function chineseMessage(issue: z.core.$ZodIssue): string {
  if (/[\u4e00-\u9fff]/.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '此项必填' : `类型不正确，应为${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_big':
      return `内容过长或数值过大（上限 ${String(issue.maximum)}）`;
    case 'too_small':
      return `内容过短或数值过小（下限 ${String(issue.minimum)}）`;
    default:
      return zhCN.localeError(issue as Parameters<typeof zhCN.localeError>[0]) as string;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: '文本',
  number: '数字',
  boolean: '是/否',
  array: '列表',
  object: '对象',
  int: '整数',
};

/** The largest id a row can have on both engines (PostgreSQL's `integer`). */
const MAX_ROW_ID = 2_147_483_647;

/** Whether a path segment can be a row's id: digits without a leading zero, within `integer` on both engines. */
export function isRowId(value: string | undefined): boolean {
  return value !== undefined && /^[1-9]\d{0,9}$/.test(value) && Number(value) <= MAX_ROW_ID;
}
