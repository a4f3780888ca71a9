// 第三十五条 on the case page: the applicant's volume against the agency's thresholds, what the article allows when a
// threshold is passed (in the law's words), and other applicants' similar requests; and the thresholds' own page.
import type { DomainError } from '../../errors.ts';
import { type Html, html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import type { RequestEventType } from '../../requests/lifecycle.ts';
import type { Volume } from '../../requests/volume.ts';
import type { VolumeThresholds } from '../../requests/volume-store.ts';
import { adminPage } from '../layout.ts';

const ARTICLE_35 =
  '申请人申请公开政府信息的数量、频次明显超过合理范围，行政机关可以要求申请人说明理由。行政机关认为申请理由不合理的，告知申请人不予处理；行政机关认为申请理由合理，但是无法在本条例第三十三条规定的期限内答复申请人的，可以确定延迟答复的合理期限并告知申请人。';

export function volumePanel(caseId: number, v: Volume, allowed: readonly RequestEventType[]): Html {
  const over = v.over30 || v.over12;
  const step = (e: RequestEventType, label: string) =>
    allowed.includes(e) ? html`（<a href="/admin/requests/${caseId}?step=${e}#step-form">${label}</a>）` : null;
  return html`<section aria-labelledby="volume" class="volume${over ? ' over' : ''}"><h2 id="volume">申请数量与频次（条例第三十五条）</h2>
<dl class="meta">
<dt>30 日内</dt><dd><strong>${v.last30Days}</strong> 件（${v.from30} 至 ${v.to}，含本件）；提示阈值 ${v.thresholds.per30Days} 件${v.over30 ? html` <strong class="overdue">已超过</strong>` : null}</dd>
<dt>12 个月内</dt><dd><strong>${v.last12Months}</strong> 件（${v.from12} 至 ${v.to}，含本件）；提示阈值 ${v.thresholds.per12Months} 件${v.over12 ? html` <strong class="overdue">已超过</strong>` : null}</dd>
</dl>
<p class="muted">按申请人身份证件（或统一社会信用代码）核对，只计向本机关提出的申请。<a href="/admin/requests/volume-thresholds">设置提示阈值</a></p>
${
  over
    ? html`<div class="notice warn" role="note"><p>该申请人的申请数量已超过本机关设定的提示阈值。是否属于“数量、频次明显超过合理范围”，由本机关判断。</p>
<blockquote>条例第三十五条：${ARTICLE_35}</blockquote>
<ul><li>可以要求申请人说明理由${step('reasons_requested', '要求说明理由')}；</li>
<li>认为申请理由不合理的，告知申请人不予处理（表三“无正当理由大量反复申请”）；</li>
<li>认为申请理由合理，但无法在条例第三十三条规定的期限内答复的，可以确定延迟答复的合理期限并告知申请人${step('reply_delayed', '确定延迟答复期限')}。</li></ul>
<p class="muted">另：条例第四十二条，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关可以收取信息处理费。</p></div>`
    : html`<p>未超过本机关设定的提示阈值。</p>`
}
<h3>同期其他申请人的相似申请（12 个月内）</h3>
${v.similar.length ? html`<ul>${v.similar.map((s) => html`<li><a href="/admin/requests/${s.id}">${s.number}</a> ${s.receivedOn} ${s.infoTitle}（${s.state}）</li>`)}</ul>` : html`<p class="muted">无。</p>`}
</section>`;
}

export function thresholdsPage(
  gk: RequestAuth,
  v: { values: Record<string, unknown> | VolumeThresholds; error?: DomainError; flash?: string },
): Html {
  const f = v.error?.fields ?? {};
  const val = (k: string) => String((v.values as Record<string, unknown>)[k] ?? '');
  return adminPage(
    gk,
    '申请数量提示阈值',
    html`<h1>申请数量提示阈值（条例第三十五条）</h1>
${flash(v.flash)}
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<p>同一申请人向本机关提出的申请超过以下件数时，案件页面提示可依条例第三十五条要求说明理由。阈值只作提示，是否“明显超过合理范围”由本机关判断。</p>
<form class="stack" method="post" action="/admin/requests/volume-thresholds">
${csrfInput(gk.csrfToken)}
${field({ name: 'per30Days', label: '30 日内件数', type: 'number', value: val('per30Days'), required: true, error: f.per30Days })}
${field({ name: 'per12Months', label: '12 个月内件数', type: 'number', value: val('per12Months'), required: true, error: f.per12Months })}
<div><button type="submit">保存</button></div>
</form>`,
  );
}
