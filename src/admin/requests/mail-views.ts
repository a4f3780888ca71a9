// 发件箱: the messages to applicants that did not go out (failed for good, or waiting for another attempt), with the
// mail server's answer and a "重新发送" button for each failed one. Addresses are masked like every list.
import { type Html, html } from '../../html/html.ts';
import { csrfInput, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import type { OutboxRow } from '../../outbox/store.ts';
import { maskText } from '../../privacy/mask.ts';
import { adminPage } from '../layout.ts';

type Undelivered = OutboxRow & { createdAt: string };

const stateOf = (m: Undelivered) =>
  m.state === 'failed'
    ? '发送失败（已停止重试）'
    : `等待重试${m.nextAttemptAt ? `（${m.nextAttemptAt.slice(0, 16).replace('T', ' ')} UTC 后）` : ''}`;

export function mailPage(
  gk: RequestAuth,
  items: readonly Undelivered[],
  o: { flash?: string; error?: string } = {},
): Html {
  return adminPage(
    gk,
    '未发出的邮件',
    html`<h1>未发出的邮件</h1>
<p><a href="/admin/requests">返回依申请公开</a></p>
${flash(o.flash)}${flash(o.error, 'error')}
<p>给申请人的回执、答复提醒等邮件发送失败时列在这里。系统会自动重试（1、5、15、60 分钟……）；重试 8 次仍失败或邮件服务器拒收的，停止重试。请先检查邮件服务器设置或收件地址，再点“重新发送”。</p>
${
  items.length
    ? html`<table class="cases"><caption>未发出的邮件（收件地址已遮蔽）</caption>
<thead><tr><th scope="col">生成时间</th><th scope="col">收件人</th><th scope="col">主题</th><th scope="col">已尝试</th><th scope="col">状态</th><th scope="col">邮件服务器的答复</th><th scope="col">操作</th></tr></thead>
<tbody>${items.map(
        (
          m,
        ) => html`<tr><td>${m.createdAt.slice(0, 16).replace('T', ' ')}</td><td>${maskText(m.recipient)}</td><td>${m.subject}</td><td>${m.attempts} 次</td><td>${stateOf(m)}</td><td>${m.lastError ?? ''}</td>
<td>${m.state === 'failed' ? html`<form method="post" action="/admin/requests/mail/${m.id}/retry">${csrfInput(gk.csrfToken)}<button type="submit">重新发送</button></form>` : null}</td></tr>`,
      )}</tbody>
</table>`
    : html`<p class="muted">没有未发出的邮件。</p>`
}`,
  );
}
