// Back-office views: Article 20 registers (表二), the 标准目录, and 政务新媒体 accounts.
import { CHANNEL_CARRIERS, type StandardItem } from '../../catalogue/standard-catalogue.ts';
import type { MediaAccount } from '../../catalogue/standard-store.ts';
import { DECISION_KINDS, DECISION_LABELS, type DecisionRow, type ProactiveTable } from '../../catalogue/registers.ts';
import type { Column } from '../../catalogue/column-store.ts';
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { adminPage } from '../layout.ts';
import { standardImportForm } from './standard-views.ts';

const errorBox = (e?: DomainError) => (e ? html`<div class="notice error" role="alert">${e.message}</div>` : null);
const sel = (name: string, label: string, opts: ReadonlyArray<[string, string]>) =>
  html`<div><label for="f-${name}">${label}</label><select id="f-${name}" name="${name}">${opts.map(([v, l]) => html`<option value="${v}">${l}</option>`)}</select></div>`;

export function registersPage(
  gk: RequestAuth,
  v: {
    year: number;
    table: ProactiveTable;
    decisions: Array<DecisionRow & { note: string }>;
    error?: DomainError;
    flash?: string;
  },
): Html {
  const t = v.table;
  const docRow = (label: string, d: ProactiveTable['regulations']) =>
    html`<tr><th scope="row">${label}</th><td>${d.issued}</td><td>${d.repealed}</td><td>${d.inForce}</td></tr>`;
  return adminPage(
    gk,
    `${v.year}年 第二十条登记`,
    html`<h1>${v.year}年 主动公开情况登记（年度报告表二）</h1>
${flash(v.flash)}${errorBox(v.error)}
<form method="get" action="/admin/catalogue/registers"><label for="f-year">年度</label><input type="number" id="f-year" name="year" value="${v.year}"><button type="submit" class="secondary">查看</button></form>
<table><caption>第二十条第（一）项（由目录中体裁为规章、行政规范性文件的信息及其有效性生成）</caption><thead><tr><th scope="col">信息内容</th><th scope="col">本年制发件数</th><th scope="col">本年废止件数</th><th scope="col">现行有效件数</th></tr></thead>
<tbody>${docRow('规章', t.regulations)}${docRow('行政规范性文件', t.normativeDocuments)}</tbody></table>
<table><caption>第二十条第（五）（六）（八）项</caption><thead><tr><th scope="col">信息内容</th><th scope="col">本年处理决定数量 / 收费金额（万元）</th></tr></thead><tbody>
<tr><th scope="row">行政许可</th><td>${t.licensing.decisions}</td></tr><tr><th scope="row">行政处罚</th><td>${t.penalties.decisions}</td></tr>
<tr><th scope="row">行政强制</th><td>${t.coercion.decisions}</td></tr><tr><th scope="row">行政事业性收费</th><td>${t.fees.amountWanYuan}</td></tr></tbody></table>
<h2>登记处理决定或收费</h2>
<form class="stack" method="post" action="/admin/catalogue/registers">${csrfInput(gk.csrfToken)}<input type="hidden" name="year" value="${v.year}">
${sel(
  'kind',
  '类别',
  DECISION_KINDS.map((k) => [k, DECISION_LABELS[k]]),
)}
${field({ name: 'count', label: '决定数量（件）', type: 'number', value: '1' })}
${field({ name: 'amount', label: '收费金额（元，仅收费填写）', value: '0' })}
${field({ name: 'note', label: '说明（如决定书文号，或“全年合计”）' })}
<div><button type="submit">登记</button></div></form>
<h2>已登记</h2><ul>${v.decisions.map((d) => html`<li>${DECISION_LABELS[d.kind]}：${d.count} 件${d.amountFen ? html`，${(d.amountFen / 100).toFixed(2)} 元` : null}${d.note ? html`（${d.note}）` : null}</li>`)}</ul>`,
  );
}

export function standardPage(
  gk: RequestAuth,
  v: { items: StandardItem[]; columns: Column[]; uncovered: ReadonlySet<number>; error?: DomainError; flash?: string },
): Html {
  return adminPage(
    gk,
    '政务公开事项标准目录',
    html`<h1>政务公开事项标准目录</h1>
${flash(v.flash)}${errorBox(v.error)}
<p><a href="/admin/catalogue/standard.xlsx">导出 XLSX（标准列格式）</a>${v.uncovered.size ? `；${v.uncovered.size} 个事项尚无现行信息（未关联已发布且有效的信息）` : ''}</p>
<div class="table-wrap"><table><thead><tr><th scope="col">序号</th><th scope="col">一级事项</th><th scope="col">二级事项</th><th scope="col">公开内容</th><th scope="col">公开时限</th><th scope="col">公开主体</th><th scope="col">现行信息</th></tr></thead>
<tbody>${v.items.map((it, i) => html`<tr><td>${i + 1}</td><td>${it.level1}</td><td><a href="/admin/catalogue/standard/items/${it.id}">${it.level2}</a></td><td>${it.content}</td><td>${it.timeLimit}</td><td>${it.subject}</td><td>${v.uncovered.has(it.id!) ? '无' : '有'}</td></tr>`)}</tbody></table></div>
${standardImportForm(gk)}
<h2>添加事项</h2>
<form class="stack" method="post" action="/admin/catalogue/standard">${csrfInput(gk.csrfToken)}
${field({ name: 'level1', label: '一级事项', required: true })}${field({ name: 'level2', label: '二级事项', required: true })}
${field({ name: 'content', label: '公开内容（要素）', required: true })}${field({ name: 'basis', label: '公开依据', required: true })}
${field({ name: 'timeLimit', label: '公开时限', value: '信息形成或者变更之日起20个工作日内', required: true })}${field({ name: 'subject', label: '公开主体', required: true })}
<fieldset><legend>公开渠道和载体</legend>${CHANNEL_CARRIERS.map((c, i) => html`<div><input type="checkbox" id="ch-${i}" name="channels" value="${c}"> <label class="inline" for="ch-${i}">${c}</label></div>`)}</fieldset>
${sel('columnId', '发布栏目（栏目监测据此检查公开时限）', [['', '不关联'], ...v.columns.map((c): [string, string] => [String(c.id), c.name])])}
${sel('audience', '公开对象', [
  ['all', '全社会'],
  ['specific', '特定群众'],
])}${sel('mode', '公开方式', [
  ['active', '主动'],
  ['on_request', '依申请公开'],
])}${sel('tier', '公开层级', [
  ['township', '乡级'],
  ['county', '县级'],
])}
<div><button type="submit">添加</button></div></form>`,
  );
}

export function mediaPage(gk: RequestAuth, v: { accounts: MediaAccount[]; error?: DomainError; flash?: string }): Html {
  return adminPage(
    gk,
    '政务新媒体',
    html`<h1>政务新媒体</h1>
${flash(v.flash)}${errorBox(v.error)}
<table><thead><tr><th scope="col">年度</th><th scope="col">平台</th><th scope="col">名称</th><th scope="col">年末关注数</th><th scope="col">全年发布条数</th></tr></thead>
<tbody>${v.accounts.map((m) => html`<tr><td>${m.year}</td><td>${m.platform}</td><td>${m.name}</td><td>${m.followers}</td><td>${m.posts}</td></tr>`)}</tbody></table>
<h2>登记年末数据</h2>
<form class="stack" method="post" action="/admin/catalogue/media">${csrfInput(gk.csrfToken)}
${field({ name: 'platform', label: '平台（如微信公众号）', required: true })}${field({ name: 'name', label: '账号名称', required: true })}
${field({ name: 'year', label: '年度', type: 'number', required: true })}${field({ name: 'followers', label: '年末关注数', type: 'number', required: true })}${field({ name: 'posts', label: '全年发布条数', type: 'number', required: true })}
<div><button type="submit">保存</button></div></form>`,
  );
}
