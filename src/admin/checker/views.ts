// The report checker's back-office pages: upload form with recent batches, and a batch's overview table.
import type { DomainError } from '../../errors.ts';
import { html, type Html } from '../../html/html.ts';
import { csrfInput, flash } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import type { ReviewedFinding } from '../../report/reviews.ts';
import type { CheckerJob } from '../../report/checker-job-store.ts';
import type { BatchSummary, Upload } from '../../report/upload-store.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES } from '../../report/upload-reports.ts';
import { adminPage } from '../layout.ts';

export const FORMAT_LABELS: Record<string, string> = {
  '2021': '2021年格式',
  '2019': '2019年试行格式',
  mixed: '两种格式混用',
  unknown: '未识别',
};

export function checkerPage(
  gk: RequestAuth,
  v: { batches: BatchSummary[]; jobs: CheckerJob[]; canUpload: boolean; error?: DomainError; parent?: string },
): Html {
  return adminPage(
    gk,
    '年度报告检查',
    html`<h1>年度报告检查</h1>
<p>上传已发布的政府信息公开工作年度报告（文本、网页、Word、PDF，或把多份报告打成一个 ZIP 压缩包），系统按全国格式逐项核对勾稽关系、格式、正文数字等，并列出问题。同一机关相邻两年的报告一起上传时核对结转数；填写上级报告的文件名时，核对其表三、表四是否等于本批其余同年度报告之和。</p>
${v.error ? html`<div class="notice error" role="alert"><p>${v.error.message}</p></div>` : null}
${v.canUpload ? uploadForm(gk, v) : html`<p class="muted">上传报告需要信息员或监督人员角色。</p>`}
${v.jobs.length ? openJobs(v.jobs) : null}
<h2>最近的检查</h2>
${
  v.batches.length
    ? html`<div class="table-wrap"><table class="cases"><thead><tr><th scope="col">上传时间</th><th scope="col">上传机关</th><th scope="col">文件数</th><th scope="col">未能读取</th><th scope="col">查看</th></tr></thead>
<tbody>${v.batches.map((b) => html`<tr><td>${b.createdAt.slice(0, 16).replace('T', ' ')}</td><td>${b.agencyName}</td><td>${b.files}</td><td>${b.unread}</td><td><a href="/admin/checker/batches/${b.batch}">查看结果</a></td></tr>`)}</tbody></table></div>`
    : html`<p>还没有上传过报告。</p>`
}`,
  );
}

const STATE_LABELS = { queued: '排队中', running: '正在检查', failed: '未能完成', done: '已完成' } as const;
const when = (iso: string) => iso.slice(0, 16).replace('T', ' ');

function openJobs(jobs: readonly CheckerJob[]): Html {
  return html`<h2>进行中的检查</h2>
<div class="table-wrap"><table class="cases"><thead><tr><th scope="col">上传时间</th><th scope="col">上传机关</th><th scope="col">状态</th><th scope="col">进度</th><th scope="col">查看</th></tr></thead>
<tbody>${jobs.map((j) => html`<tr><td>${when(j.createdAt)}</td><td>${j.agencyName}</td><td>${STATE_LABELS[j.state]}</td><td>${j.done} / ${j.total}</td><td><a href="/admin/checker/batches/${j.batch}">查看进度</a></td></tr>`)}</tbody></table></div>`;
}

/** Seconds between the reloads of a job's page while it is queued or running (the HTTP Refresh header). */
export const JOB_REFRESH_SECONDS = 3;

/** A batch still being checked (or whose check failed): its progress; the page reloads itself until it is done. */
export function jobPage(gk: RequestAuth, job: CheckerJob): Html {
  const percent = job.total ? Math.floor((job.done / job.total) * 100) : 0;
  const status =
    job.state === 'failed'
      ? html`<div class="notice error" role="alert"><p>本批检查未能完成：${job.error ?? '原因不明'}</p></div>`
      : html`<div role="status"><p><strong>${STATE_LABELS[job.state]}</strong>：已读取 ${job.done} / ${job.total} 个文件（${percent}%）。</p>
<progress max="${job.total}" value="${job.done}" aria-label="检查进度">${percent}%</progress></div>
<p class="muted">本页每 ${JOB_REFRESH_SECONDS} 秒自动刷新，检查完成后显示结果。也可以离开本页：检查在后台继续进行，完成后可在“年度报告检查”页的列表中打开。</p>`;
  return adminPage(
    gk,
    job.state === 'failed' ? '检查未能完成' : '正在检查',
    html`<h1>${job.state === 'failed' ? '检查未能完成' : '正在检查'}</h1>
<p>${when(job.createdAt)} ${job.kind === 'rechecked' ? '重新检查' : '上传'}的 ${job.total} 个文件（${job.agencyName}）。</p>
${status}
<p><a href="/admin/checker">返回年度报告检查</a></p>`,
  );
}

function uploadForm(gk: RequestAuth, v: { error?: DomainError; parent?: string }): Html {
  const fields = v.error?.fields ?? {};
  return html`<form class="stack" method="post" action="/admin/checker" enctype="multipart/form-data" data-uploading="正在上传并检查，请稍候；报告较多时需要一两分钟，请不要重复提交。">${csrfInput(gk.csrfToken)}
<div><label for="f-files">报告文件</label>
<p class="muted" id="f-files-hint">可多选；每个文件不超过 ${MAX_UPLOAD_BYTES / 1048576} MB，一次最多 ${MAX_UPLOAD_FILES} 个文件</p>
<input id="f-files" name="files" type="file" multiple required aria-describedby="f-files-hint${fields.files ? ' f-files-err' : ''}"${fields.files ? html` aria-invalid="true"` : null}>
${fields.files ? html`<p class="field-error" id="f-files-err">${fields.files}</p>` : null}</div>
<div><label for="f-parent">上级汇总报告的文件名（可不填）</label>
<p class="muted" id="f-parent-hint">例如某县政府的报告，与本批各乡镇报告之和核对</p>
<input id="f-parent" name="parent" type="text" value="${v.parent ?? ''}" aria-describedby="f-parent-hint${fields.parent ? ' f-parent-err' : ''}"${fields.parent ? html` aria-invalid="true"` : null}>
${fields.parent ? html`<p class="field-error" id="f-parent-err">${fields.parent}</p>` : null}</div>
<div><button type="submit">上传并检查</button> <span role="status" class="muted"></span></div></form>
<script src="/admin/checker/upload-progress.js" defer></script>`;
}

export type BatchLine = { upload: Upload; findings: ReviewedFinding[] };

const open = (fs: readonly ReviewedFinding[], severity: string) =>
  fs.filter((f) => f.severity === severity && f.review?.decision !== 'dismissed').length;

export function batchPage(
  gk: RequestAuth,
  v: { batch: string; lines: BatchLine[]; canRecheck: boolean; flash?: string },
): Html {
  const unread = v.lines.filter((l) => l.upload.error).length;
  return adminPage(
    gk,
    '检查结果',
    html`<h1>检查结果</h1>
${flash(v.flash)}
<p>本批共 ${v.lines.length} 个文件${unread ? html`，其中 <strong>${unread}</strong> 个未能读取` : null}。<a href="/admin/checker/batches/${v.batch}/findings.xlsx">下载问题清单（Excel）</a> · <a href="/admin/checker">继续上传</a></p>
${v.canRecheck ? html`<form method="post" action="/admin/checker/batches/${v.batch}/recheck">${csrfInput(gk.csrfToken)}<button type="submit">按现行规则重新检查本批</button></form>` : null}
<div class="table-wrap"><table class="cases"><caption>各报告的问题数（不含已不予采纳的）</caption>
<thead><tr><th scope="col">文件</th><th scope="col">机关</th><th scope="col">年度</th><th scope="col">格式</th><th scope="col">错误</th><th scope="col">警告</th><th scope="col">已审核</th></tr></thead>
<tbody>${v.lines.map(({ upload: u, findings }) =>
      u.error
        ? html`<tr><td>${u.filename}</td><td colspan="6" class="field-error">未能读取：${u.error}</td></tr>`
        : html`<tr><td><a href="/admin/checker/uploads/${u.id}">${u.filename}</a></td><td>${u.report.agency.name ?? '（未识别）'}</td><td>${u.report.year ?? '—'}</td><td>${FORMAT_LABELS[u.report.format] ?? u.report.format}</td><td>${open(findings, 'error')}</td><td>${open(findings, 'warning')}</td><td>${findings.filter((f) => f.review).length}/${findings.length}</td></tr>`,
    )}</tbody></table></div>`,
  );
}
