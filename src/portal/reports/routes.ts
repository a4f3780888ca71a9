// Public pages of the annual reports (条例第四十九条: 向社会公布): the list of published years and each report in the
// national format, with its data as JSON. Works without JavaScript.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../errors.ts';
import { type Html, html } from '../../http/html.ts';
import type { AppDeps } from '../../http/server.ts';
import type { ReportDocument } from '../../report/document.ts';
import { publishedReport, publishedReportYears } from '../../report/public-report.ts';
import { appealsTableHtml, applicationsTableHtml, proactiveTableHtml } from '../../report/render/tables-html.ts';
import { portalPage } from '../catalogue/views.ts';

type Req = FastifyRequest<{ Params: { code: string; year: string } }>;
const HTML = 'text/html; charset=utf-8';

function yearOf(v: string): number {
  if (!/^\d{4}$/.test(v)) throw notFound('年度报告');
  return Number(v);
}

export function documentHtml(doc: ReportDocument): Html {
  const tables: Record<string, Html> = { proactive: proactiveTableHtml(doc.report), applications: applicationsTableHtml(doc.report), appeals: appealsTableHtml(doc.report) };
  return html`<article class="annual-report"><h1>${doc.title}</h1>${doc.preface.map((p) => html`<p>${p}</p>`)}
${doc.sections.map((s) => html`<section><h2>${s.heading}</h2>${s.blocks.map((b) => (b.kind === 'heading' ? html`<h3>${b.text}</h3>` : html`<p>${b.text}</p>`))}${tables[s.key] ? html`<div class="table-wrap">${tables[s.key]}</div>` : null}</section>`)}
${doc.dateLine ? html`<p class="date-line">${doc.report.agency.name}<br>${doc.dateLine}</p>` : null}</article>`;
}

export function registerReportPortal(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:code/reports', async (req: Req, reply) => {
    const { agency, years } = await publishedReportYears(deps.db, req.params.code);
    const body = html`<h1>政府信息公开工作年度报告</h1>${years.length ? html`<ul>${years.map((y) => html`<li><a href="/${agency.code}/reports/${y}">${agency.name}${y}年政府信息公开工作年度报告</a></li>`)}</ul>` : html`<p class="muted">尚未公布年度报告。</p>`}`;
    return reply.type(HTML).send(portalPage(agency, req.gk, '政府信息公开工作年度报告', body).value);
  });
  app.get('/:code/reports/:year', async (req: Req, reply) => {
    const r = await publishedReport(deps.db, req.params.code, yearOf(req.params.year));
    const body = html`${documentHtml(r.document)}<p>下载：<a href="/${r.agency.code}/reports/${r.document.report.year}/report.json">报告数据（JSON）</a></p>`;
    return reply.type(HTML).send(portalPage(r.agency, req.gk, r.document.title, body).value);
  });
  app.get('/:code/reports/:year/report.json', async (req: Req, reply) => {
    const r = await publishedReport(deps.db, req.params.code, yearOf(req.params.year));
    return reply.type('application/json; charset=utf-8').send(JSON.stringify(r.document.report, null, 2));
  });
}
