// Back-office pages of moving in: upload an old site's export (catalogue entries) or a spreadsheet of cases handled
// before the move, check it first (nothing written), then import; every problem listed with its line.
import type { CatalogueImportReport } from '../../catalogue/import-entries.ts';
import type { DomainError } from '../../errors.ts';
import { type Html, html } from '../../html/html.ts';
import { csrfInput } from '../../http/pages.ts';
import type { RequestAuth } from '../../http/session.ts';
import type { CaseImportReport } from '../../requests/import-cases.ts';
import { adminPage } from '../layout.ts';

export type ImportKind = 'catalogue' | 'requests';
type Report = (CatalogueImportReport | CaseImportReport) & { dryRun: boolean };

const TEXT = {
  catalogue: {
    title: '从旧网站导入目录信息',
    intro:
      '上传旧网站导出的已公开信息（XLSX 或 CSV；表头可用中文列名：标题、索引号、文号、成文日期、发布日期、栏目、主题分类、正文、附件）。导入的信息保留原索引号和成文、发布日期，经敏感信息检查后直接公开，并标注为“迁移导入”；检查拦下的信息存为草稿，不公开。带附件的，请把表格和附件一起打成 ZIP 上传（附件路径相对于表格所在的文件夹）。',
    action: '/admin/catalogue/import',
    template: '/admin/catalogue/import/template.xlsx',
  },
  requests: {
    title: '导入迁移前办理的申请',
    intro:
      '上传迁移前已办结的依申请公开件（XLSX 或 CSV；表头：申请编号、收到申请日期、申请人类型、申请人、申请方式、所需信息、办理结果、答复日期）。办理结果用全国统一的名称（如“予以公开”“不予公开：属于国家秘密”“无法提供：本机关不掌握相关政府信息”）。导入的申请与在本系统办理的一样计入年度报告表三，报告中标注含导入件的数字。',
    action: '/admin/requests/import',
    template: '/admin/requests/import/template.xlsx',
  },
} as const;

function result(kind: ImportKind, r: Report): Html {
  if (r.problems.length)
    return html`<div class="notice error" role="alert"><p>${r.dryRun ? '检查发现' : '导入失败，未写入任何数据：'} ${r.problems.length} 个问题，请改正文件后重新上传。</p>
<ol class="problems">${r.problems.map((p) => html`<li>${p}</li>`)}</ol></div>`;
  const stopped =
    'stopped' in r && r.stopped.length
      ? html`<h2>敏感信息检查拦下的信息（${r.stopped.length} 条，${r.dryRun ? '将' : '已'}存为草稿，不公开）</h2>
<ul>${r.stopped.map((s) => html`<li>第 ${s.line} 行“${s.title}”（${s.indexNo}）<ul>${s.findings.map((f) => html`<li>${f}</li>`)}</ul></li>`)}</ul>`
      : null;
  const summary =
    'published' in r
      ? `共 ${r.rows} 行，${r.dryRun ? '可' : '已'}公开 ${r.published} 条${'stopped' in r && r.stopped.length ? `，拦下 ${r.stopped.length} 条` : ''}。`
      : `共 ${r.rows} 件申请（收到年度 ${r.years.join('、')}），${r.dryRun ? '将' : '已'}计入年度报告表三。`;
  return html`<div class="notice ok" role="status">${r.dryRun ? `检查通过（未写入任何数据）：${summary}确认无误后，请选择同一文件点击“导入”。` : `导入完成：${summary}`}</div>${stopped}${kind === 'catalogue' && !r.dryRun ? html`<p><a href="/admin/catalogue">查看目录</a></p>` : null}`;
}

export function importPage(gk: RequestAuth, kind: ImportKind, v: { report?: Report; error?: DomainError } = {}): Html {
  const t = TEXT[kind];
  return adminPage(
    gk,
    t.title,
    html`<h1>${t.title}</h1>
${v.error ? html`<div class="notice error" role="alert">${v.error.message}</div>` : null}${v.report ? result(kind, v.report) : null}
<p>${t.intro}</p>
<p><a href="${t.template}">下载导入模板（XLSX，含示例行）</a></p>
<form class="stack" method="post" action="${t.action}" enctype="multipart/form-data">${csrfInput(gk.csrfToken)}
<div><label for="f-file">文件</label><input id="f-file" type="file" name="file" accept=".xlsx,.csv${kind === 'catalogue' ? ',.zip' : ''}" required></div>
<p>先“检查”：逐行核对，不写入任何数据；没有问题再“导入”：全部写入，或有任何一行有错时一条也不写。</p>
<div><button type="submit" name="mode" value="check">检查（不写入）</button> <button type="submit" name="mode" value="import">导入</button></div>
</form>`,
  );
}
