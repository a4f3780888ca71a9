import type { AppealDeadlines } from '../../appeals/deadlines.ts';
import { APPEAL_COLUMN_LABELS, APPEAL_COLUMNS, APPEAL_KINDS, DECISIONS } from '../../appeals/outcomes.ts';
import type { Appeal, AppealDocument } from '../../appeals/store.ts';
import type { TableFour } from '../../appeals/table-four.ts';
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { adminPage } from '../layout.ts';

const str = (v: unknown) => (typeof v === 'string' ? v : '');
type State = { error?: DomainError; values?: Record<string, unknown>; form?: string; flash?: string };
const alert = (s: State, form: string) =>
  s.form === form && s.error ? html`<div class="notice error" role="alert">${s.error.message}</div>` : null;
const err = (s: State, form: string, name: string) => (s.form === form ? s.error?.fields?.[name] : undefined);
const ROWS = [
  ['reconsideration', '行政复议'],
  ['litigationDirect', '行政诉讼·未经复议直接起诉'],
  ['litigationAfterReconsideration', '行政诉讼·复议后起诉'],
] as const;

export function appealListPage(
  gk: RequestAuth,
  v: State & { appeals: Appeal[]; year: number; table: TableFour; canRecord: boolean },
): Html {
  const reconsiderations = v.appeals.filter((a) => a.kind === 'reconsideration');
  return adminPage(
    gk,
    '复议与诉讼',
    html`<h1>行政复议与行政诉讼</h1>${flash(v.flash)}
<h2>${v.year} 年表四（按现有案件计算）</h2>
<p><a href="/admin/appeals?year=${v.year - 1}">查看 ${v.year - 1} 年表四</a></p>
<div class="table-wrap"><table><thead><tr><th scope="col">类型</th>${APPEAL_COLUMNS.map((c) => html`<th scope="col">${APPEAL_COLUMN_LABELS[c]}</th>`)}<th scope="col">总计</th></tr></thead>
<tbody>${ROWS.map(([k, label]) => html`<tr><th scope="row">${label}</th>${APPEAL_COLUMNS.map((c) => html`<td>${v.table[k][c]}</td>`)}<td>${v.table[k].total}</td></tr>`)}</tbody></table></div>
<h2>案件</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">提出日期</th><th scope="col">类型</th><th scope="col">机关或法院</th><th scope="col">申请人／原告</th><th scope="col">结果</th></tr></thead>
<tbody>${v.appeals.map((a) => html`<tr><td><a href="/admin/appeals/${a.id}">${a.filedOn}</a></td><td>${APPEAL_KINDS[a.kind].label}</td><td>${a.body}</td><td>${a.applicant}</td><td>${a.decision ? `${DECISIONS[a.decision].label}（${a.decidedOn}）` : '尚未审结'}</td></tr>`)}</tbody></table></div>
${
  v.canRecord
    ? html`<h2>登记案件</h2>${alert(v, 'new')}<form class="stack" method="post" action="/admin/appeals">${csrfInput(gk.csrfToken)}
<div><label for="f-kind">案件类型</label><select id="f-kind" name="kind">${Object.entries(APPEAL_KINDS).map(([k, x]) => html`<option value="${k}"${str(v.values?.kind) === k ? html` selected` : null}>${x.label}</option>`)}</select></div>
<div><label for="f-procedure">程序</label><select id="f-procedure" name="procedure"><option value="ordinary">普通程序</option><option value="simplified">简易程序（政府信息公开案件可适用）</option></select></div>
<div><label for="f-followsId">复议后起诉所依据的复议案件</label><select id="f-followsId" name="followsId"><option value="">（不适用）</option>${reconsiderations.map((a) => html`<option value="${a.id}">${a.filedOn} ${a.body} ${a.applicant}</option>`)}</select>${err(v, 'new', 'followsId') ? html`<p class="field-error">${err(v, 'new', 'followsId')}</p>` : null}</div>
${field({ name: 'requestNumber', label: '涉及的申请编号（可不填）', value: str(v.values?.requestNumber), error: err(v, 'new', 'requestNumber') })}
${field({ name: 'body', label: '复议机关或法院', required: true, value: str(v.values?.body), error: err(v, 'new', 'body') })}
${field({ name: 'caseNumber', label: '案号（可不填）', value: str(v.values?.caseNumber), error: err(v, 'new', 'caseNumber') })}
${field({ name: 'applicant', label: '申请人或原告', required: true, value: str(v.values?.applicant), error: err(v, 'new', 'applicant') })}
${field({ name: 'filedOn', label: '提出日期', type: 'date', required: true, value: str(v.values?.filedOn), error: err(v, 'new', 'filedOn') })}
<div><button type="submit">登记</button></div></form>`
    : null
}`,
  );
}

export function appealPage(
  gk: RequestAuth,
  v: State & { appeal: Appeal; deadlines: AppealDeadlines; documents: AppealDocument[]; canRecord: boolean },
): Html {
  const a = v.appeal;
  const d = v.deadlines;
  const date = (name: 'acceptedOn' | 'copyReceivedOn' | 'answeredOn' | 'decidedOn', label: string) =>
    field({ name, label, type: 'date', value: a[name] ?? '', error: err(v, 'steps', name) });
  return adminPage(
    gk,
    '案件',
    html`<h1>${APPEAL_KINDS[a.kind].label}：${a.applicant}</h1>${flash(v.flash)}
<dl class="meta"><dt>机关或法院</dt><dd>${a.body}</dd><dt>案号</dt><dd>${a.caseNumber ?? '—'}</dd><dt>程序</dt><dd>${a.procedure === 'simplified' ? '简易程序' : '普通程序'}</dd>
<dt>涉及申请</dt><dd>${a.requestNumber ?? '—'}</dd><dt>提出日期</dt><dd>${a.filedOn}</dd>
<dt>${a.kind === 'reconsideration' ? '答复期限' : '答辩期限'}</dt><dd>${d.answerDue ? `${d.answerDue.date}（${d.answerDue.basis}）` : '收到副本后计算'}</dd>
<dt>${a.kind === 'reconsideration' ? '复议决定期限' : '审理期限'}</dt><dd>${d.decisionDue ? `${d.decisionDue.date}（${d.decisionDue.basis}）` : '受理后计算'}</dd>
<dt>结果</dt><dd>${a.decision ? `${DECISIONS[a.decision].label}，计入表四“${APPEAL_COLUMN_LABELS[DECISIONS[a.decision].column]}”` : '尚未审结'}</dd></dl>
${
  v.canRecord
    ? html`<h2>办理进度</h2>${alert(v, 'steps')}<form class="stack" method="post" action="/admin/appeals/${a.id}/steps">${csrfInput(gk.csrfToken)}<input type="hidden" name="version" value="${a.version}">
${date('acceptedOn', '受理日期')}${date('copyReceivedOn', '收到申请书副本／起诉状副本日期')}${date('answeredOn', '本机关答复／答辩日期')}
${field({ name: 'extendedDays', label: '复议延长天数（最多 30）', type: 'number', value: String(a.extendedDays || ''), error: err(v, 'steps', 'extendedDays') })}
${date('decidedOn', '决定／判决日期')}
<div><label for="f-decision">结果</label><select id="f-decision" name="decision"><option value="">尚未审结</option>${Object.entries(DECISIONS).map(([k, x]) => html`<option value="${k}"${a.decision === k ? html` selected` : null}>${x.label}（${APPEAL_COLUMN_LABELS[x.column]}，${x.basis}）</option>`)}</select>${err(v, 'steps', 'decision') ? html`<p class="field-error">${err(v, 'steps', 'decision')}</p>` : null}</div>
<div><button type="submit">保存</button></div></form>`
    : null
}
<h2>文书</h2>
<ul>${v.documents.map((x) => html`<li>${x.dated} ${x.kind}：${x.title}${x.docNumber ? `（${x.docNumber}）` : ''}${x.file ? html` <a href="/admin/appeals/${a.id}/documents/${x.id}">下载 ${x.file.name}</a>` : null}</li>`)}</ul>
${
  v.canRecord
    ? html`${alert(v, 'document')}<form class="stack" method="post" action="/admin/appeals/${a.id}/documents" enctype="multipart/form-data">${csrfInput(gk.csrfToken)}
<div><label for="f-dkind">文书类型</label><select id="f-dkind" name="kind">${['申请书', '起诉状', '答复书', '答辩状', '决定书', '判决书', '裁定书', '其他'].map((k) => html`<option>${k}</option>`)}</select></div>
${field({ name: 'title', label: '标题', required: true, error: err(v, 'document', 'title') })}
${field({ name: 'dated', label: '日期', type: 'date', required: true, error: err(v, 'document', 'dated') })}
${field({ name: 'docNumber', label: '文号（可不填）', error: err(v, 'document', 'docNumber') })}
${field({ name: 'file', label: '文书文件（可不传；PDF、DOCX、PNG、JPEG，不超过 20 MB）', type: 'file', error: err(v, 'document', 'file') })}
<div><button type="submit">登记文书</button></div></form>`
    : null
}`,
  );
}
