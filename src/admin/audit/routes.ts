// The audit log of the actor's agencies, newest first, paged by sequence number.
import type { FastifyInstance } from 'fastify';
import { listAudit } from '../../audit/store.ts';
import { authorize, can } from '../../auth/authorize.ts';
import { html } from '../../html/html.ts';
import type { AppDeps } from '../../app-deps.ts';
import { ctxOf } from '../../http/session.ts';
import { adminPage, sendHtml } from '../layout.ts';
import { AUDIT_ACTION_LABELS, AUDIT_OBJECT_LABELS, summaryText } from './labels.ts';

const label = (table: Record<string, string>, key: string) => (Object.hasOwn(table, key) ? table[key]! : '其他操作');

const PAGE = 50;

export function registerAudit(app: FastifyInstance, deps: AppDeps): void {
  app.get<{ Querystring: { before?: string } }>('/audit', async (req, reply) => {
    const ctx = ctxOf(req, deps);
    authorize(can(ctx.actor, 'audit.read'));
    const before = /^\d{1,12}$/.test(req.query.before ?? '') ? Number(req.query.before) : undefined;
    const rows = await listAudit(ctx, { beforeSeq: before, limit: PAGE });
    const last = rows.at(-1);
    return sendHtml(
      reply,
      adminPage(
        req.gk,
        '审计日志',
        html`<h1>审计日志</h1>
<p class="muted">每一项变更都记入防篡改的哈希链；运行 <code>bin/gongkai audit verify</code> 可校验整条链。个人信息已脱敏。</p>
<div class="table-wrap"><table><thead><tr><th scope="col">序号</th><th scope="col">时间</th><th scope="col">操作人</th><th scope="col">操作</th><th scope="col">对象</th><th scope="col">摘要</th></tr></thead>
<tbody>${rows.map((r) => html`<tr><td>${r.seq}</td><td>${new Date(r.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}</td><td class="mono">${r.actor}</td><td>${label(AUDIT_ACTION_LABELS, r.action)}</td><td>${label(AUDIT_OBJECT_LABELS, r.objectType)}${r.objectId ? `（${r.objectId}）` : ''}</td><td>${summaryText(r.summary as Record<string, unknown>)}</td></tr>`)}</tbody></table></div>
${rows.length === PAGE && last ? html`<p><a href="/admin/audit?before=${last.seq}">更早的记录</a></p>` : null}`,
      ),
    );
  });
}
