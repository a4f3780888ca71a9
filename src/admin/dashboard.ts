// The clerk's starting page: who they are, their agency and roles, and where to go next.
import type { FastifyInstance } from 'fastify';
import { findAgencyById } from '../agencies/store.ts';
import { AGENCY_KIND_LABELS } from '../agencies/kinds.ts';
import type { StaffActor } from '../auth/actor.ts';
import { can } from '../auth/authorize.ts';
import { ROLE_LABELS } from '../auth/roles.ts';
import { html } from '../http/html.ts';
import type { AppDeps } from '../http/server.ts';
import { ctxOf } from '../http/session.ts';
import { adminPage, sendHtml } from './layout.ts';
import { caseCounts, listCases } from '../requests/list-cases.ts';

export function registerDashboard(app: FastifyInstance, deps: AppDeps): void {
  app.get('', async (req, reply) => {
    const ctx = ctxOf(req, deps);
    const actor = ctx.actor as StaffActor;
    const agency = await findAgencyById(ctx.db, ctx.scope, actor.agencyId);
    const n = caseCounts(await listCases(ctx));
    const links = [
      { href: '/admin/requests', label: `依申请公开：计时中 ${Object.values(n.byHandler).reduce((x, y) => x + y, 0)} 件，3个工作日内到期 ${n.dueSoon} 件，已逾期 ${n.overdue} 件`, show: true },
      { href: '/admin/agencies', label: can(actor, 'subtree.read').allowed ? '本机关及下级机关' : '本机关信息', show: true },
      { href: '/admin/users', label: '人员与角色管理', show: can(actor, 'user.manage').allowed },
      { href: '/admin/audit', label: '审计日志', show: can(actor, 'audit.read').allowed },
      { href: '/admin/account', label: '修改密码、API 令牌', show: true },
      { href: `/${actor.agencyCode}/`, label: '查看本机关公开门户', show: true },
    ].filter((l) => l.show);
    return sendHtml(reply, adminPage(req.gk, '工作台', html`<h1>工作台</h1>
<p>${actor.displayName}，您好。您在 <strong>${agency?.name ?? actor.agencyCode}</strong>（${agency ? AGENCY_KIND_LABELS[agency.kind] : ''}）担任：${actor.roles.map((r) => ROLE_LABELS[r]).join('、')}。</p>
<ul class="cards">${links.map((l) => html`<li><a href="${l.href}">${l.label}</a></li>`)}</ul>`));
  });
}
