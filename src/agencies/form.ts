// The fields of an agency, validated with Chinese messages (shared by the CSV import and any form).
import { z } from 'zod';
import { isValidUscc } from '../identifiers/uscc.ts';
import { AGENCY_CODE, parseAgencyKind, RESERVED_CODES } from './kinds.ts';

export const AgencyFields = z.object({
  code: z
    .string()
    .trim()
    .regex(AGENCY_CODE, { error: '机关代码须为 2–32 位小写字母、数字或连字符，以字母开头，如 donghe' })
    .refine((c) => !RESERVED_CODES.has(c), { error: '该代码是系统保留字，请换一个' }),
  name: z
    .string()
    .trim()
    .min(2, { error: '请填写机关全称，如“东和乡人民政府”' })
    .max(100, { error: '机关名称不能超过 100 个字' }),
  kind: z.string().transform((k, ctx) => {
    const kind = parseAgencyKind(k);
    if (!kind) ctx.addIssue({ code: 'custom', message: '机关类别须为 省/市/县/乡镇/街道/部门 之一' });
    return kind ?? z.NEVER;
  }),
  parentCode: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null)),
  orgCode: z
    .string()
    .trim()
    .toUpperCase()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || isValidUscc(v), { error: '统一社会信用代码应为 18 位且校验位正确，请核对' }),
});
export type AgencyInput = z.infer<typeof AgencyFields>;
