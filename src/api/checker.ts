// /api/v1/checker: the report checker for programs. Files (or a zip of them) are posted as a batch, which is a job:
// the answer (202) names the batch and its URL; the batch's URL tells the progress and, when done, carries each file's
// report as report-schema.md's JSON with its findings and their reviews. The same use cases as the back office.
import { z } from 'zod';
import { staffActor } from '../auth/actor.ts';
import type { Ctx } from '../context.ts';
import { DomainError, notFound } from '../errors.ts';
import { isRowId, parseInput } from '../input.ts';
import { CHECKER_UPLOAD_CONFIG, checkerUploadError, checkerUploadOf } from '../http/checker-uploads.ts';
import { findJob } from '../report/checker-job-store.ts';
import { recheckBatch } from '../report/recheck-batch.ts';
import { reviewFinding } from '../report/review-finding.ts';
import { applyReviews } from '../report/reviews.ts';
import { listReviews, listReviewsOf } from '../report/reviews-store.ts';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_FILES, uploadReports } from '../report/upload-reports.ts';
import { findUpload, listBatch, type Upload } from '../report/upload-store.ts';
import { defineRoute } from './registry.ts';

// A batch or finding that is not well formed is simply not there (404), as in the back office.
const BatchParams = z.object({ batch: z.string().max(64) });
const UploadParams = z.object({ id: z.string().max(20) });
const FindingParams = UploadParams.extend({ fingerprint: z.string().max(64) });
const BATCH = /^[0-9a-f]{16}$/;

async function uploadOf(ctx: Ctx, id: string): Promise<Upload> {
  const u = isRowId(id) ? await findUpload(ctx.db, ctx.scope, Number(id)) : undefined;
  if (!u) throw notFound('检查结果');
  return u;
}

const ReviewBody = z.object({
  decision: z.enum(['confirmed', 'dismissed'], { error: '请选择 confirmed（确认有误）或 dismissed（不予采纳）' }),
  reason: z.string({ error: '请写明理由' }),
});
const Review = z.object({
  decision: z.enum(['confirmed', 'dismissed']),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});
const FindingJson = z
  .object({
    rule: z.string(),
    severity: z.string(),
    message: z.string(),
    fingerprint: z.string(),
    review: Review.optional(),
  })
  .loose();
/** report-schema.md's report; its findings carry the agency's review where there is one. */
const ReportJson = z
  .object({ schema: z.literal('gongkai.report/1'), findings: z.array(FindingJson) })
  .loose()
  .describe('report-schema.md 的报告 JSON；findings 中已审核的问题带 review');
const UploadJson = z.object({
  id: z.number(),
  batch: z.string(),
  file: z.string(),
  error: z.string().nullable().describe('未能读取时的中文原因'),
  parent: z.boolean().describe('是否为本批的上级汇总报告'),
  report: ReportJson,
  url: z.string(),
});
const JobJson = z.object({
  batch: z.string(),
  state: z.enum(['queued', 'running', 'done', 'failed']),
  total: z.number().describe('本批文件数（压缩包按其中文件计）'),
  done: z.number().describe('已读取的文件数'),
  error: z.string().nullable().describe('检查未能完成时的中文原因'),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  url: z.string().describe('本批的地址：轮询其 state，为 done 时 reports 为各文件的检查结果'),
  reports: z.array(UploadJson).nullable(),
});

const batchUrl = (batch: string) => `/api/v1/checker/batches/${batch}`;

async function uploadJson(ctx: Ctx, u: Upload, reviews?: Parameters<typeof applyReviews>[1]) {
  const own = reviews ?? (await listReviews(ctx.db, staffActor(ctx.actor).agencyId, u.subject));
  return {
    id: u.id,
    batch: u.batch,
    file: u.filename,
    error: u.error,
    parent: u.parent,
    report: { ...u.report, findings: applyReviews(u.report.findings, own) },
    url: `/api/v1/checker/uploads/${u.id}`,
  };
}

async function jobJson(ctx: Ctx, batch: string) {
  if (!BATCH.test(batch)) throw notFound('检查批次');
  const job = await findJob(ctx.db, ctx.scope, batch);
  const uploads = !job || job.state === 'done' ? await listBatch(ctx.db, ctx.scope, batch) : [];
  if (!job && uploads.length === 0) throw notFound('检查批次');
  const reviews = await listReviewsOf(
    ctx.db,
    staffActor(ctx.actor).agencyId,
    uploads.map((u) => u.subject),
  );
  const reports = await Promise.all(uploads.map((u) => uploadJson(ctx, u, reviews.get(u.subject) ?? [])));
  return {
    batch,
    state: job?.state ?? 'done',
    total: job?.total ?? uploads.length,
    done: job?.done ?? uploads.length,
    error: job?.error ?? null,
    createdAt: job ? job.createdAt : uploads[0]!.createdAt,
    finishedAt: job ? job.finishedAt : uploads[0]!.createdAt, // a batch checked before jobs existed
    url: batchUrl(batch),
    reports: !job || job.state === 'done' ? reports : null,
  };
}

export const checkerRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/v1/checker/batches',
    tag: '年度报告检查',
    auth: 'staff',
    summary: `上传已发布的年度报告（文本、网页、Word、PDF 或其 ZIP 压缩包，每个不超过 ${MAX_UPLOAD_BYTES / 1048576} MB，一次最多 ${MAX_UPLOAD_FILES} 个）检查；返回检查批次，按其 url 查询进度和结果`,
    multipart: true,
    bodyParsedByHandler: true,
    body: z.object({
      files: z.array(z.file()).describe('报告文件，可多个'),
      parent: z.string().optional().describe('本批中上级汇总报告的文件名（与其余同年度报告之和核对），可不填'),
    }),
    config: CHECKER_UPLOAD_CONFIG,
    mapError: checkerUploadError,
    status: 202,
    response: JobJson,
    twinOf: ['POST /admin/checker'],
    async handler(ctx, _input, req) {
      if (!req.isMultipart())
        throw new DomainError('invalid_input', '请以 multipart/form-data 上传报告文件（字段 files）。', {
          files: '请上传报告文件',
        });
      const { batch, checked } = await uploadReports(ctx, checkerUploadOf(req.body));
      void checked;
      return jobJson(ctx, batch);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/checker/batches/{batch}',
    tag: '年度报告检查',
    auth: 'staff',
    summary: '检查批次的进度；完成后含各文件的报告 JSON（report-schema.md）及其问题和审核意见',
    params: BatchParams,
    response: JobJson,
    async handler(ctx, { params }) {
      return jobJson(ctx, params.batch);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/checker/batches/{batch}/recheck',
    tag: '年度报告检查',
    auth: 'staff',
    summary: '按现行规则重新检查本机关的一个批次（作为新的批次排队；以前的审核意见仍然有效）',
    params: BatchParams,
    status: 202,
    response: JobJson,
    twinOf: ['POST /admin/checker/batches/:batch/recheck'],
    async handler(ctx, { params }) {
      const { batch } = await recheckBatch(ctx, params.batch);
      return jobJson(ctx, batch);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/checker/uploads/{id}',
    tag: '年度报告检查',
    auth: 'staff',
    summary: '一份已检查报告的 JSON（report-schema.md）及其问题和审核意见',
    params: UploadParams,
    response: UploadJson,
    async handler(ctx, { params }) {
      return uploadJson(ctx, await uploadOf(ctx, params.id));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/checker/uploads/{id}/findings/{fingerprint}',
    tag: '年度报告检查',
    auth: 'staff',
    summary: '审核一个问题：确认有误（confirmed）或不予采纳（dismissed），须写明理由',
    params: FindingParams,
    body: ReviewBody,
    bodyParsedByHandler: true, // after the finding is found: another agency's gets 404, not a 400 about its body
    response: UploadJson,
    twinOf: ['POST /admin/checker/uploads/:id/findings/:fingerprint'],
    async handler(ctx, { params }, req) {
      const u = await uploadOf(ctx, params.id);
      if (!u.report.findings.some((f) => f.fingerprint === params.fingerprint)) throw notFound('问题');
      const body = parseInput(ReviewBody, req.body);
      await reviewFinding(ctx, {
        agencyId: staffActor(ctx.actor).agencyId,
        subject: u.subject,
        fingerprint: params.fingerprint,
        decision: body.decision,
        reason: body.reason,
      });
      return uploadJson(ctx, u);
    },
  }),
];
