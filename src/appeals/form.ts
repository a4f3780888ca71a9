// Inputs for 复议/诉讼 cases, with Chinese messages.
import { z } from 'zod';
import { parseDate } from '../calendar/dates.ts';
import { APPEAL_KINDS, DECISIONS } from './outcomes.ts';

const day = z
  .string({ error: '请填写日期' })
  .trim()
  .refine((s) => parseDate(s) !== undefined, { error: '请填写真实日期，格式 YYYY-MM-DD' });
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || parseDate(v) !== undefined, { error: '请填写真实日期，格式 YYYY-MM-DD' });
const text = (label: string, max: number) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(1, { error: `请填写${label}` })
    .max(max, { error: `${label}不超过 ${max} 个字` });
const optional = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `${label}不超过 ${max} 个字` })
    .optional()
    .transform((v) => (v ? v : null));

export const NewAppealForm = z.object({
  kind: z.enum(Object.keys(APPEAL_KINDS) as [keyof typeof APPEAL_KINDS], { error: '请选择案件类型' }),
  procedure: z.enum(['ordinary', 'simplified'], { error: '请选择普通程序或简易程序' }),
  followsId: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || Number.isInteger(v), { error: '请选择所依据的复议案件' }),
  requestNumber: optional('申请编号', 40),
  body: text('复议机关或法院', 100),
  caseNumber: optional('案号', 100),
  applicant: text('申请人或原告', 100),
  filedOn: day,
});

export const StepForm = z.object({
  version: z.coerce.number({ error: '表单已过期，请刷新后重试' }).int().positive(),
  acceptedOn: optionalDay,
  copyReceivedOn: optionalDay,
  answeredOn: optionalDay,
  extendedDays: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || (Number.isInteger(v) && v >= 0 && v <= 30), {
      error: '复议延长期限最多 30 日（行政复议法第六十二条）',
    }),
  decidedOn: optionalDay,
  decision: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || Object.hasOwn(DECISIONS, v), { error: '请从列表选择结果' }),
});

export const DocumentForm = z.object({
  kind: z.enum(['申请书', '起诉状', '答复书', '答辩状', '决定书', '判决书', '裁定书', '其他'], {
    error: '请选择文书类型',
  }),
  title: text('文书标题', 200),
  dated: day,
  docNumber: optional('文号', 100),
});
