import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import type { Accountability, Training } from '../../supervision/store.ts';
import { adminPage } from '../layout.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function supervisionPage(
  gk: RequestAuth,
  v: {
    trainings: Training[];
    accountability: Accountability[];
    canRecord: boolean;
    flash?: string;
    error?: DomainError;
    form?: 'training' | 'accountability';
    values?: Record<string, unknown>;
  },
): Html {
  const err = (form: string, name: string) => (v.form === form ? v.error?.fields?.[name] : undefined);
  const val = (form: string, name: string) => (v.form === form ? str(v.values?.[name]) : '');
  return adminPage(
    gk,
    '监督保障',
    html`<h1>监督保障</h1>
<p><a href="/admin/supervision/mechanism">工作机制</a> · <a href="/admin/supervision/assessments">工作考核</a> · <a href="/admin/supervision/tasks">重点工作任务</a> · <a href="/admin/feedback">意见箱</a></p>
${flash(v.flash)}
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<h2>政务公开培训</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">日期</th><th scope="col">主题</th><th scope="col">组织单位</th><th scope="col">人数</th><th scope="col">参训单位</th></tr></thead>
<tbody>${v.trainings.map((t) => html`<tr><td>${t.heldOn}</td><td>${t.topic}</td><td>${t.organiser}</td><td>${t.attendees ?? '—'}</td><td>${t.attendeeUnits}</td></tr>`)}</tbody></table></div>
${
  v.canRecord
    ? html`<form class="stack" method="post" action="/admin/supervision/training">${csrfInput(gk.csrfToken)}
${field({ name: 'heldOn', label: '培训日期', type: 'date', required: true, value: val('training', 'heldOn'), error: err('training', 'heldOn') })}
${field({ name: 'topic', label: '培训主题', required: true, value: val('training', 'topic'), error: err('training', 'topic') })}
${field({ name: 'organiser', label: '组织单位', required: true, value: val('training', 'organiser'), error: err('training', 'organiser') })}
${field({ name: 'attendees', label: '参训人数（可不填）', type: 'number', value: val('training', 'attendees'), error: err('training', 'attendees') })}
${field({ name: 'attendeeUnits', label: '参训单位', required: true, value: val('training', 'attendeeUnits'), error: err('training', 'attendeeUnits'), hint: '如：各村、各站所信息员' })}
<div><button type="submit">登记培训</button></div></form>`
    : null
}
<h2>责任追究（仅本机关工作人员可见）</h2>
${
  v.accountability.length
    ? html`<div class="table-wrap"><table><thead><tr><th scope="col">决定日期</th><th scope="col">人员或单位</th><th scope="col">问题</th><th scope="col">处理结果</th></tr></thead>
<tbody>${v.accountability.map((a) => html`<tr><td>${a.decidedOn}</td><td>${a.person}</td><td>${a.matter}</td><td>${a.outcome}</td></tr>`)}</tbody></table></div>`
    : html`<p>本机关未发生因政府信息公开工作开展责任追究的情况。</p>`
}
${
  v.canRecord
    ? html`<form class="stack" method="post" action="/admin/supervision/accountability">${csrfInput(gk.csrfToken)}
${field({ name: 'decidedOn', label: '决定日期', type: 'date', required: true, value: val('accountability', 'decidedOn'), error: err('accountability', 'decidedOn') })}
${field({ name: 'person', label: '被追责人员或单位', required: true, value: val('accountability', 'person'), error: err('accountability', 'person') })}
${field({ name: 'matter', label: '问题', required: true, value: val('accountability', 'matter'), error: err('accountability', 'matter') })}
${field({ name: 'outcome', label: '处理结果', required: true, value: val('accountability', 'outcome'), error: err('accountability', 'outcome') })}
<div><button type="submit">登记责任追究</button></div></form>`
    : null
}`,
  );
}
