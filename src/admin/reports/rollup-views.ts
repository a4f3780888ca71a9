// Back-office pages of the roll-up (a parent's consolidated tables and each subordinate's report status) and of the
// drill-down (the cases or entries behind one figure).
import { type Html, html } from '../../html/html.ts';
import type { RequestAuth } from '../../http/session.ts';
import type { Drill } from '../../report/drill.ts';
import { appealsTableHtml, applicationsTableHtml, proactiveTableHtml } from '../../report/render/tables-html.ts';
import { type Rollup, UNIT_STATUS_LABELS } from '../../report/rollup.ts';
import { adminPage } from '../layout.ts';
import { findingsList, marksOf } from './views.ts';

export function rollupPage(gk: RequestAuth, r: Rollup): Html {
  const attention = r.units.filter((u) => u.status !== 'published' || u.errors > 0 || !u.checked);
  const opts = { marks: marksOf(r.report.findings) };
  return adminPage(
    gk,
    `${r.year}年度汇总`,
    html`<h1>${r.parent.name}${r.year}年度汇总（含全部下级机关）</h1>
<p>下级机关 ${r.units.length} 个；已公布 ${r.units.filter((u) => u.status === 'published').length} 个；需要关注 ${attention.length} 个（未编制、未公布或有错误）。</p>
<h2>下级机关年度报告</h2>
<div class="table-wrap"><table class="cases"><thead><tr><th scope="col">机关</th><th scope="col">状态</th><th scope="col">公布期限</th><th scope="col">公布日期</th><th scope="col">错误</th><th scope="col">警告</th></tr></thead>
<tbody>${r.units.map((u) => html`<tr><td><a href="/admin/reports/${r.year}?agency=${u.code}">${u.name}</a></td><td>${UNIT_STATUS_LABELS[u.status]}${u.overdue ? html`，<strong class="overdue">已逾期</strong>` : null}</td><td>${u.due}</td><td>${u.publishedAt?.slice(0, 10) ?? '—'}</td>${u.checked ? html`<td>${u.errors}</td><td>${u.warnings}</td>` : html`<td colspan="2" class="muted">未封账，尚未检查</td>`}</tr>`)}</tbody></table></div>
<h2>汇总表格检查</h2>${findingsList(r.report.findings)}
<h2>二、主动公开政府信息情况（汇总）</h2><div class="table-wrap">${proactiveTableHtml(r.report, opts)}</div>
<h2>三、收到和处理政府信息公开申请情况（汇总）</h2><div class="table-wrap">${applicationsTableHtml(r.report, opts)}</div>
<h2>四、政府信息公开行政复议、行政诉讼情况（汇总）</h2><div class="table-wrap">${appealsTableHtml(r.report, opts)}</div>`,
  );
}

export function drillPage(gk: RequestAuth, d: Drill): Html {
  return adminPage(
    gk,
    `${d.year}年度报告 · ${d.cell}`,
    html`<h1>${d.cell}</h1>
<p>${d.agency.name}${d.year}年度：${d.items.length}${d.truncated ? '+' : ''} 条。<a href="/admin/reports/${d.year}">返回年度报告</a></p>
<div class="table-wrap"><table class="cases"><thead><tr><th scope="col">编号</th><th scope="col">名称</th><th scope="col">日期</th><th scope="col">情况</th></tr></thead>
<tbody>${d.items.map((i) => html`<tr><td>${i.href ? html`<a href="${i.href}">${i.ref}</a>` : i.ref}</td><td>${i.title}</td><td>${i.date}</td><td>${i.detail}</td></tr>`)}</tbody></table></div>`,
  );
}
