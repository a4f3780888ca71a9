// The back-office page shell: navigation shows only what the actor's roles allow.
import { staffActor } from '../auth/actor.ts';
import { can } from '../auth/authorize.ts';
import type { Html } from '../html/html.ts';
import { page } from '../http/pages.ts';
import type { RequestAuth } from '../http/session.ts';

export function adminPage(gk: RequestAuth, title: string, body: Html): Html {
  const actor = staffActor(gk.actor);
  const nav = [
    { href: '/admin', label: '工作台' },
    { href: '/admin/agencies', label: '机关' },
    { href: '/admin/catalogue', label: '信息公开目录' },
    { href: '/admin/requests', label: '依申请公开' },
    ...(can(actor, 'user.manage').allowed ? [{ href: '/admin/users', label: '人员与角色' }] : []),
    ...(can(actor, 'audit.read').allowed ? [{ href: '/admin/audit', label: '审计日志' }] : []),
    { href: '/admin/appeals', label: '复议与诉讼' },
    ...(can(actor, 'report.build').allowed || can(actor, 'subtree.read').allowed
      ? [{ href: '/admin/reports', label: '年度报告' }]
      : []),
    { href: '/admin/feedback', label: '意见箱' },
    { href: '/admin/supervision', label: '监督保障' },
    { href: '/admin/calendar', label: '节假日与期限' },
    { href: '/admin/account', label: '我的账号' },
    ...(can(actor, 'report.check').allowed ? [{ href: '/admin/checker', label: '年度报告检查' }] : []),
  ];
  return page({ title, actor, csrf: gk.csrfToken, nav, siteName: '政务公开工作后台', siteHref: '/admin', body });
}

export function sendHtml(
  reply: { type(t: string): { send(b: string): unknown }; status(n: number): unknown },
  body: Html,
  status = 200,
) {
  reply.status(status);
  return reply.type('text/html; charset=utf-8').send(body.value);
}
