// /api/v1 routes of 依申请公开: the public application and the applicant's view (编号 + 查询码), and the staff routes
// for the case list, registration, the case and every workflow step.
import { z } from 'zod';
import { findAgencyByCode } from '../agencies/store.ts';
import { AGENCY_CODE } from '../agencies/kinds.ts';
import { parseDate } from '../calendar/dates.ts';
import { notFound } from '../errors.ts';
import { parseInput } from '../input.ts';
import { CODE_PATTERN, NUMBER_PATTERN } from '../requests/access.ts';
import { caseView, revealPersonal } from '../requests/case-view.ts';
import { computeTableThree } from '../requests/compute-table-three.ts';
import { INTAKE_CHANNELS } from '../requests/clock.ts';
import { Application } from '../requests/form.ts';
import { checkUploads } from '../requests/attachments.ts';
import { splitUploads } from '../http/uploads.ts';
import { listCases } from '../requests/list-cases.ts';
import { issueLetter } from '../requests/issue-letter.ts';
import { LETTER_KINDS } from '../requests/letter-kinds.ts';
import { performStep } from '../requests/perform-step.ts';
import { Step } from '../requests/step-form.ts';
import { findRequestByNumber } from '../requests/store.ts';
import { submitApplication } from '../requests/submit.ts';
import { suggestPublished } from '../requests/suggest-published.ts';
import { applicantView } from '../requests/track.ts';
import { presentCase, presentListItem } from './present-requests.ts';
import { defineRoute } from './registry.ts';
import { STEP_LETTERS } from '../admin/requests/step-forms.ts';
import type { RequestEventType } from '../requests/lifecycle.ts';

const CodeParams = z.object({ code: z.string().regex(AGENCY_CODE, { error: '机关代码格式不正确' }) });
const NumberParams = z.object({
  number: z.string().trim().toUpperCase().regex(NUMBER_PATTERN, '申请编号为 YS 加 12 至 14 位数字'),
});
const Created = z.object({ number: z.string(), code: z.string() });
const ApplicantJson = z.object({
  number: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  receivedOn: z.string(),
  dueDate: z.string().nullable(),
  workingDaysLeft: z.number().nullable(),
  overdue: z.boolean(),
  outcome: z.object({ code: z.string(), label: z.string() }).nullable(),
  letters: z.array(z.object({ kind: z.string(), title: z.string(), issuedOn: z.string() })),
  history: z.array(z.object({ event: z.string(), label: z.string(), date: z.string() })),
});
const CaseJson = z
  .object({ number: z.string(), state: z.string(), outcome: z.string().nullable(), version: z.number() })
  .passthrough();
const date = z.string().refine((s) => parseDate(s) !== undefined, '请按 YYYY-MM-DD 填写真实存在的日期');
const Registration = z.object({
  application: Application,
  channel: z.enum(INTAKE_CHANNELS.filter((c) => c !== 'portal') as [string, ...string[]], {
    error: '收件方式应为 in_person、registered_mail、letter、fax 或 email',
  }),
  receivedOn: date,
  evidence: z
    .string({ error: '请记录收件凭证（签收日期、确认记录等）' })
    .trim()
    .min(1, '请记录收件凭证（签收日期、确认记录等）')
    .max(500),
});

async function staffCase(ctx: Parameters<typeof caseView>[0], number: string) {
  const c = await findRequestByNumber(ctx.db, ctx.scope, number);
  if (!c) throw notFound('申请');
  return c;
}

const SuggestionJson = z.object({
  id: z.number(),
  indexNo: z.string(),
  title: z.string(),
  publishedOn: z.string(),
  url: z.string(),
  hits: z.number().describe('命中的关键词个数'),
});

export const requestRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies/{code}/catalogue-suggestions',
    tag: '依申请公开',
    auth: 'public',
    summary: '申请人填写内容描述时，提示本机关已主动公开的相关信息（只含已发布的条目）',
    params: CodeParams,
    query: z.object({ q: z.string({ error: '请提供内容描述 q' }).max(500, '内容描述不超过 500 字').default('') }),
    response: z.object({ items: z.array(SuggestionJson) }),
    rateLimit: { max: 60, timeWindow: '1 minute' },
    async handler(ctx, { params, query }) {
      return { items: await suggestPublished(ctx.db, params.code, query.q) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/agencies/{code}/requests',
    tag: '依申请公开',
    auth: 'public',
    summary:
      '提交政府信息公开申请（无需登录）；返回申请编号和查询码。需要附件时以 multipart/form-data 提交：字段同 JSON，附件字段 idCopy（身份证明复印件）、authorization（授权委托书），PDF、JPG 或 PNG，每个不超过 5 MB',
    params: CodeParams,
    body: Application,
    status: 201,
    response: Created,
    rateLimit: { max: 30, timeWindow: '1 minute' },
    async handler(ctx, { params, body }, req) {
      const r = await submitApplication(
        ctx,
        params.code,
        body,
        { channel: 'portal' },
        checkUploads(splitUploads(req.body).uploads),
      );
      return { number: r.number, code: r.code };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/requests/{number}',
    tag: '依申请公开',
    auth: 'public',
    summary: '申请人凭申请编号和查询码查看办理进度、答复期限和告知书',
    params: NumberParams,
    query: z.object({
      code: z
        .string({ error: '请提供查询码 code' })
        .trim()
        .toUpperCase()
        .regex(CODE_PATTERN, '查询码为 10 位字母或数字'),
    }),
    response: ApplicantJson,
    rateLimit: { max: 20, timeWindow: '1 minute' },
    async handler(ctx, { params, query }) {
      const {
        agency: _a,
        canCorrect: _c,
        canWithdraw: _w,
        letters,
        ...v
      } = await applicantView(ctx, params.number, query.code);
      return { ...v, letters: letters.map(({ id: _id, ...l }) => l) };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies/{code}/requests',
    tag: '依申请公开',
    auth: 'staff',
    summary: '本机关的申请（个人信息已遮蔽），含答复期限与是否逾期',
    params: CodeParams,
    response: z.object({ requests: z.array(z.object({}).passthrough()) }),
    async handler(ctx, { params }) {
      const agency = await findAgencyByCode(ctx.db, ctx.scope, params.code);
      if (!agency) throw notFound('机关');
      return { requests: (await listCases(ctx, { agencyId: agency.id, limit: 500 })).map(presentListItem) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/agencies/{code}/requests/registrations',
    tag: '依申请公开',
    auth: 'staff',
    summary:
      '登记纸质、信函、传真、电子邮件或当面提交的申请（信息员）。附扫描件时以 multipart/form-data 提交：application 的字段与 channel、receivedOn、evidence 平铺，附件字段 scan（申请书扫描件）、idCopy、authorization',
    params: CodeParams,
    body: Registration,
    bodyParsedByHandler: true, // a multipart form carries the application's fields flat, beside the intake's
    status: 201,
    response: Created,
    twinOf: ['POST /admin/requests/new'],
    async handler(ctx, { params }, req) {
      const { fields, uploads } = splitUploads(req.body);
      const { channel, receivedOn, evidence, ...application } = fields;
      const body = parseInput(
        Registration,
        req.isMultipart() ? { application, channel, receivedOn, evidence } : req.body,
      );
      const r = await submitApplication(
        ctx,
        params.code,
        body.application,
        { channel: body.channel as never, receivedOn: body.receivedOn, evidence: body.evidence },
        checkUploads(uploads),
      );
      return { number: r.number, code: r.code };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/staff/requests/{number}',
    tag: '依申请公开',
    auth: 'staff',
    summary: '一件申请：状态、答复期限及计算过程、办理记录、可办理的步骤',
    params: NumberParams,
    response: CaseJson,
    async handler(ctx, { params }) {
      return presentCase(await caseView(ctx, (await staffCase(ctx, params.number)).id));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/staff/requests/{number}/steps',
    tag: '依申请公开',
    auth: 'staff',
    summary:
      '办理一个步骤（受理、补正、征求意见、延期、收费、答复、送达、归档、撤回、转送）；withLetter 为 true 时同时出具该步骤的告知书（如后台的“同时出具”）',
    params: NumberParams,
    body: Step,
    bodyParsedByHandler: true,
    response: CaseJson,
    twinOf: ['POST /admin/requests/:id/steps'],
    async handler(ctx, { params }, req) {
      const c = await staffCase(ctx, params.number);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const done = await performStep(ctx, c.id, body); // permission and state are checked before the body
      const letter =
        (body.withLetter === true || body.withLetter === 'yes') && typeof body.event === 'string'
          ? STEP_LETTERS[body.event as RequestEventType]?.(String(body.outcome ?? ''))
          : undefined;
      // Unless the step already issued it to mail it to the applicant (requests/step-mail.ts), as the back office does.
      if (letter && letter !== done.letter) await issueLetter(ctx, c.id, letter);
      return presentCase(await caseView(ctx, c.id));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/staff/requests/{number}/personal',
    tag: '依申请公开',
    auth: 'staff',
    summary: '申请人完整个人信息（仅承办人；每次查看均记入审计日志）',
    params: NumberParams,
    response: z.object({
      name: z.string(),
      idNumber: z.string().nullable(),
      phone: z.string(),
      address: z.string().nullable(),
      email: z.string().nullable(),
    }),
    twinOf: ['POST /admin/requests/:id/personal'],
    async handler(ctx, { params }) {
      return revealPersonal(ctx, (await staffCase(ctx, params.number)).id);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies/{code}/requests/table-three',
    tag: '依申请公开',
    auth: 'staff',
    summary: '由办理数据计算的年度报告表三（行、列键见 report-schema.md）',
    params: CodeParams,
    query: z.object({
      year: z.coerce
        .number({ error: '请提供年份 year' })
        .int('年份应为整数')
        .min(2008, '年份不早于 2008')
        .max(2150, '年份不晚于 2150'),
    }),
    response: z.record(z.string(), z.record(z.string(), z.number().nullable())),
    async handler(ctx, { params, query }) {
      return computeTableThree(ctx, params.code, query.year);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/staff/requests/{number}/letters',
    tag: '依申请公开',
    auth: 'staff',
    summary: '出具告知书（答复、补正、延期、征求意见、收费、不予处理）；缺少必需内容时拒绝',
    params: NumberParams,
    body: z.object({ kind: z.enum(LETTER_KINDS, { error: `告知书种类应为：${LETTER_KINDS.join('、')}` }) }),
    status: 201,
    response: z.object({ id: z.number(), kind: z.string() }),
    twinOf: ['POST /admin/requests/:id/letters'],
    async handler(ctx, { params, body }) {
      const { id } = await issueLetter(ctx, (await staffCase(ctx, params.number)).id, body.kind);
      return { id, kind: body.kind };
    },
  }),
];
