import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, field, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { KEY_TASK_LABELS, keyTaskStatus } from '../../supervision/assessment.ts';
import type {
  AssessmentResult,
  AssessmentRound,
  KeyTask,
  Responsibility,
  RuleDocument,
} from '../../supervision/store.ts';
import { SUGGESTED_SHEET, type UnitFigures } from '../../supervision/unit-figures.ts';
import { adminPage } from '../layout.ts';

export type FormState = { form?: string; error?: DomainError; values?: Record<string, unknown>; flash?: string };

const DUTY_LABELS = {
  principal: '主要负责人（一把手）',
  in_charge: '分管领导',
  office: '政务公开工作机构',
  contact: '信息员／联络员',
} as const;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

function formKit(gk: RequestAuth, s: FormState, form: string) {
  const mine = s.form === form;
  return {
    err: (name: string) => (mine ? s.error?.fields?.[name] : undefined),
    val: (name: string) => (mine ? str(s.values?.[name]) : ''),
    alert: mine && s.error ? html`<div class="notice error" role="alert">${s.error.message}</div>` : null,
    csrf: csrfInput(gk.csrfToken),
  };
}

function textarea(name: string, label: string, value: string, error?: string): Html {
  return html`<div><label for="f-${name}">${label}</label><textarea id="f-${name}" name="${name}" rows="5"${error ? html` aria-invalid="true" aria-describedby="f-${name}-err"` : null}>${value}</textarea>${error ? html`<p class="field-error" id="f-${name}-err">${error}</p>` : null}</div>`;
}

const subnav = html`<p><a href="/admin/supervision">培训与责任追究</a> · <a href="/admin/supervision/mechanism">工作机制</a> · <a href="/admin/supervision/assessments">工作考核</a> · <a href="/admin/supervision/tasks">重点工作任务</a></p>`;

export function mechanismPage(
  gk: RequestAuth,
  v: { people: Responsibility[]; rules: RuleDocument[]; canRecord: boolean; state: FormState },
): Html {
  const p = formKit(gk, v.state, 'people');
  const r = formKit(gk, v.state, 'rules');
  // Rules come highest version first, so the first of each series is the one in force.
  const current = new Map<string, RuleDocument>();
  for (const x of v.rules) if (!current.has(x.series)) current.set(x.series, x);
  const series = [...current.values()];
  return adminPage(
    gk,
    '工作机制',
    html`<h1>工作机制</h1>${subnav}${flash(v.state.flash)}
<h2>工作责任</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">职责</th><th scope="col">姓名</th><th scope="col">职务</th><th scope="col">起止</th></tr></thead>
<tbody>${v.people.map((x) => html`<tr><td>${DUTY_LABELS[x.duty]}</td><td>${x.person}</td><td>${x.post}</td><td>${x.since} 至 ${x.until ?? '今'}</td></tr>`)}</tbody></table></div>
${
  v.canRecord
    ? html`${p.alert}<form class="stack" method="post" action="/admin/supervision/mechanism/people">${p.csrf}
<div><label for="f-duty">职责</label><select id="f-duty" name="duty">${Object.entries(DUTY_LABELS).map(([k, l]) => html`<option value="${k}">${l}</option>`)}</select></div>
${field({ name: 'person', label: '姓名', required: true, value: p.val('person'), error: p.err('person') })}
${field({ name: 'post', label: '职务', required: true, value: p.val('post'), error: p.err('post') })}
${field({ name: 'since', label: '起始日期', type: 'date', required: true, value: p.val('since'), error: p.err('since') })}
<div><button type="submit">登记（同一职责的前任自动截止）</button></div></form>`
    : null
}
<h2>制度（现行版本在前，历次版本留存）</h2>
<div class="table-wrap"><table><thead><tr><th scope="col">制度</th><th scope="col">版本</th><th scope="col">文号</th><th scope="col">通过日期</th><th scope="col">主要内容</th></tr></thead>
<tbody>${v.rules.map((x) => html`<tr><td>${x.title}</td><td>第 ${x.version} 版${series.find((s) => s.series === x.series)?.id === x.id ? '（现行）' : ''}</td><td>${x.docNumber ?? '—'}</td><td>${x.adoptedOn}</td><td>${x.summary}</td></tr>`)}</tbody></table></div>
${
  v.canRecord
    ? html`${r.alert}<form class="stack" method="post" action="/admin/supervision/mechanism/rules">${r.csrf}
<div><label for="f-series">新制度或修订</label><select id="f-series" name="series"><option value="">新制度</option>${series.map((s) => html`<option value="${s.series}">修订：${s.title}</option>`)}</select></div>
${field({ name: 'title', label: '制度名称', required: true, value: r.val('title'), error: r.err('title'), hint: '如：网站信息发布审核制度' })}
${field({ name: 'docNumber', label: '文号（可不填）', value: r.val('docNumber'), error: r.err('docNumber') })}
${field({ name: 'adoptedOn', label: '通过日期', type: 'date', required: true, value: r.val('adoptedOn'), error: r.err('adoptedOn') })}
${textarea('summary', '主要内容', r.val('summary'), r.err('summary'))}
<div><button type="submit">登记制度</button></div></form>`
    : null
}`,
  );
}

export function roundsPage(
  gk: RequestAuth,
  v: { rounds: Array<AssessmentRound & { units: number }>; canRecord: boolean; state: FormState },
): Html {
  const f = formKit(gk, v.state, 'round');
  return adminPage(
    gk,
    '工作考核',
    html`<h1>工作考核</h1>${subnav}${flash(v.state.flash)}
<div class="table-wrap"><table><thead><tr><th scope="col">年度</th><th scope="col">考核</th><th scope="col">已评单位</th><th scope="col">结果运用</th></tr></thead>
<tbody>${v.rounds.map((r) => html`<tr><td>${r.year}</td><td><a href="/admin/supervision/assessments/${r.id}">${r.title}</a></td><td>${r.units}</td><td>${[r.useAnnual ? '年度考核' : '', r.useAwards ? '评先评优' : ''].filter(Boolean).join('、') || '—'}</td></tr>`)}</tbody></table></div>
${
  v.canRecord
    ? html`<h2>新建考核</h2>${f.alert}<form class="stack" method="post" action="/admin/supervision/assessments">${f.csrf}
${field({ name: 'year', label: '年度', type: 'number', required: true, value: f.val('year'), error: f.err('year') })}
${field({ name: 'title', label: '考核名称', required: true, value: f.val('title'), error: f.err('title'), hint: '如：2026年度各村和各站所政务公开工作考核' })}
${textarea('items', '评分表（每行“考核项目 分值”；已按本平台掌握的栏目监测和期限数据给出建议，可修改）', f.val('items') || SUGGESTED_SHEET, f.err('items'))}
<div><input type="checkbox" id="f-useAnnual" name="useAnnual" value="yes"> <label class="inline" for="f-useAnnual">结果作为年度考核依据</label></div>
<div><input type="checkbox" id="f-useAwards" name="useAwards" value="yes"> <label class="inline" for="f-useAwards">结果作为个人评先评优依据</label></div>
<div><button type="submit">新建</button></div></form>`
    : null
}`,
  );
}

export function roundPage(
  gk: RequestAuth,
  v: {
    round: AssessmentRound;
    results: AssessmentResult[];
    figures: UnitFigures[];
    canRecord: boolean;
    state: FormState;
  },
): Html {
  const f = formKit(gk, v.state, 'result');
  const r = v.round;
  const max = r.items.reduce((s, i) => s + i.points, 0);
  return adminPage(
    gk,
    r.title,
    html`<h1>${r.title}</h1>${subnav}${flash(v.state.flash)}
<div class="table-wrap"><table><thead><tr><th scope="col">单位</th>${r.items.map((i) => html`<th scope="col">${i.name}（${i.points}）</th>`)}<th scope="col">总分（${max}）</th><th scope="col">备注</th></tr></thead>
<tbody>${v.results.map((x) => html`<tr><td>${x.unit}</td>${x.scores.map((s) => html`<td>${s}</td>`)}<td><strong>${x.total}</strong></td><td>${x.note ?? ''}</td></tr>`)}</tbody></table></div>
${
  v.figures.length
    ? html`<h2>本平台数据（供评分参考）</h2><div class="table-wrap"><table><thead><tr><th scope="col">下级机关</th><th scope="col">栏目</th><th scope="col">过期栏目</th><th scope="col">空白栏目</th><th scope="col">单项否决</th><th scope="col">逾期未答复申请</th><th scope="col">3个工作日内到期</th></tr></thead>
<tbody>${v.figures.map((u) => html`<tr><td>${u.name}</td><td>${u.columns}</td><td>${u.stale}</td><td>${u.empty}</td><td>${u.veto.length ? u.veto.join('；') : '无'}</td><td>${u.overdue}</td><td>${u.dueSoon}</td></tr>`)}</tbody></table></div>`
    : null
}
${
  v.canRecord
    ? html`<h2>评分</h2>${f.alert}<form class="stack" method="post" action="/admin/supervision/assessments/${r.id}/results">${f.csrf}
${field({ name: 'unit', label: '被考核单位（村、站所或下级机关）', required: true, value: f.val('unit'), error: f.err('unit') })}
${r.items.map((i, n) => field({ name: 'scores', label: `${i.name}（0–${i.points}）`, type: 'number', required: true, error: f.err(`scores.${n}`) }))}
${field({ name: 'note', label: '备注', value: f.val('note'), error: f.err('note') })}
<div><button type="submit">保存评分（同一单位再次评分将替换）</button></div></form>`
    : null
}`,
  );
}

export function tasksPage(
  gk: RequestAuth,
  v: { tasks: KeyTask[]; today: string; canRecord: boolean; state: FormState },
): Html {
  const f = formKit(gk, v.state, 'task');
  return adminPage(
    gk,
    '重点工作任务',
    html`<h1>重点工作任务</h1>${subnav}${flash(v.state.flash)}
<div class="table-wrap"><table><thead><tr><th scope="col">年度</th><th scope="col">任务</th><th scope="col">来源</th><th scope="col">责任</th><th scope="col">期限</th><th scope="col">状态</th></tr></thead>
<tbody>${v.tasks.map(
      (
        t,
      ) => html`<tr><td>${t.year}</td><td>${t.task}${t.note ? html`<br><span class="muted">${t.note}</span>` : null}</td><td>${t.source}</td><td>${t.owner}</td><td>${t.dueOn}</td><td>${KEY_TASK_LABELS[keyTaskStatus(t, v.today)]}${t.doneOn ? `（${t.doneOn}）` : ''}
${v.canRecord && !t.doneOn ? html`<form method="post" action="/admin/supervision/tasks/${t.id}/done">${csrfInput(gk.csrfToken)}<label for="done-${t.id}">完成日期</label><input id="done-${t.id}" type="date" name="doneOn" required><button type="submit" class="secondary">标记完成</button></form>` : null}</td></tr>`,
    )}</tbody></table></div>
${
  v.canRecord
    ? html`<h2>登记任务</h2>${f.alert}<form class="stack" method="post" action="/admin/supervision/tasks">${f.csrf}
${field({ name: 'year', label: '年度', type: 'number', required: true, value: f.val('year'), error: f.err('year') })}
${field({ name: 'source', label: '任务来源', required: true, value: f.val('source'), error: f.err('source'), hint: '如：县政务公开重点工作任务分工' })}
${textarea('task', '任务内容', f.val('task'), f.err('task'))}
${field({ name: 'owner', label: '责任人或责任单位', required: true, value: f.val('owner'), error: f.err('owner') })}
${field({ name: 'dueOn', label: '完成期限', type: 'date', required: true, value: f.val('dueOn'), error: f.err('dueOn') })}
<div><button type="submit">登记</button></div></form>`
    : null
}`,
  );
}
