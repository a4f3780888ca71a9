// Routes of the annual report in the back office: the list of years, one year's report (own agency, or a subordinate's
// for a supervisor via ?agency=), drill-down, texts, year-end close, publishing and the roll-up.
import { importedFigures } from '../../requests/imported-figures.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { staffActor } from '../../auth/actor.ts';
import { can } from '../../auth/authorize.ts';
import { DomainError, notFound } from '../../errors.ts';
import { parseInput } from '../../input.ts';
import type { AppDeps } from '../../app-deps.ts';
import { staffCtx } from '../../http/session.ts';
import { drillCell } from '../../report/drill.ts';
import { OUTPUT_FORMATS, type OutputFormat, renderReport, reportFileName } from '../../report/render/index.ts';
import { freezeAnnualReport } from '../../report/freeze-report.ts';
import { publishAnnualReport } from '../../report/publish-report.ts';
import { rollupReport } from '../../report/rollup.ts';
import { saveReportTexts } from '../../report/save-texts.ts';
import { REPORT_STATE_LABELS } from '../../report/states.ts';
import { TEXT_BLOCKS } from '../../report/texts.ts';
import { reportAgency, reviewSubject, viewAnnualReport } from '../../report/view-report.ts';
import { reviewFinding } from '../../report/review-finding.ts';
import { chinaToday } from '../../time.ts';
import { sendHtml } from '../layout.ts';
import { type State, reportListPage, reportPage } from './views.ts';
import { drillPage, rollupPage } from './rollup-views.ts';

const FLASH = {
  reviewed: '处理意见已保存；再次检查时仍然有效。',
  texts: '文字已保存。',
  frozen: '已年终封账：报告按封账时的数据编制。',
  published: '年度报告已公布，已放入“政府信息公开年度报告”栏目。',
} as const;

export function yearParam(v: string): number {
  if (!/^\d{4}$/.test(v)) throw notFound('年度');
  return Number(v);
}

const TextsForm = z.object({
  version: z.string().optional(),
  ...Object.fromEntries(TEXT_BLOCKS.map((b) => [b.key, z.string().optional()])),
});
const PublishForm = z.object({
  version: z.coerce.number().int().min(0).default(0),
  justification: z.string().trim().max(2000, '理由不超过 2000 字').optional(),
});

export function registerReports(app: FastifyInstance, deps: AppDeps): void {
  const codeOf = (req: FastifyRequest) => {
    const q = (req.query as Record<string, unknown>)?.agency;
    return typeof q === 'string' && q ? q : staffActor(req.gk.actor).agencyCode;
  };
  const show = async (req: FastifyRequest, state: State = {}) => {
    const ctx = staffCtx(req, deps);
    const year = yearParam((req.params as { year: string }).year);
    const view = await viewAnnualReport(ctx, codeOf(req), year);
    const own = view.agency.id === ctx.actor.agencyId;
    const ok = (req.query as Record<string, unknown>)?.ok;
    const imported = await importedFigures(ctx, view.agency.code, year);
    return reportPage(
      req.gk,
      view,
      {
        own,
        write: own && can(ctx.actor, 'report.build').allowed,
        publish: own && can(ctx.actor, 'report.publish').allowed,
      },
      { flash: typeof ok === 'string' && ok in FLASH ? FLASH[ok as keyof typeof FLASH] : undefined, ...state },
      imported,
    );
  };
  const post = (url: string, form: string, run: (req: FastifyRequest, year: number) => Promise<string>) =>
    app.post(url, async (req, reply: FastifyReply) => {
      const year = yearParam((req.params as { year: string }).year);
      try {
        return reply.redirect(`/admin/reports/${year}?ok=${await run(req, year)}`, 303);
      } catch (err) {
        if (!(err instanceof DomainError) || !['invalid_input', 'stale', 'illegal_transition'].includes(err.code))
          throw err;
        return sendHtml(
          reply,
          await show(req, { error: err, values: req.body as Record<string, unknown>, form }),
          err.code === 'stale' ? 409 : err.code === 'illegal_transition' ? 409 : 400,
        );
      }
    });

  app.get('/reports', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    const current = Number(chinaToday(ctx.now).slice(0, 4));
    const years = [];
    let name = '';
    for (const year of [current, current - 1, current - 2, current - 3]) {
      const v = await viewAnnualReport(ctx, codeOf(req), year);
      name = v.agency.name;
      years.push({
        year,
        state: REPORT_STATE_LABELS[v.row?.state ?? 'draft'],
        due: v.due.due,
        errors: v.findings.filter((f) => f.severity === 'error').length,
        warnings: v.findings.filter((f) => f.severity === 'warning').length,
      });
    }
    return sendHtml(
      reply,
      reportListPage(req.gk, { agencyName: name, years, supervisor: can(ctx.actor, 'subtree.read').allowed }),
    );
  });
  app.get('/reports/:year', async (req, reply) => sendHtml(reply, await show(req)));
  app.get('/reports/:year/rollup', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    return sendHtml(
      reply,
      rollupPage(req.gk, await rollupReport(ctx, codeOf(req), yearParam((req.params as { year: string }).year))),
    );
  });
  app.get('/reports/:year/cells/:table/:row/:column', async (req, reply) => {
    const p = req.params as { year: string; table: string; row: string; column: string };
    return sendHtml(
      reply,
      drillPage(req.gk, await drillCell(staffCtx(req, deps), codeOf(req), yearParam(p.year), p.table, p.row, p.column)),
    );
  });
  app.get('/reports/:year/download/:format', async (req, reply) => {
    const p = req.params as { year: string; format: string };
    if (!(OUTPUT_FORMATS as readonly string[]).includes(p.format)) throw notFound('文件');
    const view = await viewAnnualReport(staffCtx(req, deps), codeOf(req), yearParam(p.year));
    const out = await renderReport(view.document, p.format as OutputFormat);
    reply.header(
      'content-disposition',
      `attachment; filename*=UTF-8''${encodeURIComponent(reportFileName(view.document, out.extension))}`,
    );
    return reply.type(out.contentType).send(out.bytes);
  });
  post('/reports/:year/texts', 'texts', async (req, year) => {
    const input = parseInput(TextsForm, req.body);
    const texts = Object.fromEntries(
      TEXT_BLOCKS.map((b) => [b.key, (input as Record<string, string | undefined>)[b.key] ?? '']),
    );
    await saveReportTexts(staffCtx(req, deps), codeOf(req), year, {
      texts,
      version: input.version ? Number(input.version) : null,
    });
    return 'texts';
  });
  post('/reports/:year/findings', 'review', async (req, year) => {
    const ctx = staffCtx(req, deps);
    const agency = await reportAgency(ctx, codeOf(req));
    const body = (req.body ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : '');
    await reviewFinding(ctx, {
      agencyId: agency.id,
      subject: reviewSubject(agency.id, year),
      fingerprint: str('fingerprint'),
      decision: str('decision') as 'dismissed',
      reason: str('reason'),
    });
    return 'reviewed';
  });
  post('/reports/:year/freeze', 'freeze', async (req, year) => {
    await freezeAnnualReport(staffCtx(req, deps), codeOf(req), year);
    return 'frozen';
  });
  post('/reports/:year/publish', 'publish', async (req, year) => {
    const input = parseInput(PublishForm, req.body);
    await publishAnnualReport(staffCtx(req, deps), codeOf(req), year, {
      justification: input.justification ?? null,
      version: input.version,
    });
    return 'published';
  });
}
