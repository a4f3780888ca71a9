// The clerk's starting page: who they are, their agency and roles, what needs their attention, and where to go next.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { findAgencyById } from '../agencies/store.ts';
import { AGENCY_KIND_LABELS } from '../agencies/kinds.ts';

import { can } from '../auth/authorize.ts';
import { ROLE_LABELS } from '../auth/roles.ts';
import { listFeedback } from '../feedback/store.ts';
import { html } from '../html/html.ts';
import { csrfInput } from '../http/pages.ts';
import type { AppDeps } from '../app-deps.ts';
import { staffCtx } from '../http/session.ts';
import { acknowledgeNotice } from '../requests/acknowledge-notice.ts';
import { caseCounts } from '../requests/list-cases.ts';
import { listDeadlineNotices } from '../requests/notice-store.ts';
import { chinaToday } from '../time.ts';
import { reportDashboard } from '../report/dashboard-status.ts';
import { adminPage, sendHtml } from './layout.ts';
import { columnNoticesBlock } from './catalogue/column-notices.ts';
import { idParam } from './params.ts';
import { itemsWithoutCurrentEntry } from '../catalogue/standard-link-store.ts';

export function registerDashboard(app: FastifyInstance, deps: AppDeps): void {
  app.get('', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    const actor = ctx.actor;
    const agency = await findAgencyById(ctx.db, ctx.scope, actor.agencyId);
    const today = chinaToday(ctx.now);
    const handles = can(actor, 'request.handle').allowed;
    const notices = handles ? await listDeadlineNotices(ctx.db, ctx.writeScope) : [];
    const n = handles ? await caseCounts(ctx) : undefined;
    const feedback = await listFeedback(ctx.db, ctx.writeScope, actor.agencyId, 'received');
    const overdueFeedback = feedback.filter((f) => f.replyDue < today).length;
    const reports = await reportDashboard(ctx);
    const uncovered = (await itemsWithoutCurrentEntry(ctx.db, actor.agencyId)).length;
    const links = [
      {
        href: '/admin/requests',
        label: n
          ? `依申请公开：计时中 ${Object.values(n.byHandler).reduce((x, y) => x + y, 0)} 件，3个工作日内到期 ${n.dueSoon} 件，已逾期 ${n.overdue} 件`
          : '依申请公开',
        show: handles,
      },
      { href: '/admin/catalogue', label: '信息公开目录', show: true },
      {
        href: '/admin/catalogue/monitor',
        label: `标准目录：${uncovered} 个事项尚无现行信息`,
        show: uncovered > 0,
      },
      {
        href: '/admin/feedback',
        label: `意见箱（待答复 ${feedback.length}${overdueFeedback ? `，逾期 ${overdueFeedback}` : ''}）`,
        show: true,
      },
      {
        href: '/admin/agencies',
        label: can(actor, 'subtree.read').allowed ? '本机关及下级机关' : '本机关信息',
        show: true,
      },
      { href: '/admin/users', label: '人员与角色管理', show: can(actor, 'user.manage').allowed },
      { href: '/admin/audit', label: '审计日志', show: can(actor, 'audit.read').allowed },
      { href: '/admin/calendar/deadline', label: '期限计算器', show: true },
      { href: `/${actor.agencyCode}/`, label: '查看本机关公开门户', show: true },
    ].filter((l) => l.show);
    return sendHtml(
      reply,
      adminPage(
        req.gk,
        '工作台',
        html`<h1>工作台</h1>
<p>${actor.displayName}，您好。您在 <strong>${agency?.name ?? actor.agencyCode}</strong>（${agency ? AGENCY_KIND_LABELS[agency.kind] : ''}）担任：${actor.roles.map((r) => ROLE_LABELS[r]).join('、')}。</p>
${
  notices.length
    ? html`<div class="notice warn" role="status"><p><strong>放假安排更新后，以下申请的答复期限发生了变化：</strong></p><ul>${notices.map(
        (
          n,
        ) => html`<li><a href="/admin/requests/${n.requestId}">${n.number}</a>：${n.oldDue ?? '未起算'} → <strong>${n.newDue ?? '未起算'}</strong>（${n.year} 年安排）
<form class="inline" method="post" action="/admin/deadline-notices/${n.id}/seen">${csrfInput(req.gk.csrfToken)}<button type="submit" class="secondary">知道了</button></form></li>`,
      )}</ul></div>`
    : null
}
${reports.length ? html`<h2>年度报告</h2><ul class="report-status">${reports.map((r) => html`<li class="${`tone-${r.tone}`}"><a href="${r.href}">${r.text}</a></li>`)}</ul>` : null}
${await columnNoticesBlock(ctx, req.gk)}
<ul class="cards">${links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul>`,
      ),
    );
  });

  app.post('/deadline-notices/:id/seen', async (req: FastifyRequest<{ Params: { id: string } }>, reply) => {
    await acknowledgeNotice(staffCtx(req, deps), idParam(req.params.id, '提示'));
    return reply.redirect('/admin', 303);
  });
}
