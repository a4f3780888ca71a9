// The official calendar (loaded years, entering a new year's arrangement) and a deadline calculator for clerks.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { parseArrangementLines } from '../../calendar/arrangement-lines.ts';
import { importCalendarYear } from '../../calendar/import-year.ts';
import { recomputeOpenDeadlines } from '../../requests/recompute-deadlines.ts';
import { canManageCalendar } from '../../calendar/policy.ts';
import { listCalendarYears, loadCalendar } from '../../calendar/store.ts';
import { computeDeadline } from '../../clock/deadline.ts';
import { parseDeadlineInput } from '../../clock/input.ts';
import { DomainError } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { ctxOf } from '../../http/session.ts';
import { sendHtml } from '../layout.ts';
import { calculatorInput, type CalculatorQuery } from './calculator.ts';
import { calendarPage, calculatorPage } from './views.ts';

const YearForm = z.object({
  year: z.coerce.number({ error: '请填写四位年份' }).int({ error: '请填写四位年份' }),
  noticeTitle: z.string().trim().max(200, { error: '通知标题过长' }),
  noticeDate: z.string().trim().max(10),
  days: z.string({ error: '请填写放假安排' }).max(20_000, { error: '放假安排过长' }),
});

export function registerCalendar(app: FastifyInstance, deps: AppDeps): void {
  const render = async (
    req: FastifyRequest,
    extra: { error?: DomainError; values?: Record<string, unknown>; done?: string } = {},
  ) => {
    const ctx = ctxOf(req, deps);
    return calendarPage(req.gk, {
      years: await listCalendarYears(ctx.db),
      canManage: canManageCalendar(ctx.actor).allowed,
      ...extra,
    });
  };

  app.get('/calendar', async (req, reply) => sendHtml(reply, await render(req)));

  app.post('/calendar', async (req, reply) => {
    try {
      const f = parseInput(YearForm, req.body);
      const notice = f.noticeTitle || f.noticeDate ? { title: f.noticeTitle, date: f.noticeDate } : null;
      const ctx = ctxOf(req, deps);
      const r = await importCalendarYear(
        ctx,
        { year: f.year, notice, source: 'admin', days: parseArrangementLines(f.days) },
        recomputeOpenDeadlines(ctx.now),
      );
      return sendHtml(
        reply,
        await render(req, {
          done: `已载入 ${r.year} 年放假安排：放假 ${r.offDays.length} 天，调休上班 ${r.workDays.length} 天；${r.changedDates.length} 个日期的工作日属性发生变化，${r.moved} 件未办结申请的答复期限随之调整，已提示承办人。`,
        }),
      );
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, await render(req, { error: err, values: req.body as Record<string, unknown> }), 400);
    }
  });

  // A GET form: computing a deadline changes nothing, and the result can be bookmarked or shared with a colleague.
  app.get<{ Querystring: CalculatorQuery }>('/calendar/deadline', async (req, reply) => {
    const q = req.query;
    if (!q.received) return sendHtml(reply, calculatorPage(req.gk, { query: q }));
    try {
      const input = parseDeadlineInput(calculatorInput(q));
      const result = computeDeadline(await loadCalendar(deps.db), input, { trace: true });
      return sendHtml(reply, calculatorPage(req.gk, { query: q, result }));
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(reply, calculatorPage(req.gk, { query: q, error: err }), 400);
    }
  });
}
