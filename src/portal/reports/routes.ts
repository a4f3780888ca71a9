// Public pages of the annual reports (条例第四十九条: 向社会公布): the list of published years and each report in the
// national format, with its data as JSON. Works without JavaScript.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../errors.ts';
import { html } from '../../html/html.ts';
import type { AppDeps } from '../../app-deps.ts';
import { publishedReport, publishedReportYears } from '../../report/public-report.ts';
import { reportHtml } from '../../report/render/html.ts';
import { type OutputFormat, renderReport, reportFileName } from '../../report/render/index.ts';
import { portalPage } from '../catalogue/views.ts';

type Req = FastifyRequest<{ Params: { code: string; year: string } }>;
const HTML = 'text/html; charset=utf-8';
const DOWNLOADS: ReadonlyArray<readonly [OutputFormat, string]> = [['pdf', 'PDF'], ['docx', 'Word（DOCX）'], ['xlsx', '表格（XLSX）'], ['json', '报告数据（JSON）']];

function yearOf(v: string): number {
  if (!/^\d{4}$/.test(v)) throw notFound('年度报告');
  return Number(v);
}

export function registerReportPortal(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:code/reports', async (req: Req, reply) => {
    const { agency, years } = await publishedReportYears(deps.db, req.params.code);
    const body = html`<h1>政府信息公开工作年度报告</h1>${years.length ? html`<ul>${years.map((y) => html`<li><a href="/${agency.code}/reports/${y}">${agency.name}${y}年政府信息公开工作年度报告</a></li>`)}</ul>` : html`<p class="muted">尚未公布年度报告。</p>`}`;
    return reply.type(HTML).send(portalPage(agency, req.gk, '政府信息公开工作年度报告', body).value);
  });
  app.get('/:code/reports/:year', async (req: Req, reply) => {
    const r = await publishedReport(deps.db, req.params.code, yearOf(req.params.year));
    const base = `/${r.agency.code}/reports/${r.document.report.year}/report`;
    const body = html`${reportHtml(r.document)}<p>下载：${DOWNLOADS.map(([ext, label], i) => html`${i ? '、' : ''}<a href="${base}.${ext}">${label}</a>`)}</p>`;
    return reply.type(HTML).send(portalPage(r.agency, req.gk, r.document.title, body).value);
  });
  app.get('/:code/reports/:year/report.:ext', async (req: FastifyRequest<{ Params: { code: string; year: string; ext: string } }>, reply) => {
    const format = DOWNLOADS.find(([ext]) => ext === req.params.ext)?.[0];
    if (!format) throw notFound('文件');
    const r = await publishedReport(deps.db, req.params.code, yearOf(req.params.year));
    const out = await renderReport(r.document, format);
    reply.header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(reportFileName(r.document, out.extension))}`);
    return reply.type(out.contentType).send(out.bytes);
  });
}
