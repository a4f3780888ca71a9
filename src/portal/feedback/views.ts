import type { Agency } from '../../agencies/store.ts';
import type { DomainError } from '../../errors.ts';
import { FEEDBACK_STATE_LABELS } from '../../feedback/rules.ts';
import type { Feedback } from '../../feedback/store.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, page } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function shell(gk: RequestAuth, agency: Agency, title: string, body: Html): Html {
  return page({
    title, actor: gk.actor, csrf: gk.csrfToken, siteName: `${agency.name} 政府信息公开`, siteHref: `/${agency.code}/`,
    nav: [{ href: `/${agency.code}/`, label: '首页' }, { href: `/${agency.code}/feedback`, label: '意见箱' }, { href: `/${agency.code}/feedback/track`, label: '查询答复' }],
    body,
  });
}

/** Multi-line text shown as paragraphs; every line is escaped by html``. */
function paragraphs(text: string): Html {
  return html`${text.split(/\r?\n+/).filter(Boolean).map((p) => html`<p>${p}</p>`)}`;
}

export function feedbackPage(gk: RequestAuth, v: { agency: Agency; key: string; published: Feedback[]; error?: DomainError; values?: Record<string, unknown> }): Html {
  const f = v.error?.fields ?? {};
  return shell(gk, v.agency, '意见箱', html`<h1>意见箱</h1>
<p>欢迎对${v.agency.name}的政府信息公开工作提出意见和建议。我们一般在 15 个工作日内答复；您可凭提交后显示的查询码查看答复。</p>
<p class="muted">个人信息说明：姓名和联系方式可以不填（匿名）；填写的仅用于答复您，不会公开。只有您勾选“同意公开”且经审核后，留言和答复才会在本页展示，展示时不含姓名和联系方式。</p>
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<form class="stack" method="post" action="/${v.agency.code}/feedback">
${csrfInput(gk.csrfToken)}
<input type="hidden" name="key" value="${v.key}">
${field({ name: 'subject', label: '标题', value: str(v.values?.subject), required: true, error: f.subject })}
<div><label for="f-body">意见内容 <span aria-hidden="true">*</span></label>
<textarea id="f-body" name="body" rows="8" required${f.body ? html` aria-invalid="true" aria-describedby="f-body-err"` : null}>${str(v.values?.body)}</textarea>
${f.body ? html`<p class="field-error" id="f-body-err">${f.body}</p>` : null}</div>
${field({ name: 'name', label: '姓名（可不填）', value: str(v.values?.name), autocomplete: 'name', error: f.name })}
${field({ name: 'contact', label: '联系方式（可不填）', value: str(v.values?.contact), autocomplete: 'tel', error: f.contact })}
<div><input type="checkbox" id="f-public" name="wantsPublic" value="yes"${v.values?.wantsPublic === 'yes' ? html` checked` : null}> <label class="inline" for="f-public">同意在答复后公开展示我的留言（不含姓名和联系方式）</label></div>
<div><button type="submit">提交</button></div>
</form>
<h2>已公开的留言与答复</h2>
${v.published.length
  ? v.published.map((p) => html`<article class="entry"><h3>${p.subject}</h3><p class="muted">${p.receivedOn} 留言</p>${paragraphs(p.body)}<p><strong>答复（${p.repliedAt?.slice(0, 10) ?? ''}）：</strong></p>${paragraphs(p.reply ?? '')}</article>`)
  : html`<p class="muted">暂无公开的留言。</p>`}`);
}

export function receiptPage(gk: RequestAuth, v: { agency: Agency; code: string; replyDue: string; duplicate: boolean }): Html {
  return shell(gk, v.agency, '留言已收到', html`<h1>留言已收到</h1>
${v.duplicate ? html`<p class="notice warn">这份留言此前已经提交过，未重复登记。</p>` : null}
<p>您的查询码是：</p><p class="mono"><strong>${v.code}</strong></p>
<p>请记下查询码，凭它在“查询答复”页查看处理情况。我们将在 <strong>${v.replyDue}</strong> 前答复。</p>
<p><a href="/${v.agency.code}/feedback/track">查询答复</a></p>`);
}

export function trackPage(gk: RequestAuth, v: { agency: Agency; found?: Feedback; notFound?: boolean; error?: DomainError }): Html {
  const r = v.found;
  return shell(gk, v.agency, '查询答复', html`<h1>查询答复</h1>
${v.notFound ? html`<div class="notice error" role="alert">没有找到这个查询码对应的留言，请核对后重试。</div>` : null}
<form class="stack" method="post" action="/${v.agency.code}/feedback/track">
${csrfInput(gk.csrfToken)}
${field({ name: 'code', label: '查询码', required: true, error: v.error?.fields?.code, hint: '提交留言后显示的 12 位字母和数字' })}
<div><button type="submit">查询</button></div>
</form>
${r ? html`<h2>${r.subject}</h2>
<dl class="meta"><dt>状态</dt><dd>${FEEDBACK_STATE_LABELS[r.status]}</dd><dt>留言日期</dt><dd>${r.receivedOn}</dd><dt>答复期限</dt><dd>${r.replyDue}</dd></dl>
${paragraphs(r.body)}
${r.reply ? html`<h3>答复</h3>${paragraphs(r.reply)}` : html`<p class="muted">尚未答复。</p>`}` : null}`);
}
