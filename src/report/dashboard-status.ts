// What the dashboard says about annual reports: last year's report against its due date (第四十九条, the clock's
// configured dates), and the validator run on this year's running figures so a problem shows at once.

import { staffActor } from '../auth/actor.ts';
import { can } from '../auth/authorize.ts';
import { toDay } from '../calendar/dates.ts';
import type { Ctx } from '../context.ts';
import { chinaToday } from '../time.ts';
import { REPORT_STATE_LABELS } from './states.ts';
import { viewAnnualReport } from './view-report.ts';

export type ReportStatusLine = { href: string; text: string; tone: 'ok' | 'warn' | 'error' };

export async function reportDashboard(ctx: Ctx): Promise<ReportStatusLine[]> {
  if (!can(ctx.actor, 'report.build').allowed) return [];
  const code = staffActor(ctx.actor).agencyCode;
  const today = chinaToday(ctx.now);
  const year = Number(today.slice(0, 4));
  const [last, running] = await Promise.all([viewAnnualReport(ctx, code, year - 1), viewAnnualReport(ctx, code, year)]);
  const out: ReportStatusLine[] = [];
  if (last.row?.state !== 'published') {
    const left = toDay(last.due.due) - toDay(today);
    out.push({
      href: `/admin/reports/${year - 1}`,
      tone: left < 0 ? 'error' : left <= 30 ? 'warn' : 'ok',
      text: `${year - 1}年度报告${REPORT_STATE_LABELS[last.row?.state ?? 'draft']}，应于 ${last.due.due} 前公布（${last.due.basis}）${left < 0 ? `，已逾期 ${-left} 天` : `，还有 ${left} 天`}`,
    });
  }
  const problems = running.findings.filter(
    (f) => f.rule !== 'TEXT.PLACEHOLDER' && f.severity !== 'info' && f.review?.decision !== 'dismissed',
  );
  out.push({
    href: `/admin/reports/${year}`,
    tone: problems.some((f) => f.severity === 'error') ? 'error' : problems.length ? 'warn' : 'ok',
    text: problems.length
      ? `${year}年度数据实时检查：发现 ${problems.length} 个问题（${problems[0]!.message}${problems.length > 1 ? '……' : ''}）`
      : `${year}年度数据实时检查：表格勾稽关系正常（主动公开 ${running.facts.published.total} 条，新收申请 ${running.facts.tables.applications.received?.total ?? 0} 件）`,
  });
  return out;
}
