// One uploaded report: its three tables in the national layout with the offending cells marked, and beside them the
// findings, each with its review state and a small form to confirm or dismiss it with a reason.
import { ruleName } from '../reports/rule-names.ts';
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import { cellKey } from '../../report/document.ts';
import { cellName } from '../../report/finding.ts';
import type { Severity } from '../../report/model.ts';
import { appealsTableHtml, applicationsTableHtml, proactiveTableHtml } from '../../report/render/tables-html.ts';
import { DECISION_LABELS, type ReviewedFinding } from '../../report/reviews.ts';
import { markSource } from '../../report/source-marks.ts';
import type { Upload } from '../../report/upload-store.ts';
import { adminPage } from '../layout.ts';
import { sourceSection } from './source-view.ts';
import { FORMAT_LABELS } from './views.ts';

const SEVERITY_LABELS: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** The worst open finding per cell; a dismissed finding no longer marks its cell. */
export function marksOf(findings: readonly ReviewedFinding[]): Map<string, Severity> {
  const marks = new Map<string, Severity>();
  for (const f of findings) {
    if (!f.table || !f.row || !f.column || f.review?.decision === 'dismissed') continue;
    const key = cellKey(f.table, f.row, f.column);
    const had = marks.get(key);
    if (!had || RANK[f.severity] > RANK[had]) marks.set(key, f.severity);
  }
  return marks;
}

export const cellOf = (f: ReviewedFinding): string => (f.table ? cellName(f.table, f.row, f.column) : '—');

export type ReviewError = { fingerprint: string; error: DomainError; values: Record<string, unknown> };

function reviewForm(gk: RequestAuth, uploadId: number, f: ReviewedFinding, failed?: ReviewError): Html {
  const id = `r-${f.fingerprint}`;
  const err = failed?.fingerprint === f.fingerprint ? (failed.error.fields ?? {}) : {};
  const reason = failed?.fingerprint === f.fingerprint ? String(failed.values.reason ?? '') : '';
  const chosen =
    failed?.fingerprint === f.fingerprint ? String(failed.values.decision ?? '') : (f.review?.decision ?? '');
  return html`<form method="post" action="/admin/checker/uploads/${uploadId}/findings/${f.fingerprint}" class="review">${csrfInput(gk.csrfToken)}
<fieldset><legend class="visually-hidden">审核：${f.message}</legend>
${(['confirmed', 'dismissed'] as const).map((d) => html`<label><input type="radio" name="decision" value="${d}"${chosen === d ? html` checked` : null}> ${DECISION_LABELS[d]}</label> `)}
${err.decision ? html`<p class="field-error">${err.decision}</p>` : null}
<label for="${id}">理由</label> <input id="${id}" name="reason" type="text" value="${reason}" required${err.reason ? html` aria-invalid="true" aria-describedby="${id}-err"` : null}>
${err.reason ? html`<p class="field-error" id="${id}-err">${err.reason}</p>` : null}
<button type="submit">保存</button></fieldset></form>`;
}

function reviewState(f: ReviewedFinding): Html {
  if (!f.review) return html`<span class="muted">未审核</span>`;
  return html`<strong>${DECISION_LABELS[f.review.decision]}</strong>：${f.review.reason}<br><span class="muted">${f.review.by} · ${f.review.at.slice(0, 16).replace('T', ' ')}</span>`;
}

export function findingsPage(
  gk: RequestAuth,
  v: { upload: Upload; findings: ReviewedFinding[]; source: string | null; flash?: string; failed?: ReviewError },
): Html {
  const { upload: u } = v;
  const findings = [...v.findings].sort((a, b) => RANK[b.severity] - RANK[a.severity]); // errors first
  const marks = marksOf(findings);
  const r = u.report;
  const marked =
    v.source === null
      ? null
      : markSource(
          v.source,
          r,
          findings.map((f) => ({ ...f, dismissed: f.review?.decision === 'dismissed' })),
        );
  const tables = u.error
    ? html`<div class="notice error" role="alert"><p>未能读取：${u.error}</p></div>`
    : html`
<h2>表格（有问题的单元格已标出）</h2>
${r.tables.proactive ? proactiveTableHtml(r, { marks }) : html`<p>未找到表二（主动公开政府信息情况）。</p>`}
${r.tables.applications ? applicationsTableHtml(r, { marks }) : html`<p>未找到表三（收到和处理政府信息公开申请情况）。</p>`}
${r.tables.appeals ? appealsTableHtml(r, { marks }) : html`<p>未找到表四（政府信息公开行政复议、行政诉讼情况）。</p>`}`;
  return adminPage(
    gk,
    `检查结果：${u.filename}`,
    html`<h1>检查结果：${u.filename}</h1>
<p><a href="/admin/checker/batches/${u.batch}">返回本批结果</a></p>
${flash(v.flash)}
${v.failed ? html`<div class="notice error" role="alert"><p>${v.failed.error.message}</p></div>` : null}
<dl class="facts"><dt>机关</dt><dd>${r.agency.name ?? '（未识别）'}</dd><dt>年度</dt><dd>${r.year ?? '（未识别）'}</dd><dt>格式</dt><dd>${FORMAT_LABELS[r.format] ?? r.format}</dd></dl>
<div class="checker">
<section class="checker-tables">${tables}</section>
<section class="checker-findings" aria-labelledby="findings-h"><h2 id="findings-h">发现的问题（${findings.length}）</h2>
${
  findings.length
    ? html`<ol class="findings">${findings.map(
        (f) => html`<li class="${`finding-${f.severity}`}" id="f-${f.fingerprint}">
<p><strong>${SEVERITY_LABELS[f.severity]}</strong> ${ruleName(f.rule)} · ${cellOf(f)}</p>
<p>${f.message}</p>
${marked?.anchors.has(f.fingerprint) ? html`<p><a href="#${marked.anchors.get(f.fingerprint) ?? ''}">在原文中查看</a></p>` : null}
<p>审核：${reviewState(f)}</p>
${reviewForm(gk, u.id, f, v.failed)}</li>`,
      )}</ol>`
    : html`<p>未发现问题。</p>`
}
</section></div>
${u.error ? null : sourceSection(marked?.pieces ?? null)}`,
  );
}
