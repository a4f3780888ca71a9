import type { DomainError } from '../../errors.ts';
import { FEEDBACK_STATE_LABELS } from '../../feedback/rules.ts';
import type { Feedback } from '../../feedback/store.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field } from '../../http/pages.ts';
import { textarea } from '../../http/widgets.ts';
import type { RequestAuth } from '../../http/session.ts';
import { errorSummary } from '../form-errors.ts';
import { type Chrome, type Crumb, portalPage } from '../layout.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The feedback form's labels in page order: the error summary names fields by them. */
export const FEEDBACK_LABELS: Record<string, string> = {
  subject: '标题',
  body: '意见内容',
  name: '姓名',
  contact: '联系方式',
  key: '表单',
};
export const TRACK_LABELS: Record<string, string> = { code: '查询码' };

function shell(
  gk: RequestAuth,
  c: Chrome,
  title: string,
  body: Html,
  o: { crumbs?: Crumb[]; error?: boolean } = {},
): Html {
  return portalPage(c, gk, { title, section: 'feedback', body, crumbs: o.crumbs, error: o.error, csrf: true });
}

/** Multi-line text shown as paragraphs; every line is escaped by html``. */
function paragraphs(text: string): Html {
  return html`${text
    .split(/\r?\n+/)
    .filter(Boolean)
    .map((p) => html`<p>${p}</p>`)}`;
}

export function feedbackPage(
  gk: RequestAuth,
  c: Chrome,
  v: { key: string; published: Feedback[]; error?: DomainError; values?: Record<string, unknown> },
): Html {
  const f = v.error?.fields ?? {};
  const a = c.agency;
  return shell(
    gk,
    c,
    '意见箱',
    html`${errorSummary(v.error?.message, v.error?.fields, FEEDBACK_LABELS)}
<h1>意见箱</h1>
<p>欢迎对${a.name}的政府信息公开工作提出意见和建议。我们一般在 15 个工作日内答复；您可凭提交后显示的查询码<a href="/${a.code}/feedback/track">查询答复</a>。带 * 的为必填项。</p>
<p class="muted">个人信息说明：姓名和联系方式可以不填（匿名）；填写的仅用于答复您，不会公开。只有您勾选“同意公开”且经审核后，留言和答复才会在本页展示，展示时不含姓名和联系方式。</p>
<form class="stack" method="post" action="/${a.code}/feedback" novalidate>
${csrfInput(gk.csrfToken)}
<input type="hidden" name="key" value="${v.key}">
${field({ name: 'subject', label: '标题', value: str(v.values?.subject), required: true, error: f.subject, hint: '用一句话概括您的意见' })}
${textarea({ name: 'body', label: '意见内容', value: str(v.values?.body), required: true, error: f.body, rows: 8 })}
${field({ name: 'name', label: '姓名（可不填）', value: str(v.values?.name), autocomplete: 'name', error: f.name, className: 'w-name' })}
${field({ name: 'contact', label: '联系方式（可不填）', value: str(v.values?.contact), error: f.contact, hint: '电话或电子邮箱', className: 'w-email' })}
<div><input type="checkbox" id="f-public" name="wantsPublic" value="yes"${v.values?.wantsPublic === 'yes' ? html` checked` : null}> <label class="inline" for="f-public">同意在答复后公开展示我的留言（不含姓名和联系方式）</label></div>
<div><button type="submit">提交</button></div>
</form>
<h2>已公开的留言与答复</h2>
${
  v.published.length
    ? v.published.map(
        (p) =>
          html`<article class="entry"><h3>${p.subject}</h3><p class="muted">${p.receivedOn} 留言</p>${paragraphs(p.body)}<div class="reply"><p><strong>答复（${p.repliedAt?.slice(0, 10) ?? ''}）：</strong></p>${paragraphs(p.reply ?? '')}</div></article>`,
      )
    : html`<p class="muted">暂无公开的留言。</p>`
}`,
    { error: Boolean(v.error) },
  );
}

export function receiptPage(
  gk: RequestAuth,
  c: Chrome,
  v: { code: string; replyDue: string; duplicate: boolean },
): Html {
  return shell(
    gk,
    c,
    '留言已收到',
    html`<h1>留言已收到</h1>
${v.duplicate ? html`<p class="notice warn">这份留言此前已经提交过，未重复登记。</p>` : null}
<p>您的查询码是：</p><p class="mono"><strong>${v.code}</strong></p>
<p>请记下查询码，凭它在“查询答复”页查看处理情况。我们将在 <strong>${v.replyDue}</strong> 前答复。</p>
<p><a href="/${c.agency.code}/feedback/track">查询答复</a></p>`,
    { crumbs: [{ label: '留言已收到' }] },
  );
}

export function trackPage(
  gk: RequestAuth,
  c: Chrome,
  v: { found?: Feedback; notFound?: boolean; error?: DomainError },
): Html {
  const r = v.found;
  const wrong = v.notFound ? { code: '没有找到这个查询码对应的留言，请核对后重试' } : v.error?.fields;
  return shell(
    gk,
    c,
    '查询答复',
    html`${errorSummary(v.notFound ? '没有找到' : v.error?.message, wrong, TRACK_LABELS)}
<h1>查询答复</h1>
<form class="stack" method="post" action="/${c.agency.code}/feedback/track" novalidate>
${csrfInput(gk.csrfToken)}
${field({ name: 'code', label: '查询码', required: true, error: wrong?.code, hint: '提交留言后显示的 12 位字母和数字', className: 'w-code', autocomplete: 'off' })}
<div><button type="submit">查询</button></div>
</form>
${
  r
    ? html`<h2>${r.subject}</h2>
<dl class="meta"><dt>状态</dt><dd>${FEEDBACK_STATE_LABELS[r.status]}</dd><dt>留言日期</dt><dd>${r.receivedOn}</dd><dt>答复期限</dt><dd>${r.replyDue}</dd></dl>
${paragraphs(r.body)}
${r.reply ? html`<h3>答复</h3>${paragraphs(r.reply)}` : html`<p class="muted">尚未答复。</p>`}`
    : null
}`,
    { crumbs: [{ label: '查询答复' }], error: Boolean(v.notFound || v.error) },
  );
}
