// Public pages of the annual reports (条例第四十九条: 向社会公布): the list of published years and each report in the
// national format, with its data as JSON. Works without JavaScript.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../errors.ts';
import { type Html, html, raw } from '../../html/html.ts';
import type { AppDeps } from '../../app-deps.ts';
import { publishedReport, publishedReportYears } from '../../report/public-report.ts';
import { reportHtml } from '../../report/render/html.ts';
import { type OutputFormat, renderReport, reportFileName } from '../../report/render/index.ts';
import { askBox } from '../catalogue/views.ts';
import { chromeOf, portalPage } from '../layout.ts';

type Req = FastifyRequest<{ Params: { code: string; year: string } }>;
const HTML = 'text/html; charset=utf-8';
const DOWNLOADS: ReadonlyArray<readonly [OutputFormat, string]> = [
  ['pdf', 'PDF'],
  ['docx', 'Word（DOCX）'],
  ['xlsx', '表格（XLSX）'],
  ['json', '报告数据（JSON）'],
];

/** Each wide report table in its own scrolling box (表三 is 613 px wide at its narrowest), focusable so a keyboard can
 * scroll it and named by its caption; the page itself never scrolls sideways. Tables do not nest in the report. */
export function scrollableTables(report: Html): Html {
  return raw(
    report.value.replace(
      /<table class="report-table[^"]*"><caption>([^<]*)<\/caption>[\s\S]*?<\/table>/g,
      (table, caption: string) =>
        `<div class="table-scroll" role="region" tabindex="0" aria-label="${caption}（可左右滑动）">${table}</div>`,
    ),
  );
}

function yearOf(v: string): number {
  if (!/^\d{4}$/.test(v)) throw notFound('年度报告');
  return Number(v);
}

export function registerReportPortal(app: FastifyInstance, deps: AppDeps): void {
  app.get('/:code/reports', async (req: Req, reply) => {
    const { agency, years } = await publishedReportYears(deps.db, req.params.code);
    const body = html`<h1>政府信息公开工作年度报告</h1>${years.length ? html`<ul>${years.map((y) => html`<li><a href="/${agency.code}/reports/${y}">${agency.name}${y}年政府信息公开工作年度报告</a></li>`)}</ul>` : html`<p class="muted">尚未公布年度报告。</p>`}${askBox(agency)}`;
    return reply.type(HTML).send(
      portalPage(await chromeOf(deps, agency), req.gk, {
        title: '政府信息公开工作年度报告',
        section: 'reports',
        body,
      }).value,
    );
  });
  app.get('/:code/reports/:year', async (req: Req, reply) => {
    const r = await publishedReport(deps.db, req.params.code, yearOf(req.params.year));
    const base = `/${r.agency.code}/reports/${r.document.report.year}/report`;
    const body = html`${scrollableTables(reportHtml(r.document))}<p class="downloads">下载：${DOWNLOADS.map(([ext, label], i) => html`${i ? '、' : ''}<a href="${base}.${ext}">${label}</a>`)}</p>${askBox(r.agency)}`;
    return reply.type(HTML).send(
      portalPage(await chromeOf(deps, r.agency), req.gk, {
        title: r.document.title,
        section: 'reports',
        crumbs: [{ label: `${r.document.report.year}年年度报告` }],
        body,
      }).value,
    );
  });
  app.get(
    '/:code/reports/:year/report.:ext',
    async (req: FastifyRequest<{ Params: { code: string; year: string; ext: string } }>, reply) => {
      const format = DOWNLOADS.find(([ext]) => ext === req.params.ext)?.[0];
      if (!format) throw notFound('文件');
      const r = await publishedReport(deps.db, req.params.code, yearOf(req.params.year));
      const out = await renderReport(r.document, format);
      reply.header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(reportFileName(r.document, out.extension))}`,
      );
      return reply.type(out.contentType).send(out.bytes);
    },
  );
}
