// 第三十五条 through the API: a case's volume panel (the applicant's counts, the thresholds, similar requests of others
// without their personal data), and the agency's thresholds, read and set as on the back office's page.
import { z } from 'zod';
import { authorize } from '../auth/authorize.ts';
import { asStaff } from '../context.ts';
import { parseInput } from '../input.ts';
import { NUMBER_PATTERN } from '../requests/access.ts';
import { VolumeThresholdsForm, mayHandleCases, saveVolumeThresholds } from '../requests/save-volume-thresholds.ts';
import { applicantVolumeByNumber, volumeThresholds } from '../requests/volume.ts';
import { defineRoute } from './registry.ts';

const Thresholds = z.object({ per30Days: z.number(), per12Months: z.number() });
const VolumeJson = z.object({
  from30: z.string(),
  from12: z.string(),
  to: z.string(),
  last30Days: z.number(),
  last12Months: z.number(),
  thresholds: Thresholds,
  over30: z.boolean(),
  over12: z.boolean(),
  similar: z.array(
    z.object({ id: z.number(), number: z.string(), receivedOn: z.string(), state: z.string(), infoTitle: z.string() }),
  ),
});

export const volumeRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/v1/staff/requests/{number}/volume',
    tag: '依申请公开',
    auth: 'staff',
    summary: '申请人 30 日、12 个月内向本机关的申请件数与提示阈值，及同期其他申请人的相似申请（条例第三十五条）',
    params: z.object({
      number: z.string().trim().toUpperCase().regex(NUMBER_PATTERN, '申请编号为 YS 加 12 至 14 位数字'),
    }),
    response: VolumeJson,
    handler: (ctx, { params }) => applicantVolumeByNumber(ctx, params.number),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/v1/staff/volume-thresholds',
    tag: '依申请公开',
    auth: 'staff',
    summary: '本机关的申请数量提示阈值（条例第三十五条）',
    response: Thresholds,
    handler: (ctx) => volumeThresholds(ctx, asStaff(ctx).actor.agencyId),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/v1/staff/volume-thresholds',
    tag: '依申请公开',
    auth: 'staff',
    summary: '设置本机关的申请数量提示阈值（1–10000 的整数；记入审计日志）',
    body: VolumeThresholdsForm,
    bodyParsedByHandler: true, // who may, before what they sent
    response: Thresholds,
    twinOf: ['POST /admin/requests/volume-thresholds'],
    async handler(ctx, _input, req) {
      const staff = asStaff(ctx);
      authorize(mayHandleCases(staff.actor, staff.actor.agencyId));
      await saveVolumeThresholds(staff, parseInput(VolumeThresholdsForm, req.body));
      return volumeThresholds(staff, staff.actor.agencyId);
    },
  }),
];
