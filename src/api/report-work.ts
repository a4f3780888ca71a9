// /api/v1/reports/{code}/{year}: the annual report's work — its text blocks (read, save with the version), the review
// of its findings, the year-end close, publishing, and the report downloaded in each format. The back office's use
// cases under the same permissions: its own agency's staff write, a supervisor above it reads.
import { z } from 'zod';
import { AGENCY_CODE } from '../agencies/kinds.ts';
import type { Ctx } from '../context.ts';
import { freezeAnnualReport } from '../report/freeze-report.ts';
import { publishAnnualReport } from '../report/publish-report.ts';
import { OUTPUT_FORMATS, renderReport, reportFileName } from '../report/render/index.ts';
import { reviewFinding } from '../report/review-finding.ts';
import { DECISIONS } from '../report/reviews.ts';
import { saveReportTexts } from '../report/save-texts.ts';
import { REPORT_STATE_LABELS, REPORT_STATES } from '../report/states.ts';
import { TEXT_BLOCKS, type TextKey, unfilled } from '../report/texts.ts';
import { reportAgency, reviewSubject, viewAnnualReport } from '../report/view-report.ts';
import { defineRoute, DownloadFile } from './registry.ts';

const TAG = '年度报告';
const Params = z.object({
  code: z.string().regex(AGENCY_CODE, { error: '机关代码格式不正确' }),
  year: z.coerce
    .number({ error: '年度应为四位数字' })
    .int('年度应为四位数字')
    .min(1000, '年度应为四位数字')
    .max(9999, '年度应为四位数字'),
});
const version = z
  .number({ error: 'version 应为读取时得到的版本号（尚未保存过的报告为 null）' })
  .int()
  .min(0)
  .nullable();
const WorkJson = z.object({
  state: z.enum(REPORT_STATES),
  stateLabel: z.string(),
  version: z.number().nullable().describe('保存文字、公布时带回；尚未保存过为 null'),
  publishedAt: z.string().nullable(),
  texts: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      hint: z.string(),
      text: z.string(),
      unfilled: z.boolean().describe('仍是【待填写】提示，公布前须填写'),
    }),
  ),
  findings: z.array(
    z.object({
      fingerprint: z.string(),
      rule: z.string(),
      severity: z.string(),
      message: z.string(),
      review: z.object({ decision: z.enum(DECISIONS), reason: z.string(), by: z.string(), at: z.string() }).nullable(),
    }),
  ),
});
const FORMATS = OUTPUT_FORMATS.filter((f) => f !== 'json' && f !== 'text') as ['html', 'docx', 'xlsx', 'pdf'];
const CONTENT_TYPES = {
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const satisfies Record<(typeof FORMATS)[number], string>;

async function work(ctx: Ctx, code: string, year: number): Promise<z.infer<typeof WorkJson>> {
  const v = await viewAnnualReport(ctx, code, year);
  const blank = new Set<TextKey>(unfilled(v.texts));
  return {
    state: v.row?.state ?? 'draft',
    stateLabel: REPORT_STATE_LABELS[v.row?.state ?? 'draft'],
    version: v.row?.version ?? null,
    publishedAt: v.row?.publishedAt ?? null,
    texts: TEXT_BLOCKS.map((b) => ({ ...b, text: v.texts[b.key], unfilled: blank.has(b.key) })),
    findings: v.findings.map((f) => ({
      fingerprint: f.fingerprint,
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      review: f.review ?? null,
    })),
  };
}

export const reportWorkRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/reports/{code}/{year}/work',
    tag: TAG,
    auth: 'staff',
    summary: '年度报告的编制状态：状态和版本号、各段文字（是否仍待填写）、检查结果及其处理意见',
    params: Params,
    response: WorkJson,
    async handler(ctx, { params }) {
      return work(ctx, params.code, params.year);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/reports/{code}/{year}/texts',
    tag: TAG,
    auth: 'staff',
    summary: `保存报告中需人工撰写的文字段落（texts 只需给出要改的段落，键为 ${TEXT_BLOCKS.map((b) => b.key).join('、')}；version 为读取时的版本号，他人已修改时 409）`,
    params: Params,
    body: z.object({
      version,
      texts: z.partialRecord(
        z.enum(TEXT_BLOCKS.map((b) => b.key) as [TextKey, ...TextKey[]], {
          error: `段落应为 ${TEXT_BLOCKS.map((b) => b.key).join('、')} 之一`,
        }),
        z.string({ error: '段落文字应为字符串' }),
      ),
    }),
    response: WorkJson,
    twinOf: ['POST /admin/reports/:year/texts'],
    async handler(ctx, { params, body }) {
      await saveReportTexts(ctx, params.code, params.year, body);
      return work(ctx, params.code, params.year);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/reports/{code}/{year}/findings/{fingerprint}/review',
    tag: TAG,
    auth: 'staff',
    summary:
      '处理一条检查结果：decision 为 confirmed（确认有误）或 dismissed（不予采纳），reason 写明理由；再次处理替换前一次',
    params: Params.extend({ fingerprint: z.string().max(64) }),
    body: z.object({
      decision: z.enum(DECISIONS, { error: '请选择“确认有误”（confirmed）或“不予采纳”（dismissed）' }),
      reason: z.string({ error: '请写明理由' }),
    }),
    response: WorkJson,
    twinOf: ['POST /admin/reports/:year/findings'],
    async handler(ctx, { params, body }) {
      const agency = await reportAgency(ctx, params.code);
      await reviewFinding(ctx, {
        agencyId: agency.id,
        subject: reviewSubject(agency.id, params.year),
        fingerprint: params.fingerprint,
        decision: body.decision,
        reason: body.reason,
      });
      return work(ctx, params.code, params.year);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/reports/{code}/{year}/freeze',
    tag: TAG,
    auth: 'staff',
    summary: '年终封账：报告此后按封账时的数据编制（公布前可再次封账）',
    params: Params,
    response: WorkJson,
    twinOf: ['POST /admin/reports/:year/freeze'],
    async handler(ctx, { params }) {
      await freezeAnnualReport(ctx, params.code, params.year);
      return work(ctx, params.code, params.year);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/reports/{code}/{year}/publish',
    tag: TAG,
    auth: 'staff',
    summary:
      '公布年度报告（尚未封账的先封账）：有未处理的错误时 409；有警告时须写 justification（至少 10 字）；公布后放入“政府信息公开年度报告”栏目',
    params: Params,
    body: z.object({
      version: z.number({ error: 'version 应为读取时的版本号（尚未保存过的报告为 0）' }).int().min(0),
      justification: z.string().trim().max(2000, '理由不超过 2000 字').optional(),
    }),
    response: WorkJson.extend({ indexNo: z.string().describe('年度报告条目的索引号') }),
    twinOf: ['POST /admin/reports/:year/publish'],
    async handler(ctx, { params, body }) {
      const { indexNo } = await publishAnnualReport(ctx, params.code, params.year, {
        justification: body.justification ?? null,
        version: body.version,
      });
      return { ...(await work(ctx, params.code, params.year)), indexNo };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/reports/{code}/{year}/download/{format}',
    tag: TAG,
    auth: 'staff',
    summary: '下载年度报告：html（单文件网页）、docx、xlsx 或 pdf（报告 JSON 见 /api/v1/reports/{code}/{year}）',
    params: Params.extend({
      format: z.enum(FORMATS, { error: '格式应为 html、docx、xlsx 或 pdf' }),
    }),
    response: DownloadFile,
    download: Object.values(CONTENT_TYPES),
    async handler(ctx, { params }) {
      const v = await viewAnnualReport(ctx, params.code, params.year);
      const out = await renderReport(v.document, params.format);
      return { bytes: out.bytes, contentType: out.contentType, fileName: reportFileName(v.document, out.extension) };
    },
  }),
];
