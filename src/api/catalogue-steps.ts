// /api/v1/staff/catalogue/entries/{id}/…: the steps of an entry, each the back office's use case — 先审后发 (submit,
// 保密审查, 审核, 签发 and returning it, review-entry.ts), publishing, withdrawing, the scanner's findings, channel posts, and
// attachments (multipart upload, removal from a draft).
import { z } from 'zod';
import { PostInput } from '../admin/catalogue/extras-routes.ts';
import { addAttachment } from '../catalogue/add-attachment.ts';
import { FindingInput, ReasonInput, ReviewInput, Version } from '../catalogue/form.ts';
import { publishEntry } from '../catalogue/publish-entry.ts';
import { recordChannelPost } from '../catalogue/record-channel-post.ts';
import { removeAttachment } from '../catalogue/remove-attachment.ts';
import { resolveFinding } from '../catalogue/resolve-finding.ts';
import { reviewEntry } from '../catalogue/review-entry.ts';
import { withdrawEntry } from '../catalogue/withdraw-entry.ts';
import { invalidInput } from '../errors.ts';
import { entryId, entryOf } from './catalogue-entries.ts';
import { EntryJson, IdParams, rowId } from './catalogue-present.ts';
import { defineRoute } from './registry.ts';

const TAG = '信息公开目录（工作人员）';
const ENTRY = '/api/v1/staff/catalogue/entries/{id}';

/** The file of a multipart body as the server's multipart hook leaves it (src/http/server.ts). */
function uploadedFile(body: unknown): { filename: string; bytes: Buffer } {
  const file = (body as Record<string, unknown> | undefined)?.file as
    | { filename?: unknown; bytes?: unknown }
    | undefined;
  if (!file || !Buffer.isBuffer(file.bytes) || typeof file.filename !== 'string' || !file.filename)
    throw invalidInput('请以 multipart/form-data 上传文件，字段名为 file。', { file: '未选择文件' });
  return { filename: file.filename, bytes: file.bytes };
}

export const catalogueStepRoutes = [
  defineRoute({
    method: 'POST',
    path: `${ENTRY}/review`,
    tag: TAG,
    auth: 'staff',
    summary:
      '先审后发的一步：submit 提交保密审查（起草人）；approve 通过当前环节（保密审查→审核→负责人签发，按本机关设置）；return 退回修改（须写明意见）',
    params: IdParams,
    body: ReviewInput,
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/review'],
    async handler(ctx, { params, body }) {
      const id = entryId(params);
      await reviewEntry(ctx, id, body);
      return entryOf(ctx, id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${ENTRY}/publish`,
    tag: TAG,
    auth: 'staff',
    summary: '发布审查通过的信息（不能发布本人起草的；敏感信息检查有未处理的问题时拒绝）',
    params: IdParams,
    body: z.object({ version: Version }),
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/publish'],
    async handler(ctx, { params, body }) {
      const id = entryId(params);
      await publishEntry(ctx, id, body.version);
      return entryOf(ctx, id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${ENTRY}/withdraw`,
    tag: TAG,
    auth: 'staff',
    summary: '撤下已发布的信息（写明理由）：离开门户和检索，保留在后台和审计记录中',
    params: IdParams,
    body: ReasonInput,
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/withdraw'],
    async handler(ctx, { params, body }) {
      const id = entryId(params);
      await withdrawEntry(ctx, id, body);
      return entryOf(ctx, id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${ENTRY}/findings/{findingId}`,
    tag: TAG,
    auth: 'staff',
    summary: '处理一条敏感信息检查结果：mask 遮盖（正文或附件生成遮盖后的副本），override 保留并写明理由',
    params: IdParams.extend({ findingId: z.string() }),
    body: FindingInput,
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/findings/:fid'],
    async handler(ctx, { params, body }) {
      const id = entryId(params);
      await resolveFinding(ctx, id, rowId(params.findingId, '检查结果'), body);
      return entryOf(ctx, id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${ENTRY}/posts`,
    tag: TAG,
    auth: 'staff',
    summary: '登记已发布的信息推送到的其他渠道（微信、公开栏、广播）',
    params: IdParams,
    body: PostInput,
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/posts'],
    async handler(ctx, { params, body }) {
      const id = entryId(params);
      await recordChannelPost(ctx, id, body.channel, body.note);
      return entryOf(ctx, id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${ENTRY}/attachments`,
    tag: TAG,
    auth: 'staff',
    summary:
      '为草稿上传附件：multipart/form-data，文件字段 file；PDF、DOCX、XLSX、PNG 或 JPEG（按内容识别），不超过 20 MB；随即进行敏感信息检查',
    params: IdParams,
    multipart: true,
    bodyParsedByHandler: true,
    body: z.object({ file: z.file().describe('附件文件') }),
    status: 201,
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/attachments'],
    async handler(ctx, { params }, req) {
      const id = entryId(params);
      await addAttachment(ctx, id, uploadedFile(req.body));
      return entryOf(ctx, id);
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: `${ENTRY}/attachments/{attachmentId}`,
    tag: TAG,
    auth: 'staff',
    summary: '从草稿删除一个附件（其未处理的检查结果随之删除）',
    params: IdParams.extend({ attachmentId: z.string() }),
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/attachments/:aid/remove'],
    async handler(ctx, { params }) {
      const id = entryId(params);
      await removeAttachment(ctx, id, rowId(params.attachmentId, '附件'));
      return entryOf(ctx, id);
    },
  }),
];
