// /api/v1/agencies/{code}/…: moving in (the catalogue and the cases of an old site, imported with a dry run first, all
// or nothing) and the 标准目录 kept up to date (imported, edited, deleted, reordered, linked to the entries that fulfil
// each item). The same use cases as the back office, under the same permissions; a file travels as base64 in JSON.
import { z } from 'zod';
import { AGENCY_CODE } from '../agencies/kinds.ts';
import { findAgencyByCode } from '../agencies/store.ts';
import type { Ctx } from '../context.ts';
import { importCatalogue } from '../catalogue/import-entries.ts';
import { sourceOfZip } from '../catalogue/import-zip.ts';
import { importStandardCatalogue } from '../catalogue/import-standard.ts';
import {
  deleteStandardItem,
  editStandardItem,
  linkStandardItem,
  reorderStandardItems,
} from '../catalogue/edit-standard.ts';
import { CHANNEL_CARRIERS } from '../catalogue/standard-catalogue.ts';
import { entriesOfItem, itemsWithoutCurrentEntry } from '../catalogue/standard-link-store.ts';
import { listStandardItems } from '../catalogue/standard-store.ts';
import { invalidInput, notFound } from '../errors.ts';
import { importCases } from '../requests/import-cases.ts';
import { importedFigures } from '../requests/imported-figures.ts';
import { defineRoute } from './registry.ts';

const Code = z.object({ code: z.string().regex(AGENCY_CODE, { error: '机关代码格式不正确' }) });
const rowId = (what: string) =>
  z.coerce
    .number({ error: `${what}编号应为数字` })
    .int()
    .positive()
    .max(2_147_483_647);
const CodeId = Code.extend({ id: rowId('事项') });
const File = z.object({
  filename: z.string().trim().min(1, { error: '请给出文件名 filename（如 旧网站导出.xlsx）' }).max(200),
  content: z
    .string({ error: '请给出文件内容 content（Base64）' })
    .min(4)
    .max(1_400_000, { error: '文件过大：请用命令行导入' }),
  dryRun: z.boolean().default(true).describe('true（默认）只检查不写入；false 正式导入'),
});
const bytesOf = (b64: string) => {
  const bytes = Buffer.from(b64, 'base64');
  if (!bytes.length) throw invalidInput('文件内容不是有效的 Base64。', { content: '不是 Base64' });
  return bytes;
};
async function agencyId(ctx: Ctx, code: string): Promise<number> {
  const a = await findAgencyByCode(ctx.db, ctx.scope, code);
  if (!a) throw notFound('机关');
  return a.id;
}

const Problems = z.array(z.string()).describe('每条以“第 N 行：”开头的中文说明；有任何一条则一条也不写入');
const ItemJson = z.object({
  id: z.number(),
  level1: z.string(),
  level2: z.string(),
  content: z.string(),
  basis: z.string(),
  timeLimit: z.string(),
  subject: z.string(),
  channels: z.array(z.string()),
  audience: z.enum(['all', 'specific']),
  mode: z.enum(['active', 'on_request']),
  tier: z.enum(['county', 'township']),
  columnId: z.number().nullable(),
  current: z.boolean().describe('是否已关联已发布且有效的信息'),
});
const ItemBody = z.object({
  level1: z.string().trim().min(1, { error: '请填写一级事项' }).max(200),
  level2: z.string().trim().min(1, { error: '请填写二级事项' }).max(200),
  content: z.string().trim().min(1, { error: '请填写公开内容' }).max(2000),
  basis: z.string().trim().max(2000).default(''),
  timeLimit: z.string().trim().max(200).default(''),
  subject: z.string().trim().max(200).default(''),
  channels: z.array(z.enum(CHANNEL_CARRIERS, { error: '公开渠道不在列表中' })).default([]),
  audience: z.enum(['all', 'specific'], { error: '公开对象应为 all 或 specific' }).default('all'),
  mode: z.enum(['active', 'on_request'], { error: '公开方式应为 active 或 on_request' }).default('active'),
  tier: z.enum(['county', 'township'], { error: '公开层级应为 county 或 township' }).default('township'),
  columnId: z.number().int().positive().nullable().default(null),
});

export const movingInRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/v1/agencies/{code}/catalogue/import',
    tag: '迁移导入',
    auth: 'staff',
    summary: '导入旧网站已公开的信息（XLSX、CSV，或连同附件的 ZIP）：保留原索引号和日期，经敏感信息检查后直接公开',
    params: Code,
    body: File,
    twinOf: ['POST /admin/catalogue/import'],
    response: z.object({
      rows: z.number(),
      published: z.number(),
      stopped: z.array(
        z.object({ line: z.number(), indexNo: z.string(), title: z.string(), findings: z.array(z.string()) }),
      ),
      problems: Problems,
      written: z.boolean(),
      importId: z.number().nullable(),
    }),
    async handler(ctx, { params, body }) {
      const bytes = bytesOf(body.content);
      const source = /\.zip$/i.test(body.filename)
        ? await sourceOfZip(bytes)
        : { filename: body.filename, bytes, attachment: async () => undefined };
      return importCatalogue(ctx, params.code, source, { dryRun: body.dryRun });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/agencies/{code}/requests/import',
    tag: '迁移导入',
    auth: 'staff',
    summary: '导入迁移前已办结的依申请公开件（XLSX、CSV），计入年度报告表三',
    params: Code,
    body: File,
    twinOf: ['POST /admin/requests/import'],
    response: z.object({
      rows: z.number(),
      years: z.array(z.number()),
      problems: Problems,
      written: z.boolean(),
      importId: z.number().nullable(),
    }),
    async handler(ctx, { params, body }) {
      return importCases(
        ctx,
        params.code,
        { filename: body.filename, bytes: bytesOf(body.content) },
        { dryRun: body.dryRun },
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies/{code}/reports/{year}/imported',
    tag: '迁移导入',
    auth: 'staff',
    summary: '年度报告表三中含迁移导入办件的单元格（行、列、导入件数）',
    params: Code.extend({ year: z.coerce.number({ error: '年度应为 4 位数字' }).int().min(2000).max(2100) }),
    response: z.object({ cells: z.array(z.object({ row: z.string(), column: z.string(), count: z.number() })) }),
    async handler(ctx, { params }) {
      return { cells: await importedFigures(ctx, params.code, params.year) };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies/{code}/standard-items',
    tag: '标准目录',
    auth: 'staff',
    summary: '本机关政务公开事项标准目录（按顺序），每项是否已有现行信息',
    params: Code,
    response: z.object({ items: z.array(ItemJson) }),
    async handler(ctx, { params }) {
      const id = await agencyId(ctx, params.code);
      const gaps = new Set((await itemsWithoutCurrentEntry(ctx.db, id)).map((it) => it.id));
      const items = await listStandardItems(ctx.db, id);
      return {
        items: items.map((it) => ({ ...it, id: it.id!, columnId: it.columnId ?? null, current: !gaps.has(it.id) })),
      };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/v1/agencies/{code}/standard-items/import',
    tag: '标准目录',
    auth: 'staff',
    summary: '从省级标准目录 Excel 导入事项（追加，或 replace 时替换现有事项及其关联）',
    params: Code,
    body: File.extend({ replace: z.boolean().default(false) }),
    twinOf: ['POST /admin/catalogue/standard/import'],
    response: z.object({ items: z.number(), replaced: z.number(), problems: Problems, written: z.boolean() }),
    async handler(ctx, { params, body }) {
      return importStandardCatalogue(
        ctx,
        await agencyId(ctx, params.code),
        { filename: body.filename, bytes: bytesOf(body.content) },
        { replace: body.replace, dryRun: body.dryRun },
      );
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/v1/agencies/{code}/standard-items/order',
    tag: '标准目录',
    auth: 'staff',
    summary: '调整标准目录事项的顺序（列出全部事项的编号，各一次）',
    params: Code,
    body: z.object({ ids: z.array(rowId('事项')).max(5000) }),
    twinOf: ['POST /admin/catalogue/standard/items/:id/move'],
    response: z.object({ ok: z.literal(true) }),
    async handler(ctx, { params, body }) {
      await reorderStandardItems(ctx, await agencyId(ctx, params.code), body.ids);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/v1/agencies/{code}/standard-items/{id}',
    tag: '标准目录',
    auth: 'staff',
    summary: '修改标准目录事项',
    params: CodeId,
    body: ItemBody,
    twinOf: ['POST /admin/catalogue/standard/items/:id'],
    response: z.object({ ok: z.literal(true) }),
    async handler(ctx, { params, body }) {
      await editStandardItem(ctx, await agencyId(ctx, params.code), params.id, body);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/v1/agencies/{code}/standard-items/{id}',
    tag: '标准目录',
    auth: 'staff',
    summary: '删除标准目录事项（同时取消其与信息的关联）',
    params: CodeId,
    twinOf: ['POST /admin/catalogue/standard/items/:id/delete'],
    response: z.object({ ok: z.literal(true) }),
    async handler(ctx, { params }) {
      await deleteStandardItem(ctx, await agencyId(ctx, params.code), params.id);
      return { ok: true as const };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/agencies/{code}/standard-items/{id}/entries',
    tag: '标准目录',
    auth: 'staff',
    summary: '落实该事项的信息（已关联的目录信息）',
    params: CodeId,
    response: z.object({
      entries: z.array(
        z.object({
          id: z.number(),
          indexNo: z.string(),
          title: z.string(),
          state: z.string(),
          validity: z.string(),
          publishedOn: z.string().nullable(),
        }),
      ),
    }),
    async handler(ctx, { params }) {
      const id = await agencyId(ctx, params.code);
      if (!(await listStandardItems(ctx.db, id)).some((it) => it.id === params.id)) throw notFound('标准目录事项');
      return { entries: await entriesOfItem(ctx.db, id, params.id) };
    },
  }),
  ...(['PUT', 'DELETE'] as const).map((method) =>
    defineRoute({
      method,
      path: '/api/v1/agencies/{code}/standard-items/{id}/entries/{entryId}',
      tag: '标准目录',
      auth: 'staff',
      summary: method === 'PUT' ? '把信息关联到标准目录事项' : '取消信息与标准目录事项的关联',
      params: CodeId.extend({ entryId: rowId('信息') }),
      twinOf: ['POST /admin/catalogue/standard/items/:id/links', 'POST /admin/catalogue/:id/standard'],
      response: z.object({ ok: z.literal(true) }),
      async handler(ctx, { params }) {
        await linkStandardItem(ctx, await agencyId(ctx, params.code), {
          itemId: params.id,
          entryId: params.entryId,
          linked: method === 'PUT',
        });
        return { ok: true as const };
      },
    }),
  ),
];
