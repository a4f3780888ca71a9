// The report checker in the back office: upload reports (files or zips), see a batch, a report's findings beside
// its marked tables, review findings, download the findings as XLSX.
import { readFileSync } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { staffActor } from '../../auth/actor.ts';
import { can } from '../../auth/authorize.ts';
import { DomainError, notFound } from '../../errors.ts';
import type { AppDeps } from '../../app-deps.ts';
import { sendError } from '../../http/errors.ts';
import { staffCtx } from '../../http/session.ts';
import { findingsXlsx } from '../../report/findings-xlsx.ts';
import { recheckBatch } from '../../report/recheck-batch.ts';
import { reviewFinding } from '../../report/review-finding.ts';
import { applyReviews } from '../../report/reviews.ts';
import { listReviews, listReviewsOf } from '../../report/reviews-store.ts';
import { uploadReports } from '../../report/upload-reports.ts';
import { CHECKER_UPLOAD_CONFIG, checkerUploadError, checkerUploadOf } from '../../http/checker-uploads.ts';
import { uploadText } from '../../report/upload-source.ts';
import { findJob, listOpenJobs } from '../../report/checker-job-store.ts';
import { findUpload, listBatch, listBatches, type Upload } from '../../report/upload-store.ts';
import { sendHtml } from '../layout.ts';
import { idParam } from '../params.ts';
import { findingsPage, type ReviewError } from './findings-view.ts';
import { batchPage, checkerPage, JOB_REFRESH_SECONDS, jobPage } from './views.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FLASH = {
  uploaded: '已上传并检查完毕。',
  saved: '审核意见已保存。',
  rechecked: '已按现行规则重新检查，以前的审核意见仍然有效。',
} as const;
const flashOf = (q: unknown) => FLASH[(q as { ok?: string })?.ok as keyof typeof FLASH];

const batchParam = (v: string) => {
  if (!/^[0-9a-f]{16}$/.test(v)) throw notFound('检查批次');
  return v;
};

/**
 * How long an upload waits for its job before answering: a small batch shows its results at once, a large one its
 * progress page (the job goes on in the background either way).
 */
const WAIT_FOR_JOB_MS = 3000;
const briefly = (checked: Promise<void>) =>
  Promise.race([checked, new Promise<void>((resolve) => setTimeout(resolve, WAIT_FOR_JOB_MS).unref())]);

export function registerChecker(admin: FastifyInstance, deps: AppDeps): void {
  admin.register(async (app) => {
    app.setErrorHandler((err, req, reply) => sendError(req, reply, checkerUploadError(err), deps));
    checkerRoutes(app, deps);
  });
}

/** Files in the order people number them: 1, 2, 10 (not 1, 10, 2), Chinese names by their pinyin. */
const byFileName = new Intl.Collator('zh-CN', { numeric: true });
const PROGRESS_JS = readFileSync(new URL('../../http/assets/upload-progress.js', import.meta.url));

function checkerRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/checker/upload-progress.js', (_req, reply) =>
    reply.type('text/javascript; charset=utf-8').header('cache-control', 'private, max-age=3600').send(PROGRESS_JS),
  );
  const lines = async (req: FastifyRequest, batch: string) => {
    const ctx = staffCtx(req, deps);
    const uploads = await listBatch(ctx.db, ctx.scope, batch);
    if (uploads.length === 0) throw notFound('检查批次');
    const reviews = await listReviewsOf(
      ctx.db,
      ctx.actor.agencyId,
      uploads.map((u) => u.subject),
    );
    return uploads
      .sort((a, b) => byFileName.compare(a.filename, b.filename))
      .map((upload) => ({ upload, findings: applyReviews(upload.report.findings, reviews.get(upload.subject) ?? []) }));
  };
  const findings = async (req: FastifyRequest, reply: FastifyReply, upload: Upload, failed?: ReviewError) => {
    const ctx = staffCtx(req, deps);
    const reviewed = applyReviews(
      upload.report.findings,
      await listReviews(ctx.db, ctx.actor.agencyId, upload.subject),
    );
    const source = await uploadText(ctx.db, ctx.config, upload);
    return sendHtml(
      reply,
      findingsPage(req.gk, { upload, findings: reviewed, source, flash: flashOf(req.query), failed }),
      failed ? 400 : 200,
    );
  };
  const uploadOf = async (req: FastifyRequest) => {
    const ctx = staffCtx(req, deps);
    const upload = await findUpload(ctx.db, ctx.scope, idParam((req.params as { id: string }).id, '检查结果'));
    if (!upload) throw notFound('检查结果');
    return upload;
  };

  app.get('/checker', async (req, reply) => {
    const ctx = staffCtx(req, deps);
    return sendHtml(
      reply,
      checkerPage(req.gk, {
        batches: await listBatches(ctx.db, ctx.scope),
        jobs: await listOpenJobs(ctx.db, ctx.scope),
        canUpload: can(ctx.actor, 'report.check').allowed,
      }),
    );
  });

  app.post('/checker', { config: CHECKER_UPLOAD_CONFIG }, async (req, reply) => {
    const ctx = staffCtx(req, deps);
    const input = checkerUploadOf(req.body);
    try {
      const { batch, checked } = await uploadReports(ctx, input);
      await briefly(checked);
      return reply.redirect(`/admin/checker/batches/${batch}?ok=uploaded`, 303);
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return sendHtml(
        reply,
        checkerPage(req.gk, {
          batches: await listBatches(ctx.db, ctx.scope),
          jobs: await listOpenJobs(ctx.db, ctx.scope),
          canUpload: true,
          error: err,
          parent: input.parent,
        }),
        400,
      );
    }
  });

  app.get('/checker/batches/:batch', async (req, reply) => {
    const batch = batchParam((req.params as { batch: string }).batch);
    const ctx = staffCtx(req, deps);
    const job = await findJob(ctx.db, ctx.scope, batch);
    if (job && job.state !== 'done') {
      if (job.state !== 'failed')
        reply.header('refresh', String(JOB_REFRESH_SECONDS)).header('cache-control', 'no-store');
      return sendHtml(reply, jobPage(req.gk, job));
    }
    const found = await lines(req, batch);
    const actor = staffActor(req.gk.actor);
    const canRecheck = found[0]!.upload.agencyId === actor.agencyId && can(actor, 'report.check').allowed;
    return sendHtml(reply, batchPage(req.gk, { batch, lines: found, canRecheck, flash: flashOf(req.query) }));
  });

  app.post('/checker/batches/:batch/recheck', async (req, reply) => {
    const { batch, checked } = await recheckBatch(
      staffCtx(req, deps),
      batchParam((req.params as { batch: string }).batch),
    );
    await briefly(checked);
    return reply.redirect(`/admin/checker/batches/${batch}?ok=rechecked`, 303);
  });

  app.get('/checker/batches/:batch/findings.xlsx', async (req, reply) => {
    const batch = batchParam((req.params as { batch: string }).batch);
    const ctx = staffCtx(req, deps);
    const job = await findJob(ctx.db, ctx.scope, batch);
    if (job && job.state !== 'done')
      throw new DomainError('illegal_transition', '本批报告尚未检查完毕，请在检查完成后再下载问题清单。');
    const files = (await lines(req, batch)).map(({ upload: u, findings }) => ({
      file: u.filename,
      report: u.report,
      error: u.error,
      findings,
    }));
    return reply
      .type(XLSX)
      .header(
        'content-disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(`年度报告问题清单-${batch}.xlsx`)}`,
      )
      .header('cache-control', 'no-store')
      .send(await findingsXlsx(files));
  });

  app.get('/checker/uploads/:id', async (req, reply) => findings(req, reply, await uploadOf(req)));

  app.post('/checker/uploads/:id/findings/:fingerprint', async (req, reply) => {
    const upload = await uploadOf(req);
    const fingerprint = (req.params as { fingerprint: string }).fingerprint;
    if (!upload.report.findings.some((f) => f.fingerprint === fingerprint)) throw notFound('问题');
    const body = (req.body ?? {}) as Record<string, unknown>;
    const ctx = staffCtx(req, deps);
    try {
      await reviewFinding(ctx, {
        agencyId: ctx.actor.agencyId,
        subject: upload.subject,
        fingerprint,
        decision: String(body.decision ?? '') as 'confirmed',
        reason: String(body.reason ?? ''),
      });
    } catch (err) {
      if (!(err instanceof DomainError) || err.code !== 'invalid_input') throw err;
      return findings(req, reply, upload, { fingerprint, error: err, values: body });
    }
    return reply.redirect(`/admin/checker/uploads/${upload.id}?ok=saved#f-${fingerprint}`, 303);
  });
}
