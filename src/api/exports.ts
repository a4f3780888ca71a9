// /api/v1/exports: the case list and the catalogue as CSV or XLSX, filtered like their back-office pages and calling
// the same use cases (masking per role, the audit record); the body is the file, not JSON (registry.ts `download`).
import { z } from 'zod';
import { exportEntries } from '../catalogue/export-entries.ts';
import { ENTRY_STATES } from '../catalogue/review.ts';
import { asStaff } from '../context.ts';
import type { ExportFormat } from '../documents/table-export.ts';
import { exportCases } from '../requests/export-cases.ts';
import { STATES } from '../requests/lifecycle.ts';
import { defineRoute, DownloadFile } from './registry.ts';

const Words = z.string().trim().max(100, { error: 'q 不超过 100 个字' }).optional();
const CaseQuery = z.object({
  state: z.enum(STATES, { error: `state 须为 ${STATES.join('、')} 之一` }).optional(),
  mine: z.enum(['1'], { error: 'mine 只能为 1（只看我承办的）' }).optional(),
  q: Words,
});
const EntryQuery = z.object({
  state: z.enum(ENTRY_STATES, { error: `state 须为 ${ENTRY_STATES.join('、')} 之一` }).optional(),
  column: z.coerce
    .number({ error: 'column 须为栏目编号（正整数）' })
    .int({ error: 'column 须为栏目编号（正整数）' })
    .positive({ error: 'column 须为栏目编号（正整数）' })
    .max(999_999_999, { error: 'column 须为栏目编号（正整数）' })
    .optional(),
  q: Words,
});

const TYPES = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const satisfies Record<ExportFormat, string>;
const file = (x: { filename: string; data: Buffer }, format: ExportFormat) => ({
  bytes: x.data,
  contentType: format === 'csv' ? 'text/csv; charset=utf-8' : TYPES[format],
  fileName: x.filename,
});
const NAMES = { csv: 'CSV（UTF-8 带 BOM，防公式注入）', xlsx: 'Excel（XLSX）' } as const;

export const exportRoutes = (Object.keys(TYPES) as ExportFormat[]).flatMap((format) => [
  defineRoute({
    method: 'GET',
    path: `/api/v1/exports/requests.${format}`,
    tag: '导出',
    auth: 'staff',
    summary: `导出申请列表为${NAMES[format]}：筛选同后台列表；非本人承办案件的申请人姓名脱敏；记入审计日志`,
    query: CaseQuery,
    download: [TYPES[format]],
    response: DownloadFile,
    twinOf: ['GET /admin/requests/export.:format'],
    async handler(ctx, { query }) {
      const f = { state: query.state, mine: query.mine === '1', q: query.q || undefined };
      return file(await exportCases(ctx, f, format), format);
    },
  }),
  defineRoute({
    method: 'GET',
    path: `/api/v1/exports/catalogue.${format}`,
    tag: '导出',
    auth: 'staff',
    summary: `导出本机关公开信息目录为${NAMES[format]}：筛选同后台目录列表；非撰写、审核人员的导出中个人信息脱敏；记入审计日志`,
    query: EntryQuery,
    download: [TYPES[format]],
    response: DownloadFile,
    twinOf: ['GET /admin/catalogue/export.:format'],
    async handler(ctx, { query }) {
      const f = { state: query.state, columnId: query.column, q: query.q || undefined };
      return file(await exportEntries(asStaff(ctx), f, format), format);
    },
  }),
]);
