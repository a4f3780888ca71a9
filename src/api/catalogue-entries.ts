// /api/v1/staff/catalogue/entries: the staff member's own agency's catalogue entries in every state — the list (the
// back office's list and its 待我处理 queue, keyset-paged), one entry with its review record, drafting, editing a draft
// (with the form's version) and drafting a correction of a published entry. Each calls the back office's use case.
import { z } from 'zod';
import { loadDetail } from '../admin/catalogue/load-detail.ts';
import type { StaffActor } from '../auth/actor.ts';
import { correctEntry } from '../catalogue/correct-entry.ts';
import { createEntry } from '../catalogue/create-entry.ts';
import { pageEntries } from '../catalogue/entry-page-store.ts';
import { EntryInput, ReasonInput, Version } from '../catalogue/form.ts';
import { queueStates } from '../catalogue/queue.ts';
import { ENTRY_STATES } from '../catalogue/review.ts';
import { updateDraft } from '../catalogue/update-draft.ts';
import { asStaff, type Ctx } from '../context.ts';
import { EntryItemJson, EntryJson, IdParams, presentEntry, presentItem, rowId } from './catalogue-present.ts';
import { decodeCursor, ListQuery, listJson, pageOf } from './cursor.ts';
import { defineRoute } from './registry.ts';

const TAG = '信息公开目录（工作人员）';
const ENTRIES = '/api/v1/staff/catalogue/entries';

/** One entry as the back-office entry page shows it. */
export const entryOf = async (ctx: Ctx, id: number) => presentEntry(await loadDetail(ctx, id));
export const entryId = (params: { id: string }) => rowId(params.id, '信息');

const ListFilter = ListQuery.extend({
  state: z
    .enum(ENTRY_STATES, { error: `状态应为：${ENTRY_STATES.join('、')}` })
    .optional()
    .describe('只列该状态的信息'),
  column: z.coerce.number({ error: '栏目应为栏目的 id' }).int().positive('栏目应为栏目的 id').optional(),
  queue: z
    .enum(['mine'], { error: '待办筛选只能为 mine' })
    .optional()
    .describe('mine：待我处理（本人角色可审查、签发或发布的环节，不含本人起草的信息）'),
});

function filterOf(actor: StaffActor, q: z.output<typeof ListFilter>) {
  const waiting = q.queue === 'mine' ? queueStates(actor) : undefined;
  const states = waiting && q.state ? waiting.filter((s) => s === q.state) : (waiting ?? (q.state && [q.state]));
  return { states, columnId: q.column, notAuthor: waiting ? actor.userId : undefined };
}

export const catalogueEntryRoutes = [
  defineRoute({
    method: 'GET',
    path: ENTRIES,
    tag: TAG,
    auth: 'staff',
    summary: '本机关各状态的信息（最近改动在前，游标分页），可按状态、栏目筛选，或只列待我处理的',
    query: ListFilter,
    response: listJson(EntryItemJson),
    async handler(ctx, { query }) {
      const actor = asStaff(ctx).actor;
      const after = decodeCursor(query.cursor, ['s', 'n']) as [string, number] | undefined;
      const rows = await pageEntries(
        ctx.db,
        ctx.writeScope,
        actor.agencyId,
        filterOf(actor, query),
        after,
        query.limit,
      );
      const page = pageOf(rows, query.limit, (e) => [e.updatedAt, e.id]);
      return { items: page.items.map(presentItem), nextCursor: page.nextCursor };
    },
  }),
  defineRoute({
    method: 'POST',
    path: ENTRIES,
    tag: TAG,
    auth: 'staff',
    summary: '起草一条信息（草稿；索引号自动生成，或填写旧系统的 legacyIndexNo）',
    body: EntryInput,
    status: 201,
    response: EntryJson,
    twinOf: ['POST /admin/catalogue'],
    async handler(ctx, { body }) {
      const { id } = await createEntry(ctx, asStaff(ctx).actor.agencyCode, body);
      return entryOf(ctx, id);
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${ENTRIES}/{id}`,
    tag: TAG,
    auth: 'staff',
    summary: '一条信息：内容、状态、公开期限、审查记录、敏感信息检查结果、附件、更正和推送记录',
    params: IdParams,
    response: EntryJson,
    async handler(ctx, { params }) {
      return entryOf(ctx, entryId(params));
    },
  }),
  defineRoute({
    method: 'PUT',
    path: `${ENTRIES}/{id}`,
    tag: TAG,
    auth: 'staff',
    summary: '修改草稿（整条提交，并带上读取时的 version；他人已先保存时返回 409）',
    params: IdParams,
    body: EntryInput.extend({ version: Version }),
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/edit'],
    async handler(ctx, { params, body }) {
      const id = entryId(params);
      await updateDraft(ctx, id, body.version, body);
      return entryOf(ctx, id);
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${ENTRIES}/{id}/corrections`,
    tag: TAG,
    auth: 'staff',
    summary: '更正已发布的信息：起草更正稿（更正后的完整内容和理由），经同样的审查发布后替换公开版本；返回更正稿',
    params: IdParams,
    body: EntryInput.extend(ReasonInput.shape),
    status: 201,
    response: EntryJson,
    twinOf: ['POST /admin/catalogue/:id/correct'],
    async handler(ctx, { params, body }) {
      const draft = await correctEntry(ctx, entryId(params), body);
      return entryOf(ctx, draft.id);
    },
  }),
];
