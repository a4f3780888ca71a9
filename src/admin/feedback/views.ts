import type { DomainError } from '../../errors.ts';
import { FEEDBACK_STATE_LABELS } from '../../feedback/rules.ts';
import type { WithContact } from '../../feedback/contact.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { adminPage } from '../layout.ts';

export function feedbackListPage(gk: RequestAuth, v: { items: WithContact[]; today: string }): Html {
  const open = v.items.filter((i) => i.status === 'received');
  const overdue = open.filter((i) => i.replyDue < v.today).length;
  return adminPage(
    gk,
    '意见箱',
    html`<h1>意见箱</h1>
<p>待答复 ${open.length} 件${overdue ? html`，<strong>其中 ${overdue} 件已超过答复期限</strong>` : null}。</p>
<div class="table-wrap"><table><thead><tr><th scope="col">标题</th><th scope="col">留言人</th><th scope="col">留言日期</th><th scope="col">答复期限</th><th scope="col">状态</th><th scope="col">公开</th></tr></thead>
<tbody>${v.items.map((i) => html`<tr><td><a href="/admin/feedback/${i.id}">${i.subject}</a></td><td>${i.name ?? '匿名'}</td><td>${i.receivedOn}</td><td>${i.replyDue}${i.status === 'received' && i.replyDue < v.today ? html` <strong>已逾期</strong>` : null}</td><td>${FEEDBACK_STATE_LABELS[i.status]}</td><td>${i.published ? '已公开' : i.wantsPublic ? '同意公开' : '—'}</td></tr>`)}</tbody></table></div>`,
  );
}

export function feedbackDetailPage(
  gk: RequestAuth,
  v: { item: WithContact; error?: DomainError; flash?: string; canReply: boolean; canModerate: boolean },
): Html {
  const i = v.item;
  return adminPage(
    gk,
    i.subject,
    html`<h1>${i.subject}</h1>
${flash(v.flash)}
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<dl class="meta"><dt>留言人</dt><dd>${i.name ?? '匿名'}</dd><dt>联系方式</dt><dd>${i.contact ?? '—'}</dd>
<dt>留言日期</dt><dd>${i.receivedOn}</dd><dt>答复期限</dt><dd>${i.replyDue}</dd><dt>状态</dt><dd>${FEEDBACK_STATE_LABELS[i.status]}</dd>
<dt>公开意愿</dt><dd>${i.wantsPublic ? '同意公开' : '不同意公开'}${i.published ? '（已公开）' : ''}</dd></dl>
<h2>留言内容</h2>${i.body.split(/\r?\n+/).map((p) => html`<p>${p}</p>`)}
${
  v.canReply
    ? html`<h2>答复</h2><form class="stack" method="post" action="/admin/feedback/${i.id}/reply">${csrfInput(gk.csrfToken)}<input type="hidden" name="version" value="${i.version}">
<div><label for="f-reply">答复内容</label><textarea id="f-reply" name="reply" rows="8"${v.error?.fields?.reply ? html` aria-invalid="true" aria-describedby="f-reply-err"` : null}>${i.reply ?? ''}</textarea>
${v.error?.fields?.reply ? html`<p class="field-error" id="f-reply-err">${v.error.fields.reply}</p>` : null}</div><div><button type="submit">${i.reply ? '修改答复' : '答复'}</button></div></form>`
    : i.reply
      ? html`<h2>答复</h2><p>${i.reply}</p>`
      : null
}
${
  v.canModerate && i.wantsPublic && i.status === 'replied'
    ? html`<form method="post" action="/admin/feedback/${i.id}/publish">${csrfInput(gk.csrfToken)}<input type="hidden" name="publish" value="${i.published ? 'no' : 'yes'}"><button type="submit" class="secondary">${i.published ? '撤下公开展示' : '审核通过，公开展示'}</button></form>`
    : null
}`,
  );
}
