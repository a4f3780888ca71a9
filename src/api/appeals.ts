// /api/v1/appeals: the agency's 行政复议 and 行政诉讼 cases — list (cursor, ?year= as the page's 表四 year), one case
// with its deadlines and documents, recording a case, its steps and its documents: the back office's use cases.
import { z } from 'zod';
import { appealDeadlines } from '../appeals/deadlines.ts';
import { DocumentForm, NewAppealForm, StepForm } from '../appeals/form.ts';
import { APPEAL_KINDS, DECISIONS } from '../appeals/outcomes.ts';
import { addAppealDocument, recordAppeal, updateAppealSteps } from '../appeals/record-appeal.ts';
import { appealsForYear, findAppeal, listDocuments, pageAppeals, type Appeal } from '../appeals/store.ts';
import { tableFour } from '../appeals/table-four.ts';
import { staffActor } from '../auth/actor.ts';
import { loadCalendar } from '../calendar/store.ts';
import type { Ctx } from '../context.ts';
import { notFound } from '../errors.ts';
import { getBlob } from '../files/blobs.ts';
import { downloadName } from '../files/safe-name.ts';
import { type AttachmentType, MIME } from '../files/sniff.ts';
import { decodeCursor, ListQuery, listJson, pageOf } from './cursor.ts';
import { IdParams, yearUpToNow, YearQuery } from './params.ts';
import { defineRoute, DownloadFile } from './registry.ts';

const AppealJson = z.object({
  id: z.number(),
  kind: z.enum(Object.keys(APPEAL_KINDS) as [keyof typeof APPEAL_KINDS]),
  kindLabel: z.string(),
  procedure: z.string(),
  followsId: z.number().nullable(),
  requestNumber: z.string().nullable(),
  body: z.string(),
  caseNumber: z.string().nullable(),
  applicant: z.string(),
  filedOn: z.string(),
  acceptedOn: z.string().nullable(),
  copyReceivedOn: z.string().nullable(),
  answeredOn: z.string().nullable(),
  extendedDays: z.number(),
  decidedOn: z.string().nullable(),
  decision: z.string().nullable(),
  decisionLabel: z.string().nullable(),
  version: z.number(),
});
const Due = z.object({ date: z.string(), basis: z.string() }).nullable();
const DocumentJson = z.object({
  id: z.number(),
  kind: z.string(),
  title: z.string(),
  dated: z.string(),
  docNumber: z.string().nullable(),
  file: z.object({ name: z.string(), type: z.string() }).nullable(),
});
const AppealDetail = AppealJson.extend({
  deadlines: z.object({ answerDue: Due, decisionDue: Due }),
  documents: z.array(DocumentJson),
});
const Row = z.object({
  upheld: z.number(),
  corrected: z.number(),
  other: z.number(),
  pending: z.number(),
  total: z.number(),
});
const DocParams = IdParams.extend({ doc: z.coerce.number({ error: '文书编号应为正整数' }).int().positive() });

const presentAppeal = ({ agencyId: _a, ...a }: Appeal): z.infer<typeof AppealJson> => ({
  ...a,
  kindLabel: APPEAL_KINDS[a.kind].label,
  decisionLabel: a.decision ? DECISIONS[a.decision].label : null,
});

async function detail(ctx: Ctx, id: number): Promise<z.infer<typeof AppealDetail>> {
  const a = await findAppeal(ctx.db, ctx.writeScope, id);
  if (!a) throw notFound('案件');
  return {
    ...presentAppeal(a),
    deadlines: appealDeadlines(await loadCalendar(ctx.db), a),
    documents: (await listDocuments(ctx.db, a.id)).map((d) => ({
      ...d,
      file: d.file && { name: d.file.name, type: d.file.type },
    })),
  };
}

export const appealRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/appeals',
    tag: '行政复议和行政诉讼',
    auth: 'staff',
    summary:
      '本机关的复议、诉讼案件（按提出日期从新到旧）；year 只列该年度表四统计的案件（当年年底前提出、当年之前未审结）',
    query: ListQuery.extend({ year: YearQuery.optional() }),
    response: listJson(AppealJson),
    async handler(ctx, { query }) {
      const after = decodeCursor(query.cursor, ['s', 'n']) as [string, number] | undefined;
      const rows = await pageAppeals(ctx.db, ctx.scope, staffActor(ctx.actor).agencyId, {
        year: query.year === undefined ? undefined : yearUpToNow(ctx, query.year),
        after,
        limit: query.limit + 1,
      });
      const page = pageOf(rows, query.limit, (a) => [a.filedOn, a.id]);
      return { items: page.items.map(presentAppeal), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/appeals/table-four',
    tag: '行政复议和行政诉讼',
    auth: 'staff',
    summary: '本机关某年度的表四（因政府信息公开工作被申请行政复议、提起行政诉讼情况），默认本年',
    query: z.object({ year: YearQuery.optional() }),
    response: z.object({
      year: z.number(),
      reconsideration: Row,
      litigationDirect: Row,
      litigationAfterReconsideration: Row,
    }),
    async handler(ctx, { query }) {
      const year = yearUpToNow(ctx, query.year);
      return { year, ...tableFour(await appealsForYear(ctx.db, [staffActor(ctx.actor).agencyId], year), year) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/appeals',
    tag: '行政复议和行政诉讼',
    auth: 'staff',
    summary: '登记一件复议或诉讼案件（kind、procedure、body、applicant、filedOn；复议后起诉须给 followsId）',
    body: NewAppealForm,
    status: 201,
    response: AppealDetail,
    twinOf: ['POST /admin/appeals'],
    async handler(ctx, { body }) {
      return detail(ctx, await recordAppeal(ctx, body));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/appeals/{id}',
    tag: '行政复议和行政诉讼',
    auth: 'staff',
    summary: '一件案件：各环节日期、答复和决定期限（附依据）、文书',
    params: IdParams,
    response: AppealDetail,
    async handler(ctx, { params }) {
      return detail(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/appeals/{id}/steps',
    tag: '行政复议和行政诉讼',
    auth: 'staff',
    summary: '记录办理环节：受理、收到副本、答复、延长、决定（整体保存，须带 version；结果纠正时涉及的申请重新办理）',
    params: IdParams,
    body: StepForm,
    response: AppealDetail,
    twinOf: ['POST /admin/appeals/:id/steps'],
    async handler(ctx, { params, body }) {
      await updateAppealSteps(ctx, params.id, body);
      return detail(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/appeals/{id}/documents',
    tag: '行政复议和行政诉讼',
    auth: 'staff',
    summary:
      '归档一份文书（kind、title、dated、docNumber）；附文件时以 multipart/form-data 提交，文件字段 file（PDF、DOCX、PNG 或 JPEG，不超过 20 MB）',
    params: IdParams,
    body: DocumentForm,
    status: 201,
    response: AppealDetail,
    twinOf: ['POST /admin/appeals/:id/documents'],
    async handler(ctx, { params, body }, req) {
      const file = (req.body as { file?: { filename?: string; bytes?: Buffer } }).file;
      await addAppealDocument(
        ctx,
        params.id,
        body,
        file?.bytes ? { filename: String(file.filename ?? ''), bytes: file.bytes } : undefined,
      );
      return detail(ctx, params.id);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/appeals/{id}/documents/{doc}',
    tag: '行政复议和行政诉讼',
    auth: 'staff',
    summary: '下载文书的文件',
    params: DocParams,
    response: DownloadFile,
    download: [...Object.values(MIME), 'application/octet-stream'],
    async handler(ctx, { params }) {
      const a = await findAppeal(ctx.db, ctx.scope, params.id);
      const doc = a && (await listDocuments(ctx.db, a.id)).find((d) => d.id === params.doc);
      if (!doc?.file) throw notFound('文书');
      const type = MIME[doc.file.type as AttachmentType] ?? 'application/octet-stream';
      return {
        bytes: await getBlob(ctx.db, ctx.config, doc.file.sha256),
        contentType: type,
        fileName: downloadName(doc.file.name, type),
      };
    },
  }),
];
