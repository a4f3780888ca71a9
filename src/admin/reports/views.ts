// Back-office pages of the annual report: the year's report as built (or frozen), its findings with the cells marked,
// every figure linked to the cases behind it, the text blocks, year-end close and publishing.
import { ruleName } from './rule-names.ts';
import type { DomainError } from '../../errors.ts';
import { type Html, html } from '../../html/html.ts';
import { csrfInput, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { cellKey } from '../../report/document.ts';
import type { Finding, Severity } from '../../report/model.ts';
import { DECISION_LABELS, type ReviewedFinding } from '../../report/reviews.ts';
import { reportHtml } from '../../report/render/html.ts';
import { cellAnchor } from '../../report/render/tables-html.ts';
import { REPORT_STATE_LABELS } from '../../report/states.ts';
import { TEXT_BLOCKS } from '../../report/texts.ts';
import type { AnnualReportView } from '../../report/view-report.ts';
import type { ImportedFigure } from '../../requests/imported-figures.ts';
import { adminPage } from '../layout.ts';

export type State = { error?: DomainError; values?: Record<string, unknown>; form?: string; flash?: string };
export type Abilities = { write: boolean; publish: boolean; own: boolean };

const SEVERITY: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const alert = (s: State, form: string) =>
  s.form === form && s.error ? html`<div class="notice error" role="alert">${s.error.message}</div>` : null;
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function marksOf(findings: readonly Finding[]): Map<string, Severity> {
  const marks = new Map<string, Severity>();
  for (const f of findings) {
    if (!f.table || !f.row || !f.column) continue;
    const k = cellKey(f.table, f.row, f.column);
    const had = marks.get(k);
    if (!had || RANK[f.severity] > RANK[had]) marks.set(k, f.severity);
  }
  return marks;
}

/** A review form per finding: confirm, or dismiss with a reason (kept by fingerprint across re-runs). */
export type ReviewForm = { action: string; csrf: string | undefined; state: State };

/** `where`: the in-page anchor of what a finding concerns (its cell, or the text box it asks to fill), if shown. */
export function findingsList(
  findings: readonly ReviewedFinding[],
  review?: ReviewForm,
  where?: (f: Finding) => string | null,
): Html {
  if (!findings.length)
    return html`<p class="notice" role="status">没有发现问题：表内勾稽关系、行列合计、正文数字与表格一致。</p>`;
  const open = findings.filter((f) => f.review?.decision !== 'dismissed');
  const counts = (s: Severity) => open.filter((f) => f.severity === s).length;
  return html`<p>错误 ${counts('error')} 个，警告 ${counts('warning')} 个，提示 ${counts('info')} 个${findings.length > open.length ? `（另有 ${findings.length - open.length} 个已不予采纳）` : ''}。错误须改正后才能公布；有警告的，公布时须写明理由。</p>
${review?.state.form === 'review' && review.state.error ? html`<div class="notice error" role="alert">${review.state.error.message}${Object.values(review.state.error.fields ?? {}).join('；')}</div>` : null}
<ul class="findings">${findings.map(
    (
      f,
    ) => html`<li class="${`finding-${f.severity}`}"><strong>${SEVERITY[f.severity]}</strong> ${ruleName(f.rule)} ${f.message}${linkTo(where?.(f) ?? null, f)}
${f.review ? html`<br><span class="muted">${DECISION_LABELS[f.review.decision]}：${f.review.reason}（${f.review.by}，${f.review.at.slice(0, 10)}）</span>` : null}
${
  review && f.rule !== 'TEXT.PLACEHOLDER'
    ? html`<details><summary>确认或不予采纳</summary><form class="stack" method="post" action="${review.action}">${csrfInput(review.csrf)}<input type="hidden" name="fingerprint" value="${f.fingerprint}">
<fieldset><legend>处理意见</legend><label><input type="radio" name="decision" value="confirmed" required> 确认有误</label> <label><input type="radio" name="decision" value="dismissed"> 不予采纳</label></fieldset>
<div><label for="${`r-${f.fingerprint}`}">理由</label><textarea id="${`r-${f.fingerprint}`}" name="reason" rows="2" required></textarea></div><div><button type="submit">保存</button></div></form></details>`
    : null
}</li>`,
  )}</ul>`;
}

function linkTo(anchor: string | null, f: Finding): Html | null {
  if (!anchor) return null;
  return html` <a href="#${anchor}">${f.rule === 'TEXT.PLACEHOLDER' ? '去填写' : f.table ? '查看该单元格' : '查看'}</a>`;
}

export function reportPage(
  gk: RequestAuth,
  v: AnnualReportView,
  can: Abilities,
  s: State = {},
  imported: readonly ImportedFigure[] = [],
): Html {
  const { document: doc, row } = v;
  const state = row?.state ?? 'draft';
  const q = can.own ? '' : `?agency=${encodeURIComponent(v.agency.code)}`;
  const href = (table: string, r: string, c: string) =>
    `/admin/reports/${v.year}/cells/${table}/${encodeURIComponent(r)}/${c}${q}`;
  const notes = new Map(
    imported.map((f) => [cellKey('applications', f.row, f.column), `含迁移导入的办件 ${f.count} 件`]),
  );
  const importedCases = imported.find((f) => f.row === 'received' && f.column === 'total')?.count ?? 0;
  const opts = { marks: marksOf(v.findings), href, anchors: true, notes };
  const writing = can.write && state !== 'published';
  const publishing = can.publish && state !== 'published';
  const where = (f: Finding): string | null =>
    f.table && f.row && f.column
      ? cellAnchor(f.table, f.row, f.column)
      : f.rule === 'TEXT.PLACEHOLDER' && writing && typeof f.actual === 'string'
        ? `t-${f.actual}`
        : null;
  const toc = [
    [
      'findings',
      `检查结果（${v.findings.filter((f) => f.severity !== 'info' && f.review?.decision !== 'dismissed').length}）`,
    ],
    ['report', '报告正文与表格'],
    ...(writing ? [['texts', '编写文字段落']] : []),
    ...(publishing ? [['publish', '年终封账与公布']] : []),
  ];
  return adminPage(
    gk,
    `${v.year}年度报告`,
    html`<h1>${doc.title}</h1>${flash(s.flash)}
<dl class="facts"><dt>状态</dt><dd>${REPORT_STATE_LABELS[state]}${row?.publishedAt ? `（${row.publishedAt.slice(0, 10)} 公布，发布人 ${row.publishedBy ?? ''}）` : ''}</dd>
<dt>公布期限</dt><dd>${v.due.due}（${v.due.basis}）</dd>
<dt>数据</dt><dd>${row?.snapshot ? `按 ${row.snapshotAt?.slice(0, 10)} 年终封账时的数据编制（${row.frozenBy ?? ''}）` : v.running ? '本年度尚未结束，下列为截至今日的累计数' : '按现有数据实时计算，尚未年终封账'}</dd>
${imported.length ? html`<dt>迁移导入</dt><dd>表三中标有 ※ 的数字含迁移前办理、导入本系统的申请（本年新收 ${importedCases} 件），与在本系统办理的申请一样计入</dd>` : null}
<dt>主动公开信息</dt><dd><a href="/admin/reports/${v.year}/cells/narrative/proactiveCount/total${q}">${doc.report.narrative.proactiveCount ?? 0} 条</a></dd></dl>
${v.changes.length ? html`<div class="notice error" role="alert">年终封账后数据已变动：${v.changes.length} 个单元格与现有数据不符（见下方警告）。如需按现有数据公布，请重新封账。</div>` : null}
<p>下载：${(['pdf', 'docx', 'xlsx', 'html', 'json'] as const).map((f, i) => html`${i ? '、' : ''}<a href="/admin/reports/${v.year}/download/${f}${q}">${f.toUpperCase()}</a>`)}</p>
<nav class="toc" aria-label="本页内容"><ul>${toc.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ul></nav>
<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">检查结果</h2>${findingsList(v.findings, can.write ? { action: `/admin/reports/${v.year}/findings`, csrf: gk.csrfToken, state: s } : undefined, where)}</section>
<section id="report" aria-label="报告正文与表格">${reportHtml(doc, { ...opts, titleLevel: 2 })}<p class="to-top"><a href="#findings">回到检查结果</a></p></section>
${writing ? html`<section id="texts-section" aria-labelledby="texts">${textsForm(gk, v, s)}</section>` : null}
${publishing ? html`<section id="publish" aria-labelledby="publish-h">${closeForms(gk, v, s)}</section>` : null}`,
  );
}

function textsForm(gk: RequestAuth, v: AnnualReportView, s: State): Html {
  return html`<h2 id="texts">编写文字段落</h2><p>只有人知道的内容由您填写；其余数字和段落由系统根据数据生成。仍为“【待填写】”的段落不能公布。</p>${alert(s, 'texts')}
<form class="stack" method="post" action="/admin/reports/${v.year}/texts">${csrfInput(gk.csrfToken)}<input type="hidden" name="version" value="${v.row?.version ?? ''}">
${TEXT_BLOCKS.map((b) => html`<div><label for="t-${b.key}">${b.label}</label><textarea id="t-${b.key}" name="${b.key}" rows="4">${str(s.values?.[b.key]) || v.texts[b.key]}</textarea>${s.form === 'texts' && s.error?.fields?.[b.key] ? html`<p class="field-error">${s.error.fields[b.key]}</p>` : null}</div>`)}
<div><button type="submit">保存文字</button></div></form>`;
}

function closeForms(gk: RequestAuth, v: AnnualReportView, s: State): Html {
  const warnings = v.findings.filter((f) => f.severity === 'warning').length;
  const errors = v.findings.filter((f) => f.severity === 'error').length;
  return html`<h2 id="publish-h">年终封账与公布</h2>
${
  v.running
    ? html`<p>本年度结束后才能封账和公布。</p>`
    : html`${alert(s, 'freeze')}<form method="post" action="/admin/reports/${v.year}/freeze">${csrfInput(gk.csrfToken)}
<p>封账后，报告按封账时的数据编制；其后该年度数据的任何变动都会在报告上标出。</p><button type="submit">${v.row?.snapshot ? '重新封账' : '年终封账'}</button></form>
${alert(s, 'publish')}<form class="stack" method="post" action="/admin/reports/${v.year}/publish">${csrfInput(gk.csrfToken)}<input type="hidden" name="version" value="${v.row?.version ?? 0}">
${errors ? html`<p class="field-error">报告还有 ${errors} 个错误，改正后才能公布。</p>` : null}
${warnings ? html`<div><label for="f-justification">公布理由（有 ${warnings} 个警告，须写明理由）</label><textarea id="f-justification" name="justification" rows="3">${str(s.values?.justification)}</textarea>${s.form === 'publish' && s.error?.fields?.justification ? html`<p class="field-error">${s.error.fields.justification}</p>` : null}</div>` : null}
<div><button type="submit">公布年度报告</button></div></form>`
}`;
}

export function reportListPage(
  gk: RequestAuth,
  v: {
    agencyName: string;
    years: Array<{ year: number; state: string; due: string; errors: number; warnings: number }>;
    supervisor: boolean;
  },
): Html {
  return adminPage(
    gk,
    '年度报告',
    html`<h1>${v.agencyName}政府信息公开工作年度报告</h1>
<div class="table-wrap"><table class="cases"><thead><tr><th scope="col">年度</th><th scope="col">状态</th><th scope="col">公布期限</th><th scope="col">错误</th><th scope="col">警告</th></tr></thead>
<tbody>${v.years.map((y) => html`<tr><td><a href="/admin/reports/${y.year}">${y.year}年度</a></td><td>${y.state}</td><td>${y.due}</td><td>${y.errors}</td><td>${y.warnings}</td></tr>`)}</tbody></table></div>
${v.supervisor ? html`<h2>下级机关</h2><ul>${v.years.map((y) => html`<li><a href="/admin/reports/${y.year}/rollup">${y.year}年度汇总与下级报告检查</a></li>`)}</ul>` : null}`,
  );
}
