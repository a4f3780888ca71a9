// /api/v1/calendar: the official calendar's loaded years, and loading (or replacing) one year's holiday arrangement,
// which recomputes open deadlines as the back office's form does.
import { z } from 'zod';
import { parseArrangementLines } from '../calendar/arrangement-lines.ts';
import { importCalendarYear } from '../calendar/import-year.ts';
import { listCalendarYears } from '../calendar/store.ts';
import { recomputeOpenDeadlines } from '../requests/recompute-deadlines.ts';
import { defineRoute } from './registry.ts';

const TAG = '工作日历';
const Day = z.object({
  date: z.string({ error: '请按 YYYY-MM-DD 填写日期' }),
  kind: z.enum(['off', 'work'], { error: 'kind 应为 off（放假）或 work（调休上班）' }),
  name: z.string({ error: '请填写节日名称' }).trim().min(1, '请填写节日名称').max(20, '节日名称不超过 20 字'),
});

export const calendarRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/calendar/years',
    tag: TAG,
    auth: 'staff',
    summary: '已载入放假安排的年份，及各年的放假和调休上班天数、依据的通知',
    response: z.object({
      years: z.array(
        z.object({
          year: z.number(),
          source: z.string(),
          noticeTitle: z.string().nullable(),
          noticeDate: z.string().nullable(),
          loadedAt: z.string(),
          offDays: z.number(),
          workDays: z.number(),
        }),
      ),
    }),
    async handler(ctx) {
      return { years: await listCalendarYears(ctx.db) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/calendar/years',
    tag: TAG,
    auth: 'staff',
    summary:
      '载入（或替换）某年的放假安排：days 为日期列表，或与后台相同的文本（每行“2027-01-01 休 元旦”“2027-02-06~2027-02-12 休 春节”“2027-02-14 班 春节”）；未办结申请的答复期限随之重算',
    body: z.object({
      year: z.number({ error: '请填写四位年份' }).int('请填写四位年份'),
      notice: z
        .object({
          title: z.string({ error: '请填写通知标题' }).trim().max(200, '通知标题过长'),
          date: z.string({ error: '请填写通知日期' }).trim().max(10, '请按 YYYY-MM-DD 填写通知日期'),
        })
        .nullable()
        .optional(),
      days: z.union([z.string().max(20_000, '放假安排过长'), z.array(Day).max(400, '日期过多')], {
        error: '请填写放假安排：日期列表或每行一天（段）的文本',
      }),
    }),
    status: 201,
    response: z.object({
      year: z.number(),
      replaced: z.boolean(),
      offDays: z.array(z.string()),
      workDays: z.array(z.string()),
      changedDates: z.array(z.string()).describe('工作日属性发生变化的日期'),
      moved: z.number().describe('答复期限随之调整的未办结申请数'),
    }),
    twinOf: ['POST /admin/calendar'],
    async handler(ctx, { body }) {
      const days = typeof body.days === 'string' ? parseArrangementLines(body.days) : body.days;
      const r = await importCalendarYear(
        ctx,
        { year: body.year, notice: body.notice ?? null, source: 'api', days },
        recomputeOpenDeadlines(ctx.now),
      );
      return { ...r, offDays: [...r.offDays], workDays: [...r.workDays], changedDates: [...r.changedDates] };
    },
  }),
];
