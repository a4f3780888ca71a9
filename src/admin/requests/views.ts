// Back-office pages of 依申请公开: the case list with due dates, the registration form, and the case page.
import { can } from '../../auth/authorize.ts';
import { type Html, html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { errorSummary, select } from '../../http/widgets.ts';
import { applyFields, attachmentInputs } from '../../portal/requests/views.ts';
import { FIELD_LABELS } from '../../portal/requests/views.ts';
import type { CaseView, Personal } from '../../requests/case-view.ts';
import { INTAKE_LABELS } from '../../requests/clock.ts';
import { DELIVERY_LABELS, FORM_LABELS } from '../../requests/form.ts';
import { EVENT_LABELS, type RequestEventType, STATE_LABELS, STATES } from '../../requests/lifecycle.ts';
import type { CaseListItem } from '../../requests/list-cases.ts';
import { OUTCOMES } from '../../requests/outcomes.ts';
import { APPLICANT_LABELS, applicationRowLabel, isApplicantColumn } from '../../report/format.ts';
import { LETTER_TITLES, type LetterKind } from '../../requests/letter-kinds.ts';
import { ATTACHMENT_KINDS } from '../../requests/attachments.ts';
import { exportLinks } from '../export-links.ts';
import { adminPage } from '../layout.ts';

const due = (i: { clock: CaseListItem['clock'] }) =>
  i.clock.stopped
    ? html`已停止计时（${i.clock.stoppedOn ?? ''}）`
    : i.clock.deadline.due
      ? html`<span class="${i.clock.overdue ? 'overdue' : ''}">${i.clock.deadline.due}${i.clock.daysLeft !== null ? (i.clock.overdue ? `（已逾期 ${-i.clock.daysLeft} 个工作日）` : `（剩 ${i.clock.daysLeft} 个工作日）`) : ''}</span>`
      : html`等待补正`;

function pager(f: { state?: string; mine?: boolean; q?: string; page: number; pages: number; total: number }): Html {
  if (f.pages <= 1) return html``;
  const href = (page: number) =>
    `/admin/requests?${new URLSearchParams({ ...(f.state ? { state: f.state } : {}), ...(f.mine ? { mine: '1' } : {}), ...(f.q ? { q: f.q } : {}), page: String(page) })}`;
  return html`<nav aria-label="分页" class="pager"><p>共 ${f.total} 件，第 ${f.page} / ${f.pages} 页
${f.page > 1 ? html` <a href="${href(f.page - 1)}" rel="prev">上一页</a>` : null}${f.page < f.pages ? html` <a href="${href(f.page + 1)}" rel="next">下一页</a>` : null}</p></nav>`;
}

export function listPage(
  gk: RequestAuth,
  items: CaseListItem[],
  f: { state?: string; mine?: boolean; q?: string; page: number; pages: number; total: number },
  counts: {
    byState: Record<string, number>;
    dueSoon: number;
    overdue: number;
    outbox: { queued: number; sent: number; failed: number };
    byHandler: Record<string, number>;
  },
): Html {
  return adminPage(
    gk,
    '依申请公开',
    html`<h1>依申请公开</h1>
<p><a href="/admin/requests/new">登记申请（纸质、信函、传真、电子邮件、当面）</a>${can(gk.actor, 'request.handle').allowed ? html` · <a href="/admin/requests/import">导入迁移前办理的申请</a>` : null}</p>
<p>三个工作日内到期：<strong>${counts.dueSoon}</strong> 件；已逾期：<strong class="${counts.overdue ? 'overdue' : ''}">${counts.overdue}</strong> 件。发件箱：待发送 ${counts.outbox.queued} 封，已发送 ${counts.outbox.sent} 封${counts.outbox.failed ? html`，<a href="/admin/requests/mail">发送失败 ${counts.outbox.failed} 封</a>（请检查邮件服务器设置）` : ''}。<a href="/admin/requests/mail">查看未发出的邮件</a></p>
${
  Object.keys(counts.byHandler).length
    ? html`<p>计时中的申请按承办人：${Object.entries(counts.byHandler)
        .map(([h, n]) => `${h} ${n} 件`)
        .join('；')}</p>`
    : null
}
<form method="get" action="/admin/requests" class="case-filter">
<div><label for="f-q">查找申请</label>
<p class="muted" id="f-q-hint">申请编号、申请人姓名或名称、所需信息的标题中的字词</p>
<input id="f-q" name="q" type="search" value="${f.q ?? ''}" aria-describedby="f-q-hint" size="30"></div>
${select({ name: 'state', label: '按状态筛选', value: f.state, empty: '全部', options: Object.fromEntries(STATES.map((s) => [s, `${STATE_LABELS[s]}（${counts.byState[s] ?? 0}）`])) })}
<label class="choice"><input type="checkbox" name="mine" value="1"${f.mine ? html` checked` : null}> 只看我承办的</label>
<button type="submit">查找</button>
</form>
${exportLinks('/admin/requests', { q: f.q, state: f.state, mine: f.mine ? '1' : undefined }, '导出当前筛选的申请（非本人承办案件的申请人姓名已遮蔽）')}
<div class="table-wrap"><table class="cases case-list"><caption>申请列表（个人信息已遮蔽）</caption>
<thead><tr><th scope="col">申请编号</th><th scope="col">收到日期</th><th scope="col">申请人</th><th scope="col">所需信息</th><th scope="col">状态</th><th scope="col">答复期限</th><th scope="col">承办人</th></tr></thead>
<tbody>${items.map((i) => html`<tr><td><a href="/admin/requests/${i.c.id}">${i.c.number}</a></td><td>${i.c.received_on}</td><td>${i.applicant}</td><td>${i.c.info_title}</td><td>${STATE_LABELS[i.c.state]}</td><td>${due(i)}</td><td>${i.handler ?? '未分配'}</td></tr>`)}</tbody>
</table></div>
${items.length ? null : html`<p class="muted">没有符合条件的申请${f.q ? html`（查找“${f.q}”）` : null}。</p>`}
${pager(f)}`,
  );
}

export function registerPage(
  gk: RequestAuth,
  s: { values?: Record<string, unknown>; message?: string; fields?: Readonly<Record<string, string>> } = {},
): Html {
  const v = (k: string) => (typeof s.values?.[k] === 'string' ? (s.values[k] as string) : undefined);
  return adminPage(
    gk,
    '登记申请',
    html`<h1>登记申请</h1>
<p>纸质、信函、传真、电子邮件或当面提交的申请，按条例第三十一条确定收到申请之日：当面提交为提交之日；邮寄为签收之日；平常信函、传真、电子邮件为与申请人确认之日。</p>
${errorSummary(s.message, s.fields, { ...FIELD_LABELS, channel: '收件方式', receivedOn: '收到申请之日', evidence: '收件凭证' })}
<form method="post" action="/admin/requests/new" enctype="multipart/form-data" novalidate>
${csrfInput(gk.csrfToken)}
${select({ name: 'channel', label: '收件方式', required: true, value: v('channel'), error: s.fields?.channel, empty: '请选择', options: Object.fromEntries(Object.entries(INTAKE_LABELS).filter(([k]) => k !== 'portal')) })}
${field({ name: 'receivedOn', label: '收到申请之日', type: 'date', required: true, value: v('receivedOn'), error: s.fields?.receivedOn })}
${field({ name: 'evidence', label: '收件凭证（签收日期、挂号信单号、确认电话记录等）', required: true, value: v('evidence'), error: s.fields?.evidence })}
${applyFields(s)}
${registrationUploads(s.fields)}
<p><button type="submit">登记</button></p>
</form>`,
  );
}

const personalRows = (p: Personal) => html`<dt>申请人</dt><dd>${p.name}</dd>
${p.idNumber ? html`<dt>证件号码</dt><dd class="mono">${p.idNumber}</dd>` : null}
<dt>联系电话</dt><dd class="mono">${p.phone}</dd>
${p.email ? html`<dt>电子邮箱</dt><dd>${p.email}</dd>` : null}
${p.address ? html`<dt>通信地址</dt><dd>${p.address}</dd>` : null}`;

export function casePage(
  gk: RequestAuth,
  v: CaseView,
  o: {
    step?: RequestEventType;
    stepForm?: Html;
    flash?: string;
    error?: { message: string; fields?: Readonly<Record<string, string>> };
    whole?: Personal;
    volume?: Html;
  },
): Html {
  const c = v.c;
  const d = v.clock.deadline;
  return adminPage(
    gk,
    `申请 ${c.number}`,
    html`<h1>申请 ${c.number}</h1>
${flash(o.flash)}
${o.error ? errorSummary(o.error.message, o.error.fields, FIELD_LABELS) : null}
<p class="case-status"><strong>${STATE_LABELS[c.state]}</strong> · 答复期限 ${due(v)}${d.provisional ? '（暂定）' : ''}</p>
<section aria-labelledby="next-steps"><h2 id="next-steps">下一步办理</h2>
${v.allowed.length ? html`<ul class="next-steps">${v.allowed.map((e, i) => html`<li><a class="${i === 0 && o.step !== e ? 'button' : o.step === e ? 'button current' : 'button secondary'}" href="/admin/requests/${c.id}?step=${e}#step-form"${o.step === e ? html` aria-current="true"` : null}>${EVENT_LABELS[e]}</a></li>`)}</ul>` : html`<p class="muted">当前没有您可以办理的步骤。</p>`}
${o.stepForm ? html`<div class="step-form" id="step-form">${o.stepForm}</div>` : null}
</section>
<h2>申请详情</h2>
<dl class="meta">
<dt>状态</dt><dd>${STATE_LABELS[c.state]}</dd>
<dt>收件方式</dt><dd>${INTAKE_LABELS[c.channel]}${c.receipt_evidence ? `（凭证：${c.receipt_evidence}）` : ''}</dd>
<dt>收到申请之日</dt><dd>${c.received_on}</dd>
<dt>答复期限</dt><dd>${due(v)}${d.provisional ? '（暂定）' : ''}</dd>
<dt>计算依据</dt><dd>${d.basis.join('；')}</dd>
${c.state === 'received' || c.state === 'processing' ? (v.history.some((e) => e.type === 'correction_requested') ? null : html`<dt>补正告知期限</dt><dd>如需补正，应于 ${d.correctionNoticeDue} 前一次性告知（条例第三十条）</dd>`) : null}
${d.correctionLapsesAfter ? html`<dt>补正期限</dt><dd>${d.correctionLapsesAfter} 前未补正的，视为放弃申请</dd>` : null}
${d.feeLapsesAfter ? html`<dt>缴费期限</dt><dd>${d.feeLapsesAfter} 前未缴纳的，视为放弃申请</dd>` : null}
${d.notes.length ? html`<dt>提示</dt><dd><ul>${d.notes.map((n) => html`<li>${n}</li>`)}</ul></dd>` : null}
${c.outcome ? html`<dt>处理结果</dt><dd>${OUTCOMES[c.outcome].label}（表三：${applicationRowLabel(OUTCOMES[c.outcome].row)}；依据：${c.outcome_basis ?? ''}）</dd>` : null}
<dt>申请人类别</dt><dd>${isApplicantColumn(c.applicant_kind) ? APPLICANT_LABELS[c.applicant_kind] : c.applicant_kind}</dd>
${personalRows(o.whole ?? v.personal)}
<dt>所需信息</dt><dd>${c.info_title}${c.info_doc_number ? `（${c.info_doc_number}）` : ''}<br>${c.info_description}</dd>
<dt>形式与方式</dt><dd>${FORM_LABELS[c.form_wanted as keyof typeof FORM_LABELS] ?? c.form_wanted}；${DELIVERY_LABELS[c.delivery as keyof typeof DELIVERY_LABELS] ?? c.delivery}</dd>
</dl>
${v.canSeePersonal && !o.whole ? html`<form method="post" action="/admin/requests/${c.id}/personal">${csrfInput(gk.csrfToken)}<button type="submit" class="secondary">查看完整个人信息（将记入审计日志）</button></form>` : null}
${v.attachments.length ? html`<h2>附件</h2><ul>${v.attachments.map((x) => html`<li>${ATTACHMENT_KINDS[x.kind as keyof typeof ATTACHMENT_KINDS] ?? x.kind}（${x.mediaType}，${Math.ceil(x.size / 1024)} KB）${v.canSeePersonal ? html` <a href="/admin/requests/${c.id}/attachments/${x.id}">查看（将记入审计日志）</a>` : null}</li>`)}</ul>` : null}
<details class="trace"><summary>答复期限计算过程（逐日）</summary>
<table><thead><tr><th scope="col">日期</th><th scope="col">计入</th><th scope="col">说明</th></tr></thead>
<tbody>${(d.trace ?? []).map((t) => html`<tr><td>${t.date}</td><td>${t.counted ? `第 ${t.n} 日` : '不计'}</td><td>${t.why}</td></tr>`)}</tbody></table>
</details>
<h2>办理记录</h2>
<ol><li>${c.received_on} 收到申请</li>${v.history.map((e) => html`<li>${e.onDate} ${EVENT_LABELS[e.type]}（${e.actor}）${typeof e.data.amount === 'number' ? `：${e.data.amount} 元` : ''}${typeof e.data.evidence === 'string' ? `：${e.data.evidence}` : ''}</li>`)}</ol>
<h2>告知书</h2>
${v.letters.length ? html`<ul>${v.letters.map((l) => html`<li>${l.issuedOn} ${LETTER_TITLES[l.kind as LetterKind] ?? l.kind}：<a href="/admin/requests/${c.id}/letters/${l.id}.docx">DOCX</a> · <a href="/admin/requests/${c.id}/letters/${l.id}.pdf">PDF</a></li>`)}</ul>` : html`<p class="muted">暂无。</p>`}
${v.letterKinds.filter((k) => !v.letters.some((l) => l.kind === k)).map((k) => html`<form method="post" action="/admin/requests/${c.id}/letters">${csrfInput(gk.csrfToken)}<input type="hidden" name="kind" value="${k}"><button type="submit" class="secondary">出具${LETTER_TITLES[k]}</button></form>`)}
${o.volume ?? null}
<h2>该申请人的其他申请</h2>
${v.earlier.length ? html`<ul>${v.earlier.map((e) => html`<li><a href="/admin/requests/${e.id}">${e.number}</a> ${e.receivedOn} ${e.infoTitle}（${STATE_LABELS[e.state as keyof typeof STATE_LABELS] ?? e.state}）${e.similar ? html` <strong>内容相似，可能为重复申请（条例第三十六条第（六）项）</strong>` : null}</li>`)}</ul>` : html`<p class="muted">无。</p>`}`,
  );
}

/** The scanned paper application and the applicant's ID copy, attached at registration (PDF/JPG/PNG, 5 MB each). */
function registrationUploads(errors: Readonly<Record<string, string>> | undefined): Html {
  return html`<h2>附件（可不上传）</h2>
<p class="muted">纸质申请的扫描件和身份证明复印件。只接受 PDF、JPG 或 PNG，每个文件不超过 5 MB。</p>
${attachmentInputs(errors, { scan: '申请书扫描件（纸质、信函、传真申请）', idCopy: '身份证明复印件' })}`;
}
