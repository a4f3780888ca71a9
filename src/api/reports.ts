// /api/v1/reports: an agency's annual report of a year as report-schema.md's JSON (the contract, findings included),
// the cases behind one cell, and a parent's roll-up over its subtree.
import { z } from 'zod';
import { AGENCY_CODE } from '../agencies/kinds.ts';
import { drillCell } from '../report/drill.ts';
import { rollupReport } from '../report/rollup.ts';
import { viewAnnualReport } from '../report/view-report.ts';
import { defineRoute } from './registry.ts';

const Params = z.object({
  code: z.string().regex(AGENCY_CODE, { error: '机关代码格式不正确' }),
  year: z.coerce
    .number({ error: '年度应为四位数字' })
    .int('年度应为四位数字')
    .min(1000, '年度应为四位数字')
    .max(9999, '年度应为四位数字'),
});
const CellParams = Params.extend({
  table: z.enum(['proactive', 'applications', 'appeals', 'narrative'], {
    error: '表格应为 proactive、applications、appeals 或 narrative',
  }),
  row: z.string().max(64),
  column: z.string().max(64),
});

/** report-schema.md's top level; the tables and findings are passed through as built. */
const ReportJson = z.object({
  schema: z.literal('gongkai.report/1'),
  agency: z.object({ name: z.string().nullable(), level: z.string().nullable() }),
  year: z.number().nullable(),
  format: z.string(),
  source: z.object({ file: z.string().optional(), kind: z.string() }),
  tables: z.record(z.string(), z.unknown()),
  narrative: z.record(z.string(), z.number().nullable()),
  findings: z.array(z.record(z.string(), z.unknown())),
});

export const reportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/reports/{code}/{year}',
    tag: '年度报告',
    auth: 'staff',
    params: Params,
    response: ReportJson,
    summary: '机关某年度的政府信息公开工作年度报告（report-schema.md 的 JSON，含检查结果；封账后按封账数据）',
    async handler(ctx, { params }) {
      return (await viewAnnualReport(ctx, params.code, params.year)).document.report;
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/reports/{code}/{year}/cells/{table}/{row}/{column}',
    tag: '年度报告',
    auth: 'staff',
    params: CellParams,
    summary: '年度报告某个单元格背后的案件或信息（下钻）',
    response: z.object({
      cell: z.string(),
      truncated: z.boolean(),
      items: z.array(z.object({ ref: z.string(), title: z.string(), date: z.string(), detail: z.string() })),
    }),
    async handler(ctx, { params }) {
      const d = await drillCell(ctx, params.code, params.year, params.table, params.row, params.column);
      return {
        cell: d.cell,
        truncated: d.truncated,
        items: d.items.map(({ ref, title, date, detail }) => ({ ref, title, date, detail })),
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/reports/{code}/{year}/rollup',
    tag: '年度报告',
    auth: 'staff',
    params: Params,
    summary: '上级机关对全部下级的汇总表格，以及各下级年度报告的状态与检查结果（监督人员）',
    response: z.object({
      report: ReportJson,
      units: z.array(
        z.object({
          code: z.string(),
          name: z.string(),
          kind: z.string(),
          status: z.string(),
          publishedAt: z.string().nullable(),
          errors: z.number(),
          warnings: z.number(),
        }),
      ),
    }),
    async handler(ctx, { params }) {
      const r = await rollupReport(ctx, params.code, params.year);
      return { report: r.report, units: r.units.map(({ depth: _d, ...u }) => u) };
    },
  }),
];
