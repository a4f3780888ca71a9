// /api/v1/staff/catalogue/columns, column-notices and settings: the column monitor (staleness, owners, 本期无新增信息),
// the staff member's own column reminders, and the agency's catalogue settings — each the back office's use case.
import { z } from 'zod';
import { QuietInput, SettingsInput } from '../admin/catalogue/extras-routes.ts';
import { columnMonitor } from '../catalogue/column-monitor.ts';
import { columnsOf } from '../catalogue/columns-of.ts';
import { UPDATE_CLASSES } from '../catalogue/columns.ts';
import { declareNothingNew } from '../catalogue/declare-nothing-new.ts';
import { listColumnNotices } from '../catalogue/reminder-store.ts';
import { seeColumnNotice } from '../catalogue/see-column-notice.ts';
import { setColumnOwner } from '../catalogue/set-column-owner.ts';
import { updateCatalogueSettings } from '../catalogue/update-settings.ts';
import { asStaff, type Ctx } from '../context.ts';
import { rowId } from './catalogue-present.ts';
import { defineRoute } from './registry.ts';

const TAG = '信息公开目录（工作人员）';
const BASE = '/api/v1/staff/catalogue';
const IdParams = z.object({ id: z.string().describe('栏目的 id') });

const ColumnsJson = z.object({
  today: z.string(),
  lastPublished: z.string().nullable().describe('本机关最近一次发布信息的日期'),
  columns: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      updateClass: z.enum(UPDATE_CLASSES),
      key: z.boolean().describe('动态要闻、通知公告、政策文件类栏目'),
      basis: z.string().nullable(),
      lastPublished: z.string().nullable(),
      nothingNewUntil: z.string().nullable().describe('已声明“本期无新增信息”至该日'),
      flag: z.enum(['stale', 'empty', 'due_soon', 'quiet']).nullable(),
      staleAfter: z.string().nullable(),
      ownerUserId: z.number().nullable(),
    }),
  ),
  stale: z.number(),
  staleKey: z.number(),
  empty: z.number(),
  veto: z.array(z.string()).describe('单项否决“栏目不更新”的理由；为空则未触发'),
  lateItems: z.array(z.object({ item: z.string(), timeLimit: z.string(), column: z.string() })),
  staff: z.array(z.object({ id: z.number(), username: z.string(), displayName: z.string() })),
});
const SettingsJson = z.object({
  requireSignOff: z.boolean().describe('发布前须负责人签发'),
  guide: z.object({
    office: z.string(),
    address: z.string(),
    hours: z.string(),
    phone: z.string(),
    fax: z.string(),
    postcode: z.string(),
    email: z.string(),
    website: z.string(),
  }),
});
const NoticesJson = z.object({
  items: z.array(
    z.object({
      id: z.number(),
      columnId: z.number(),
      columnName: z.string(),
      staleAfter: z.string(),
      flag: z.string(),
    }),
  ),
});

async function columns(ctx: Ctx): Promise<z.infer<typeof ColumnsJson>> {
  const m = await columnMonitor(asStaff(ctx));
  const basis = new Map(m.columns.map((c) => [c.id, c.basis]));
  return {
    today: m.today,
    lastPublished: m.homeLast,
    columns: m.result.columns.map((c) => ({
      id: c.id,
      name: c.name,
      updateClass: c.cls,
      key: c.key,
      basis: basis.get(c.id) ?? null,
      lastPublished: c.lastPublished,
      nothingNewUntil: c.nothingNewUntil,
      flag: c.flag,
      staleAfter: c.staleAfter,
      ownerUserId: m.owners.get(c.id) ?? null,
    })),
    stale: m.result.stale,
    staleKey: m.result.staleKey,
    empty: m.result.empty,
    veto: m.result.veto,
    lateItems: m.lateItems,
    staff: m.staff,
  };
}
const settings = async (ctx: Ctx) => (await columnsOf(asStaff(ctx))).settings;

export const catalogueColumnRoutes = [
  defineRoute({
    method: 'GET',
    path: `${BASE}/columns`,
    tag: TAG,
    auth: 'staff',
    summary: '栏目监测：本机关各栏目的更新情况、负责人、单项否决风险，以及栏目超期的标准目录事项',
    response: ColumnsJson,
    handler: (ctx) => columns(ctx),
  }),
  defineRoute({
    method: 'PUT',
    path: `${BASE}/columns/{id}/owner`,
    tag: TAG,
    auth: 'staff',
    summary: '设置栏目负责人（本机关在岗工作人员的 id；null 为不指定，提醒本机关信息员）',
    params: IdParams,
    body: z.object({
      ownerUserId: z
        .number({ error: '请从本机关工作人员中选择（工作人员 id，或 null）' })
        .int('请从本机关工作人员中选择')
        .positive('请从本机关工作人员中选择')
        .nullable(),
    }),
    response: ColumnsJson,
    twinOf: ['POST /admin/catalogue/columns/:id/owner'],
    async handler(ctx, { params, body }) {
      await setColumnOwner(ctx, asStaff(ctx).actor.agencyId, rowId(params.id, '栏目'), body.ownerUserId);
      return columns(ctx);
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/columns/{id}/quiet`,
    tag: TAG,
    auth: 'staff',
    summary: '声明栏目“本期无新增信息”至某日（写明说明），栏目监测不再将其计为未更新',
    params: IdParams,
    body: QuietInput,
    response: ColumnsJson,
    twinOf: ['POST /admin/catalogue/columns/:id/quiet'],
    async handler(ctx, { params, body }) {
      await declareNothingNew(ctx, asStaff(ctx).actor.agencyId, rowId(params.id, '栏目'), body);
      return columns(ctx);
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/column-notices`,
    tag: TAG,
    auth: 'staff',
    summary: '本人未读的栏目更新提醒',
    response: NoticesJson,
    async handler(ctx) {
      return { items: await listColumnNotices(ctx.db, asStaff(ctx).actor.userId) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: `${BASE}/column-notices/{id}/seen`,
    tag: TAG,
    auth: 'staff',
    summary: '将本人的一条栏目更新提醒标为已读（“知道了”）',
    params: z.object({ id: z.string().describe('提醒的 id') }),
    response: NoticesJson,
    twinOf: ['POST /admin/column-notices/:id/seen'],
    async handler(ctx, { params }) {
      await seeColumnNotice(ctx, rowId(params.id, '提醒'));
      return { items: await listColumnNotices(ctx.db, asStaff(ctx).actor.userId) };
    },
  }),
  defineRoute({
    method: 'GET',
    path: `${BASE}/settings`,
    tag: TAG,
    auth: 'staff',
    summary: '本机关的公开设置：是否须负责人签发，信息公开指南的联系方式',
    response: SettingsJson,
    handler: (ctx) => settings(ctx),
  }),
  defineRoute({
    method: 'PUT',
    path: `${BASE}/settings`,
    tag: TAG,
    auth: 'staff',
    summary: '修改本机关的公开设置（整体提交）',
    body: SettingsInput.omit({ requireSignOff: true }).extend({
      requireSignOff: z.boolean({ error: 'requireSignOff 应为 true 或 false' }),
    }),
    response: SettingsJson,
    twinOf: ['POST /admin/catalogue/settings'],
    async handler(ctx, { body }) {
      const { requireSignOff, ...guide } = body;
      await updateCatalogueSettings(ctx, asStaff(ctx).actor.agencyId, { requireSignOff, guide });
      return settings(ctx);
    },
  }),
];
