import type { CalendarYearRow } from '../../calendar/store.ts';
import type { DeadlineResult } from '../../clock/deadline.ts';
import { CHANNELS, RECEIPT_RULES } from '../../clock/rules.ts';
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { adminPage } from '../layout.ts';
import type { CalculatorQuery } from './calculator.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function calendarPage(
  gk: RequestAuth,
  v: {
    years: CalendarYearRow[];
    canManage: boolean;
    error?: DomainError;
    values?: Record<string, unknown>;
    done?: string;
  },
): Html {
  const f = v.error?.fields ?? {};
  const dayErrors = Object.entries(f)
    .filter(([k]) => k.startsWith('days') || k === 'festivals')
    .map(([, m]) => m);
  return adminPage(
    gk,
    '节假日与期限',
    html`<h1>节假日与期限</h1>
<p>答复期限按工作日计算：周一至周五扣除法定节假日，加上调休上班的周六、周日。尚未载入放假安排的年份按周末计算，结果标为“暂定”。
<a href="/admin/calendar/deadline">打开期限计算器</a></p>
${flash(v.done)}
<h2>已载入的年份</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">年份</th><th scope="col">放假</th><th scope="col">调休上班</th><th scope="col">依据</th><th scope="col">来源</th><th scope="col">载入时间</th></tr></thead>
<tbody>${[...v.years].reverse().map((y) => html`<tr><td>${y.year}</td><td>${y.offDays}</td><td>${y.workDays}</td><td>${y.noticeTitle ?? '—'}${y.noticeDate ? `（${y.noticeDate}）` : ''}</td><td class="mono">${y.source}</td><td>${y.loadedAt.slice(0, 10)}</td></tr>`)}</tbody></table></div>
${
  v.canManage
    ? html`<h2 id="new-year">载入或更正一年的放假安排</h2>
<p class="muted">按国务院办公厅通知逐行填写，例如“2027-01-01 休 元旦”“2027-02-06~2027-02-12 休 春节”“2027-02-14 班 春节”。元旦、春节、清明、劳动节、端午、中秋、国庆缺一不可。载入后，未办结申请的期限将重新计算。</p>
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<form class="stack" method="post" action="/admin/calendar">
${csrfInput(gk.csrfToken)}
${field({ name: 'year', label: '年份', value: str(v.values?.year), required: true, error: f.year })}
${field({ name: 'noticeTitle', label: '通知标题', value: str(v.values?.noticeTitle), error: f['notice.title'], hint: '如：国务院办公厅关于2027年部分节假日安排的通知' })}
${field({ name: 'noticeDate', label: '通知发布日期', type: 'date', value: str(v.values?.noticeDate), error: f['notice.date'] })}
<div><label for="f-days">放假安排（每行一项）</label>
<textarea id="f-days" name="days" rows="14"${dayErrors.length ? html` aria-invalid="true" aria-describedby="f-days-err"` : null}>${str(v.values?.days)}</textarea>
${dayErrors.length ? html`<p class="field-error" id="f-days-err">${dayErrors.join('；')}</p>` : null}</div>
<div><button type="submit">校验并载入</button></div>
</form>`
    : html`<p class="muted">放假安排对本系统所有机关生效，由最上级机关的管理员维护。</p>`
}`,
  );
}

const EVENT_FIELDS = [
  ['correctionRequested', '发出补正告知'],
  ['correctionReceived', '收到补正'],
  ['consultationStarted', '发出征求意见'],
  ['consultationEnded', '收到意见'],
  ['feeNoticeSent', '发出收费通知'],
  ['feePaid', '缴费'],
  ['extendedOn', '延期（负责人批准）日期'],
] as const;

export function calculatorPage(
  gk: RequestAuth,
  v: { query: CalculatorQuery; result?: DeadlineResult; error?: DomainError },
): Html {
  const q = v.query;
  const f = v.error?.fields ?? {};
  const r = v.result;
  return adminPage(
    gk,
    '期限计算器',
    html`<h1>期限计算器</h1>
<p class="muted">依《政府信息公开条例》第三十条至第三十五条计算答复期限，并逐日说明。只填写已发生的事项。</p>
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}
<form class="stack" method="get" action="/admin/calendar/deadline">
${field({ name: 'received', label: '收到申请之日', type: 'date', value: q.received, required: true, error: f.received })}
<div><label for="f-channel">提交方式</label><select id="f-channel" name="channel">${CHANNELS.map((c) => html`<option value="${c}"${q.channel === c ? html` selected` : null}>${RECEIPT_RULES[c].label}（以${RECEIPT_RULES[c].receivedIs}为收到之日）</option>`)}</select></div>
${EVENT_FIELDS.map(([name, label]) => field({ name, label, type: 'date', value: q[name] }))}
<div><label for="f-party">征求意见对象</label><select id="f-party" name="party"><option value="third_party">第三方（第三十二条）</option><option value="agency"${q.party === 'agency' ? html` selected` : null}>其他机关（第三十四条）</option></select></div>
${field({ name: 'extendedDays', label: '延长工作日数（最长 20）', type: 'number', value: q.extendedDays ?? '20' })}
<div><button type="submit">计算</button></div>
</form>
${r ? resultBlock(r) : null}`,
  );
}

function resultBlock(r: DeadlineResult): Html {
  return html`<h2>结果</h2>
<dl class="meta">
<dt>答复期限</dt><dd><strong>${r.due ?? '尚未起算（等待补正）'}</strong>${r.provisional ? html` <span class="notice warn">暂定：所涉年份的放假安排尚未公布</span>` : null}</dd>
<dt>补正告知最迟</dt><dd>${r.correctionNoticeDue}${r.correctionNoticeLate ? '（已逾期发出）' : ''}</dd>
<dt>起算</dt><dd>${r.countedFrom} 的次日，计 ${r.workingDays} 个工作日</dd>
${r.feeLapsesAfter ? html`<dt>缴费截止</dt><dd>${r.feeLapsesAfter}（逾期视为放弃申请）</dd>` : null}
<dt>依据</dt><dd>${r.basis.join('；')}</dd>
</dl>
${r.notes.length ? html`<ul>${r.notes.map((n) => html`<li>${n}</li>`)}</ul>` : null}
<details><summary>逐日说明（${r.trace?.length ?? 0} 天）</summary>
<div class="table-wrap"><table><thead><tr><th scope="col">日期</th><th scope="col">计入</th><th scope="col">说明</th></tr></thead>
<tbody>${(r.trace ?? []).map((d) => html`<tr><td>${d.date}</td><td>${d.counted ? `第 ${d.n} 个工作日` : '不计'}</td><td>${d.why}</td></tr>`)}</tbody></table></div>
</details>`;
}
