// Path and query parameters shared by the API routes of the appeals, feedback, supervision, report-work and account
// rooms: a row id, and a report or 表四 year (not later than this year).
import { z } from 'zod';
import type { Ctx } from '../context.ts';
import { invalidInput } from '../errors.ts';
import { isRowId } from '../input.ts';
import { chinaToday } from '../time.ts';

export const RowId = z
  .string({ error: '编号应为正整数' })
  .refine(isRowId, '编号应为正整数')
  .transform((v) => Number(v));
export const IdParams = z.object({ id: RowId });

export const YearQuery = z.coerce
  .number({ error: '年份应为四位数字' })
  .int('年份应为四位数字')
  .min(2008, '年份不早于 2008 年');

/** The year asked for, or this year; a year to come is a Chinese 400 on `year` (as the back office's pages say). */
export function yearUpToNow(ctx: Pick<Ctx, 'now'>, year: number | undefined): number {
  const current = Number(chinaToday(ctx.now).slice(0, 4));
  if (year === undefined) return current;
  if (year > current) throw invalidInput(`年份应为 2008 年至 ${current} 年之间的四位数字。`, { year: '年份无效' });
  return year;
}
